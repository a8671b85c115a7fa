package main

// Tests of the web edition's cross-walk and shared wording: the cross-walk
// table read cell by cell against the library, the shared-wording notes of
// every paragraph against Paragraph.SharedWording, both ways, and, in
// headless Chromium driven through the DevTools protocol, links clicked
// with the mouse: a shared-wording link there and back, and a cell of the
// cross-walk.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// A crosswalkTable is the cross-walk's table as a page holds it.
type crosswalkTable struct {
	caption   string
	colScopes []string   // the scope of each th of the head row
	cols      []string   // the href of each column's heading link (the first column's "")
	rows      [][]string // per row: the row header's href, then each cell's hrefs joined by " "
	rowScopes []string   // the scope of each row's th
	text      string     // the text of the whole page
}

// parseCrosswalk reads the table of the cross-walk page, as written or as a
// browser dumps its DOM.
func parseCrosswalk(data string) (*crosswalkTable, error) {
	tb := &crosswalkTable{}
	var text strings.Builder
	inHead, inCaption := false, false
	var row []string
	cell := -1
	for tok, err := range htmlTokens(data) {
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			attr := attrs(t)
			switch strings.ToLower(t.Name.Local) {
			case "thead":
				inHead = true
			case "caption":
				inCaption = true
			case "tr":
				row, cell = nil, -1
			case "th", "td":
				cell++
				row = append(row, "")
				if t.Name.Local == "th" {
					if inHead {
						tb.colScopes = append(tb.colScopes, attr["scope"])
					} else if cell == 0 {
						tb.rowScopes = append(tb.rowScopes, attr["scope"])
					}
				}
			case "a":
				if cell >= 0 {
					row[cell] = strings.TrimSpace(row[cell] + " " + attr["href"])
				}
			}
		case xml.EndElement:
			switch strings.ToLower(t.Name.Local) {
			case "thead":
				inHead = false
			case "caption":
				inCaption = false
			case "tr":
				if inHead {
					tb.cols = row
				} else {
					tb.rows = append(tb.rows, row)
				}
				cell = -1
			}
		case xml.CharData:
			text.Write(t)
			if inCaption {
				tb.caption += string(t)
			}
		}
	}
	tb.text = text.String()
	return tb, nil
}

