package main

import (
	"encoding/xml"
	"errors"
	"io"
	"iter"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
)

// A parsedPage is what the tests read of an HTML page.
type parsedPage struct {
	ids       map[string]bool
	hrefs     []string
	lang      string            // of the html element
	langOf    map[string]string // the lang in force at each id
	scripts   int
	h1        int
	viewport  bool
	title     string
	textLangs map[string]bool // the langs of elements inside the "text" section
	// shared holds the links of the shared-wording notes (class "shared")
	// under each paragraph, by the paragraph's id (its position anchor).
	shared map[string][]string
}

// htmlTokens yields the tokens of an HTML page, as written or as a browser
// dumps its DOM, read with encoding/xml in its lenient HTML mode, until
// the end of the page or the first error.
func htmlTokens(data string) iter.Seq2[xml.Token, error] {
	return func(yield func(xml.Token, error) bool) {
		d := xml.NewDecoder(strings.NewReader(data))
		d.Strict = false
		d.AutoClose = xml.HTMLAutoClose
		d.Entity = xml.HTMLEntity
		for {
			tok, err := d.Token()
			if errors.Is(err, io.EOF) || !yield(tok, err) || err != nil {
				return
			}
		}
	}
}

// attrs returns the attributes of an element by their local names.
func attrs(t xml.StartElement) map[string]string {
	attr := map[string]string{}
	for _, a := range t.Attr {
		attr[a.Name.Local] = a.Value
	}
	return attr
}

// parsePage reads an HTML page, as written or as a browser dumps its DOM,
// with encoding/xml in its lenient HTML mode.
func parsePage(data string) (*parsedPage, error) {
	p := &parsedPage{ids: map[string]bool{}, langOf: map[string]string{}, textLangs: map[string]bool{}, shared: map[string][]string{}}
	type frame struct {
		name, lang string
		shared     bool // in a shared-wording note
	}
	var stack []frame
	inTitle := false
	para := "" // the id of the last paragraph begun
	for tok, err := range htmlTokens(data) {
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			lang, shared := "", false
			if len(stack) > 0 {
				lang, shared = stack[len(stack)-1].lang, stack[len(stack)-1].shared
			}
			attr := attrs(t)
			if l, ok := attr["lang"]; ok {
				lang = l
			}
			name := strings.ToLower(t.Name.Local)
			if name == "html" {
				p.lang = attr["lang"]
			}
			if id, ok := attr["id"]; ok {
				p.ids[id] = true
				p.langOf[id] = lang
			}
			class := strings.Fields(attr["class"])
			if slices.Contains(class, "para") {
				para = attr["id"]
			}
			shared = shared || slices.Contains(class, "shared")
			if href, ok := attr["href"]; ok && name == "a" {
				p.hrefs = append(p.hrefs, href)
				if shared {
					p.shared[para] = append(p.shared[para], href)
				}
			}
			switch name {
			case "script":
				p.scripts++
			case "h1":
				p.h1++
			case "meta":
				if attr["name"] == "viewport" && strings.Contains(attr["content"], "width=device-width") {
					p.viewport = true
				}
			case "title":
				inTitle = true
			}
			stack = append(stack, frame{name, lang, shared})
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			inTitle = false
		case xml.CharData:
			if inTitle {
				p.title += string(t)
			}
		}
	}
	return p, nil
}