// checkCrosswalk checks the cross-walk page: a table with a caption, its
// column and row headers marked as such, a column for every list of the
// corpus (linked to its document) in the order of their dates, a row for
// every theme (linked to its definition), and in each cell the links to
// exactly the norms of the list that the library gives the theme, at their
// anchors; the definition of every theme, and that themes are editorial.
func checkCrosswalk(t *testing.T, data string) {
	t.Helper()
	tb, err := parseCrosswalk(data)
	if err != nil {
		t.Fatalf("crosswalk.html: %v", err)
	}
	if strings.TrimSpace(tb.caption) == "" {
		t.Error("crosswalk.html: the table has no caption")
	}
	var docs []string
	var dates []declarations.Date
	for l := range norms.Lists() {
		docs = append(docs, l.Document())
	}
	if len(tb.cols) != len(docs)+1 {
		t.Fatalf("crosswalk.html: %d columns (%q), want a theme column and %d lists", len(tb.cols), tb.cols, len(docs))
	}
	var cols []string
	for i, href := range tb.cols[1:] {
		doc := strings.TrimSuffix(href, ".html")
		if !slices.Contains(docs, doc) {
			t.Errorf("crosswalk.html: column %d links to %q, no list's document", i+1, href)
		}
		d, _ := declarations.Lookup(declarations.ID(doc))
		dates = append(dates, d.Date())
		cols = append(cols, doc)
	}
	for i := 1; i < len(dates); i++ {
		if compareDates(dates[i-1], dates[i]) > 0 {
			t.Errorf("crosswalk.html: the columns %q are not in the order of their dates", cols)
		}
	}
	for i, s := range tb.colScopes {
		if s != "col" {
			t.Errorf("crosswalk.html: column header %d has scope %q", i, s)
		}
	}
	var themes []norms.Theme
	for th := range norms.Themes() {
		themes = append(themes, th)
	}
	if len(tb.rows) != len(themes) || len(tb.rowScopes) != len(themes) {
		t.Fatalf("crosswalk.html: %d rows (%d row headers), want %d themes", len(tb.rows), len(tb.rowScopes), len(themes))
	}
	for i, th := range themes {
		row := tb.rows[i]
		if tb.rowScopes[i] != "row" || row[0] != "#theme-"+th.ID() || len(row) != len(cols)+1 {
			t.Errorf("crosswalk.html: row %d is %q (scope %q), want theme %s and %d cells", i, row, tb.rowScopes[i], th.ID(), len(cols))
			continue
		}
		for j, doc := range cols {
			var want []string
			for n := range norms.ByTheme(th) {
				if n.Document() == doc {
					_, item, _ := strings.Cut(string(n.ID()), "/")
					want = append(want, doc+".html#"+item)
				}
			}
			if got := row[j+1]; got != strings.Join(want, " ") {
				t.Errorf("crosswalk.html: %s × %s links %q, want %q", th.ID(), doc, got, want)
			}
		}
		if !strings.Contains(tb.text, th.Definition()) || !strings.Contains(tb.text, th.Name()) {
			t.Errorf("crosswalk.html: no name or definition of %s", th.ID())
		}
		for n := range norms.ByTheme(th) {
			if w, _ := n.ThemeWords(th); !strings.Contains(tb.text, "“"+w+"”") {
				t.Errorf("crosswalk.html: %s: no words of %s quoted", th.ID(), n.ID())
			}
		}
	}
	if !strings.Contains(tb.text, "The themes are editorial") {
		t.Error("crosswalk.html does not say that the themes are editorial")
	}
}

// checkSharedWording checks the shared-wording notes of every document
// page, from what parsePage read of them: under each paragraph, a link to
// every paragraph of another document that the library says shares its
// wording, on that paragraph's page, at its anchor; and, on that page,
// under that paragraph, a link back.
func checkSharedWording(t *testing.T, parsed map[string]*parsedPage) {
	t.Helper()
	versions := map[string]declarations.Declaration{} // by page name
	for d := range declarations.All() {
		for v := range d.Versions() {
			versions[pageName(v)] = v
		}
	}
	href := func(p declarations.Paragraph) string {
		return pageName(p.Document()) + "#" + anchors(p.Document())[p.Position()]
	}
	links := 0
	for name, v := range versions {
		page := parsed[name]
		if page == nil {
			continue // reported by checkSite
		}
		for q := range v.Paragraphs() {
			var want []string
			for s := range q.SharedWording() {
				want = append(want, href(s.With.Paragraph))
			}
			got := page.shared[positionAnchor(q.Position())]
			if !slices.Equal(got, want) {
				t.Errorf("%s: paragraph %d: shared-wording links %q, want %q", name, q.Position(), got, want)
			}
			for _, h := range got {
				links++
				u, _ := url.Parse(h)
				other, ok := versions[u.Path]
				if !ok || parsed[u.Path] == nil {
					t.Errorf("%s: paragraph %d: shared-wording link %q to no page", name, q.Position(), h)
					continue
				}
				pos := slices.Index(anchors(other), u.Fragment)
				if pos < 1 {
					t.Errorf("%s: paragraph %d: shared-wording link %q to no paragraph", name, q.Position(), h)
					continue
				}
				if back := parsed[u.Path].shared[positionAnchor(pos)]; !slices.Contains(back, href(q)) {
					t.Errorf("%s: paragraph %d links to %s, whose shared-wording links %q do not link back to %s", name, q.Position(), h, back, href(q))
				}
			}
		}
	}
	if links == 0 {
		t.Error("no shared-wording links in the web edition")
	}
	t.Logf("%d shared-wording links, each with its link back", links)
}

// A devtools is a headless Chromium driven through the DevTools protocol
// over a pipe (--remote-debugging-pipe): messages are JSON, each ended by a
// NUL byte, on the browser's file descriptors 3 (in) and 4 (out).
type devtools struct {
	t       *testing.T
	in      *os.File // the browser's fd 3
	out     *os.File // the browser's fd 4
	r       *bufio.Reader
	id      int
	session string
	events  []string // the methods of the events seen since clearEvents
}

type devtoolsMsg struct {
	ID        int             `json:"id"`
	Method    string          `json:"method"`
	Result    json.RawMessage `json:"result"`
	Error     *struct{ Message string }
	SessionID string `json:"sessionId"`
}

// startDevtools starts Chromium with a page of the given size and attaches
// to it.
func startDevtools(t *testing.T, chromium, profile, size string) *devtools {
	t.Helper()
	inR, inW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir="+profile,
		"--remote-debugging-pipe", "--hide-scrollbars", "--window-size="+size, "about:blank")
	cmd.ExtraFiles = []*os.File{inR, outW}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	inR.Close()
	outW.Close()
	dt := &devtools{t: t, in: inW, out: outR, r: bufio.NewReader(outR)}
	t.Cleanup(func() {
		dt.call("Browser.close", nil)
		inW.Close()
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		outR.Close()
	})
	var target struct{ TargetID string }
	dt.decode(dt.call("Target.createTarget", map[string]any{"url": "about:blank"}), &target)
	var attached struct{ SessionID string }
	dt.decode(dt.call("Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}), &attached)
	dt.session = attached.SessionID
	dt.call("Page.enable", nil)
	return dt
}

// call sends a command (to the page, once attached) and returns its result,
// keeping the events that come before it. It fails the test on an error or
// after 30 s.
func (dt *devtools) call(method string, params any) json.RawMessage {
	dt.t.Helper()
	dt.id++
	msg := map[string]any{"id": dt.id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if dt.session != "" {
		msg["sessionId"] = dt.session
	}
	data, _ := json.Marshal(msg)
	if _, err := dt.in.Write(append(data, 0)); err != nil {
		dt.t.Fatalf("devtools %s: %v", method, err)
	}
	for {
		m := dt.read(method)
		if m.ID == dt.id {
			if m.Error != nil {
				dt.t.Fatalf("devtools %s: %s", method, m.Error.Message)
			}
			return m.Result
		}
		if m.Method != "" {
			dt.events = append(dt.events, m.Method)
		}
	}
}

// read reads the next message, failing the test after 30 s.
func (dt *devtools) read(waiting string) devtoolsMsg {
	dt.t.Helper()
	dt.out.SetReadDeadline(time.Now().Add(30 * time.Second))
	data, err := dt.r.ReadBytes(0)
	if err != nil {
		dt.t.Fatalf("devtools, waiting for %s: %v", waiting, err)
	}
	var m devtoolsMsg
	if err := json.Unmarshal(data[:len(data)-1], &m); err != nil {
		dt.t.Fatalf("devtools: %v in %.200s", err, data)
	}
	return m
}

// waitEvent waits for the page's event method, seen since the last
// clearEvents.
func (dt *devtools) waitEvent(method string) {
	dt.t.Helper()
	for !slices.Contains(dt.events, method) {
		if m := dt.read(method); m.Method != "" {
			dt.events = append(dt.events, m.Method)
		}
	}
}

func (dt *devtools) decode(raw json.RawMessage, v any) {
	dt.t.Helper()
	if err := json.Unmarshal(raw, v); err != nil {
		dt.t.Fatalf("devtools: %v in %s", err, raw)
	}
}

// eval evaluates a JavaScript expression in the page, from outside it (the
// pages hold no script), and stores its value in v.
func (dt *devtools) eval(expr string, v any) {
	dt.t.Helper()
	var res struct {
		Result struct {
			Value json.RawMessage
		}
		ExceptionDetails *struct{ Text string }
	}
	dt.decode(dt.call("Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true}), &res)
	if res.ExceptionDetails != nil {
		dt.t.Fatalf("devtools: %s: %s", expr, res.ExceptionDetails.Text)
	}
	dt.decode(res.Result.Value, v)
}

// open loads a page and waits for its load event.
func (dt *devtools) open(u string) {
	dt.t.Helper()
	dt.events = nil
	dt.call("Page.navigate", map[string]any{"url": u})
	dt.waitEvent("Page.loadEventFired")
}

// click scrolls the first link matched by the CSS selector into view and
// clicks it with the mouse, as a reader would, and waits for the page it
// leads to. It returns false, clicking nothing, when no link matches.
func (dt *devtools) click(selector string) bool {
	dt.t.Helper()
	var at *struct{ X, Y float64 }
	dt.eval(fmt.Sprintf(`(() => {
		const a = document.querySelector(%q);
		if (!a) return null;
		a.scrollIntoView({block: "center"});
		const r = a.getClientRects()[0];
		return {x: r.left + r.width / 2, y: r.top + r.height / 2};
	})()`, selector), &at)
	if at == nil {
		return false
	}
	dt.events = nil
	for _, typ := range []string{"mousePressed", "mouseReleased"} {
		dt.call("Input.dispatchMouseEvent", map[string]any{"type": typ, "x": at.X, "y": at.Y, "button": "left", "clickCount": 1})
	}
	dt.waitEvent("Page.loadEventFired")
	return true
}

// A landing is where a click led: the page's address, the element the
// fragment names, the paragraph it is in, and where it is in the window.
type landing struct {
	Href, Target, Para string
	Top, Height        float64
}

func (dt *devtools) landing() landing {
	dt.t.Helper()
	var l landing
	dt.eval(`(() => {
		const t = document.querySelector(":target");
		const p = t && t.closest(".para");
		return {href: location.href, target: t ? t.id : "", para: p ? p.id : "",
			top: t ? t.getBoundingClientRect().top : -1, height: window.innerHeight};
	})()`, &l)
	return l
}

// screenshot writes what the window shows to the PNG file path.
func (dt *devtools) screenshot(path string) {
	dt.t.Helper()
	var shot struct{ Data []byte } // base64 in JSON
	dt.decode(dt.call("Page.captureScreenshot", map[string]any{"format": "png"}), &shot)
	if len(shot.Data) < 1000 || string(shot.Data[1:4]) != "PNG" {
		dt.t.Errorf("screenshot %s: %d bytes", path, len(shot.Data))
	}
	if err := os.WriteFile(path, shot.Data, 0o666); err != nil {
		dt.t.Error(err)
	}
}

// followLinks clicks, in Chromium, a shared-wording link of a paragraph of
// the Toronto report to the Lucca Declaration's paragraph that holds the
// same words, then the link back from there, and a cell of the cross-walk;
// each click must land on the paragraph or norm, scrolled into view. It
// takes a screenshot of each landing into the directory shots.
func followLinks(t *testing.T, chromium, dir, shots string) {
	profile := t.TempDir()
	dt := startDevtools(t, chromium, profile, "1280,900")
	base := "file://" + filepath.ToSlash(dir) + "/"
	check := func(what string, l landing, page, para string) {
		t.Helper()
		u, err := url.Parse(l.Href)
		if err != nil || filepath.Base(u.Path) != page || l.Para != para || l.Top < -1 || l.Top >= l.Height { // -1: a fraction of a pixel
			t.Errorf("%s: landed at %s, on #%s in paragraph #%s, %.0f px from the top of a %.0f px window; want %s, paragraph #%s, in view",
				what, l.Href, l.Target, l.Para, l.Top, l.Height, page, para)
			return
		}
		png := filepath.Join(shots, "follow-"+strings.ReplaceAll(what, " ", "-")+".png")
		dt.screenshot(png)
		t.Logf("%s: clicked, landed at %s on #%s (paragraph #%s), %.0f px from the top; screenshot %s", what, filepath.Base(u.Path)+"#"+u.Fragment, l.Target, l.Para, l.Top, png)
	}

	from := declarations.Toronto2018.Paragraph(5)
	var to declarations.Paragraph
	for s := range from.SharedWording() {
		if s.With.Paragraph.Document().ID() == "Lucca2017" {
			to = s.With.Paragraph
			break
		}
	}
	if to.IsZero() {
		t.Fatal("Toronto 2018, para. 5 shares no wording with the Lucca Declaration")
	}
	fromPage, toPage := pageName(from.Document()), pageName(to.Document())
	fromHref := fromPage + "#" + anchors(from.Document())[from.Position()]
	toHref := toPage + "#" + anchors(to.Document())[to.Position()]

	dt.open(base + fromPage)
	if !dt.click(fmt.Sprintf(`p.note.shared a[href=%q]`, toHref)) {
		t.Fatalf("%s has no shared-wording link to %s", fromPage, toHref)
	}
	check("shared-wording there", dt.landing(), toPage, positionAnchor(to.Position()))
	if !dt.click(fmt.Sprintf(`p.note.shared a[href=%q]`, fromHref)) {
		t.Fatalf("%s has no shared-wording link back to %s", toPage, fromHref)
	}
	check("shared-wording back", dt.landing(), fromPage, positionAnchor(from.Position()))

	dt.open(base + crosswalkPage)
	n := norms.UNGGE2015[norms.F]
	if !dt.click(`tr:has(a[href="#theme-critical-infrastructure"]) a[href="UNGGE2015.html#13f"]`) {
		t.Fatal("the cross-walk has no link to UNGGE2015.html#13f in the row of critical infrastructure")
	}
	check("cross-walk cell", dt.landing(), "UNGGE2015.html", positionAnchor(normParagraph(n).Position()))
	var scripts int
	dt.eval(`document.scripts.length`, &scripts)
	if scripts != 0 {
		t.Errorf("UNGGE2015.html runs %d scripts", scripts)
	}
}

// TestCrosswalkEscapes checks that the cross-walk and the shared-wording
// notes escape what they print: a theme name, a definition, justifying
// words, a run of shared wording or a citation holding markup is shown as
// text, and an address with a script scheme is neutralised.
func TestCrosswalkEscapes(t *testing.T) {
	const evil = `<script>alert("x")</script> & 'q' <b>`
	v := crosswalkView("foot " + evil)
	v.Columns[0].Name = evil
	v.Columns[0].Href = "javascript:alert(1)"
	v.Rows[0].Name = evil
	v.Rows[0].Cells[0] = []htmlLink{{Text: evil, Href: `x.html#a" onclick="alert(1)`}}
	v.Themes[0].Name, v.Themes[0].Definition = evil, evil
	v.Themes[0].Groups = []htmlThemeGroup{{Framework: evil, Href: "x.html", Norms: []htmlThemeNorm{{Link: htmlLink{Text: evil, Href: "x.html"}, Words: evil, Lang: `en" onmouseover="alert(1)`}}}}
	var b bytes.Buffer
	if err := crosswalkTemplate.Execute(&b, v); err != nil {
		t.Fatal(err)
	}
	page := htmlPage{Lang: "en", Title: "t", Heading: "h", Footer: "f", Paragraphs: []htmlParagraph{{ID: "p1", Text: "x",
		Shared: []htmlShared{{Words: 8, Text: evil, Lang: "en", Links: []htmlLink{{Text: evil, Href: "javascript:alert(1)", Lang: "en", HrefLang: "en"}}}}}}}
	if err := htmlTemplates.ExecuteTemplate(&b, "doc", page); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<script", "<b>", "javascript:", `" onclick`, `" onmouseover`} {
		if strings.Contains(out, bad) {
			t.Errorf("the output holds %q unescaped", bad)
		}
	}
	if n := strings.Count(out, `&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;q&#39; &lt;b&gt;`); n < 10 {
		t.Errorf("the hostile text is printed escaped %d times, want every time (10 or more):\n%s", n, out)
	}
}