// checkSite checks the pages of the web edition, by file name: every page
// has a title, one h1, a viewport and no script; every internal link
// resolves to a page and, if it has a fragment, to an element with that id;
// every paragraph and norm has its anchor; the text of a document is
// marked with its language.
func checkSite(t *testing.T, pages map[string]string) {
	t.Helper()
	parsed := map[string]*parsedPage{}
	for name, data := range pages {
		p, err := parsePage(data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		parsed[name] = p
		if p.title == "" || p.h1 != 1 || !p.viewport || p.scripts != 0 || p.lang == "" {
			t.Errorf("%s: title %q, %d h1, viewport %v, %d scripts, lang %q", name, p.title, p.h1, p.viewport, p.scripts, p.lang)
		}
	}
	links := 0
	for name, p := range parsed {
		for _, href := range p.hrefs {
			u, err := url.Parse(href)
			if err != nil {
				t.Errorf("%s: bad link %q", name, href)
				continue
			}
			if u.Scheme != "" || strings.HasPrefix(href, "//") {
				continue // external
			}
			page := u.Path
			if page == "" {
				page = name
			}
			target, ok := parsed[filepath.Base(page)]
			if !ok {
				t.Errorf("%s: link %q to a page that does not exist", name, href)
				continue
			}
			if u.Fragment != "" && !target.ids[u.Fragment] {
				t.Errorf("%s: link %q to an anchor that does not exist", name, href)
			}
			links++
		}
	}
	t.Logf("%d pages, %d internal links, all resolved", len(parsed), links)

	if _, ok := parsed["index.html"]; !ok {
		t.Error("no index.html")
	}
	if cw, ok := pages[crosswalkPage]; !ok {
		t.Error("no " + crosswalkPage)
	} else {
		checkCrosswalk(t, cw)
	}
	checkSharedWording(t, parsed)
	// Every page links to the cross-walk, in its navigation.
	for name, p := range parsed {
		if !slices.Contains(p.hrefs, crosswalkPage) {
			t.Errorf("%s does not link to %s", name, crosswalkPage)
		}
	}
	for d := range declarations.All() {
		for v := range d.Versions() {
			p, ok := parsed[pageName(v)]
			if !ok {
				t.Errorf("no page %s for %s (%s)", pageName(v), v.ID(), v.Lang())
				continue
			}
			lang := langOr(v.Lang())
			if p.lang != lang {
				t.Errorf("%s: <html lang=%q>, want %q", pageName(v), p.lang, lang)
			}
			for q := range v.Paragraphs() {
				for _, id := range []string{positionAnchor(q.Position()), anchors(v)[q.Position()]} {
					if !p.ids[id] {
						t.Errorf("%s: no anchor #%s for paragraph %d", pageName(v), id, q.Position())
					} else if p.langOf[id] != lang {
						t.Errorf("%s: paragraph #%s is in lang %q, want %q", pageName(v), id, p.langOf[id], lang)
					}
				}
				if n, ok := q.Norm(); ok {
					_, item, _ := strings.Cut(string(n.ID()), "/")
					if !p.ids[item] {
						t.Errorf("%s: no anchor #%s for norm %s", pageName(v), item, n.ID())
					}
				}
			}
			if p.langOf["about"] != "en" {
				t.Errorf("%s: the apparatus is in lang %q, want en", pageName(v), p.langOf["about"])
			}
		}
	}
	// Links go both ways: every backlink is a link on the linking page.
	for d := range declarations.All() {
		for b := range d.Backlinks() {
			from := parsed[docHref(b.From)]
			if from == nil {
				continue
			}
			found := false
			for _, h := range from.hrefs {
				found = found || strings.HasPrefix(h, pageName(d))
			}
			if !found {
				t.Errorf("%s does not link to %s, which it %s", b.From, d.ID(), b.Rel)
			}
		}
	}
}

// readSite reads the .html files of dir.
func readSite(t *testing.T, dir string) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages in %s: %v", dir, err)
	}
	pages := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages[filepath.Base(f)] = string(data)
	}
	return pages
}

func exportWebEdition(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	code, _, errOut := runCmd("export", "-format", "html", "-o", dir)
	if code != 0 || errOut != "" {
		t.Fatalf("export -format html: status %d, %s", code, errOut)
	}
	return dir
}

// TestHTML checks the web edition as written.
func TestHTML(t *testing.T) {
	dir := exportWebEdition(t)
	pages := readSite(t, dir)
	n := 2 // index.html, crosswalk.html
	for d := range declarations.All() {
		n += count(d.Versions())
	}
	if len(pages) != n {
		t.Errorf("%d pages, want %d", len(pages), n)
	}
	checkSite(t, pages)
	// The anchors tools link to.
	for page, want := range map[string][]string{
		"UNGGE2015.html":   {`id="13f"`, `href="Lucca2017.html#6"`, `Themes (editorial): <a href="crosswalk.html#theme-critical-infrastructure">Critical infrastructure</a>.`},
		"Lucca2017.html":   {`id="6"`, `href="UNGGE2015.html#13f"`, `href="Toronto2018.html#8"`},
		"Toronto2018.html": {`id="7"`, `href="UNGGE2015.html"`, `href="Lucca2017.html"`},
		"index.html":       {`href="UNGGE2015.html#13f"`, `href="Budapest2001.html"`, `href="crosswalk.html"`},
		"crosswalk.html":   {`id="theme-critical-infrastructure"`, `href="UNGGE2015.html#13f"`, `href="ParisCall2018.html#1"`, `href="G20Antalya2015.html#26"`},
	} {
		for _, w := range want {
			if !strings.Contains(pages[page], w) {
				t.Errorf("%s lacks %s", page, w)
			}
		}
	}
	// Two exports are byte for byte the same.
	again := readSite(t, exportWebEdition(t))
	for name := range pages {
		if pages[name] != again[name] {
			t.Errorf("%s differs between two exports", name)
		}
	}
}

// TestHTMLChromium loads every page of the web edition in headless Chromium,
// checks the DOM it builds as checkSite does, and takes screenshots of a
// document page and of the index at desktop and phone sizes. The
// screenshots go to $CYBERNORMS_SCREENSHOTS when it is set, to look at.
func TestHTMLChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: Chromium takes a few seconds a page")
	}
	chromium := lookTool(t, "chromium", "chromium-browser", "google-chrome")
	dir := exportWebEdition(t)
	profile := t.TempDir()
	browser := func(args ...string) ([]byte, error) {
		args = append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile}, args...)
		cmd := exec.Command(chromium, args...)
		cmd.Stderr = io.Discard // its complaints about D-Bus
		return cmd.Output()
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	sort.Strings(files)
	dom := map[string]string{}
	for _, f := range files {
		out, err := browser("--dump-dom", "file://"+f)
		if err != nil || !strings.Contains(string(out), "</html>") {
			t.Fatalf("chromium --dump-dom %s: %v\n%.300s", f, err, out)
		}
		dom[filepath.Base(f)] = string(out)
	}
	checkSite(t, dom)

	shots := os.Getenv("CYBERNORMS_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	t.Run("follow", func(t *testing.T) { followLinks(t, chromium, dir, shots) })
	for _, page := range []string{"UNGGE2015.html", "index.html", "ParisCall2018.fr.html", crosswalkPage, "Toronto2018.html"} {
		if _, err := os.Stat(filepath.Join(dir, page)); err != nil {
			continue // the French Paris Call, where the corpus holds it
		}
		for _, size := range []struct{ name, wh string }{{"desktop", "1280,900"}, {"phone", "390,844"}} {
			png := filepath.Join(shots, strings.TrimSuffix(page, ".html")+"-"+size.name+".png")
			if _, err := browser("--hide-scrollbars", "--window-size="+size.wh, "--screenshot="+png, "file://"+filepath.Join(dir, page)); err != nil {
				t.Errorf("screenshot of %s: %v", page, err)
				continue
			}
			data, err := os.ReadFile(png)
			if err != nil || len(data) < 1000 || string(data[1:4]) != "PNG" {
				t.Errorf("screenshot %s: %d bytes, %v", png, len(data), err)
			}
			t.Logf("screenshot: %s (%d bytes)", png, len(data))
		}
	}
}
