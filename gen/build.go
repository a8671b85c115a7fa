package main

import (
	"errors"
	"go/token"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/cybernorms/cybernorms/internal/cite"
	"github.com/cybernorms/cybernorms/internal/kinds"
	"github.com/cybernorms/cybernorms/internal/words"
)

// keySpec says what a header key may carry.
type keySpec struct {
	required bool
	repeat   bool
	attrs    map[string]bool // attribute name -> required
}

// schema lists every header key of a data file. data/README.md documents them.
var schema = map[string]keySpec{
	"id":             {required: true},
	"lang":           {},
	"title":          {required: true, attrs: observed},
	"short":          {required: true},
	"alias":          {repeat: true},
	"kind":           {required: true},
	"extent":         {required: true},
	"body":           {attrs: observed},
	"author-note":    {},
	"meeting":        {attrs: observed},
	"place":          {attrs: observed},
	"date":           {attrs: observed},
	"symbol":         {attrs: observed},
	"alt-symbol":     {repeat: true, attrs: observed},
	"number":         {attrs: observed},
	"series":         {attrs: observed},
	"session":        {attrs: observed},
	"agenda":         {attrs: observed},
	"distributed":    {attrs: observed},
	"reissued":       {attrs: observed},
	"opened":         {attrs: observed},
	"in-force":       {attrs: observed},
	"url":            {attrs: observed},
	"publisher":      {},
	"read-from":      {},
	"excerpt":        {},
	"editorial-note": {},
	"paragraphs":     {},
	"source":         {repeat: true, attrs: map[string]bool{"sha256": true}},
	"cross-check":    {repeat: true, attrs: map[string]bool{"sha256": true, "ends": true}},
	"omitted":        {repeat: true, attrs: map[string]bool{"why": true}},
	"note":           {repeat: true},
	"heading":        {repeat: true},
	"break":          {repeat: true, attrs: map[string]bool{"status": true, "why": false}},
	"correction":     {repeat: true, attrs: map[string]bool{"from": true, "to": true}},
	"list": {attrs: map[string]bool{
		"style": true, "count": true, "paragraph": false, "chapeau": false, "start": false, "unit": false,
		"labels": false, "labels-why": false,
	}},
	"item": {repeat: true, attrs: map[string]bool{
		"title": false, "restates": false, "takes-up": false, "shared": false, "differs": false,
	}},
	"link": {repeat: true, attrs: map[string]bool{"at": false, "basis": false, "note": false}},
}

// observed is the attribute of a fact entry that says where the fact was
// observed (a page, with the words seen there, as the source records it).
var observed = map[string]bool{"observed": false}

// versionKeys are the keys a language version (<id>.<lang>.txt) may not
// give: they belong to the document, which its primary file describes.
var versionKeys = []string{"kind", "alias", "editorial-note", "link"}

var (
	docKinds   = kinds.DocKeywords()
	extents    = []string{"full", "excerpt", "metadata-only"}
	listKinds  = kinds.ListKeywords()
	listStyles = []string{"dash", "bullet", "lettered", "run-in", "sentence"}
	breakKinds = []string{"published", "inferred"}
	labelKinds = []string{"printed", "inferred"}
	rels       = []string{"restates", "recalls", "reaffirms", "endorses", "builds-on", "cites"}
)

// maxErrors caps how many errors one run reports.
const maxErrors = 20

// errList collects the errors of a run, in the order found.
type errList []error

func (l *errList) add(err error) {
	if err != nil && len(*l) < maxErrors {
		*l = append(*l, err)
	}
}

func (l errList) err() error { return errors.Join(l...) }

// buildDocument turns a parsed data file into a document: it checks every
// header entry against the schema, applies the recorded corrections, and
// derives the text's blocks and list items.
func buildDocument(f *dataFile) (*document, error) {
	d := &document{Path: f.Path, SHA256: f.SHA256, BodyLine: f.BodyLine}
	var errs errList
	b := &builder{f: f, d: d, errs: &errs}
	if _, lang, ok := strings.Cut(strings.TrimSuffix(path.Base(f.Path), ".txt"), "."); ok {
		b.fileLang, d.Version = lang, true
	}
	b.header()
	b.checkUserFacing() // userfacing.go: user-visible fields name no file of the working collection
	if len(errs) > 0 {
		return nil, errs.err()
	}
	switch {
	case d.Extent == "metadata-only" && f.HasBody:
		errs.add(errorf(f.Path, f.BodyLine-1, "a metadata-only document has no body; remove the %q line and the text after it", bodySeparator))
	case d.Extent != "metadata-only" && !f.HasBody:
		errs.add(errorf(f.Path, 0, "extent %q needs a body: the text, after a %q line", d.Extent, bodySeparator))
	case f.HasBody:
		d.Raw = f.Body
		for _, o := range d.Omitted {
			if strings.Contains(d.Raw, o.Text) {
				b.errorf(o.Line, "omitted: %q is in the body; an omission records source text the body leaves out", abbreviate(o.Text, 50))
			}
		}
		b.applyCorrections()
		if len(errs) == 0 {
			b.deriveBlocks()
		}
		if len(errs) == 0 {
			b.deriveList()
		}
		if len(errs) == 0 {
			b.locateLinks()
		}
	}
	return d, errs.err()
}

type builder struct {
	f    *dataFile
	d    *document
	errs *errList

	headings []entry
	breaks   []entry
	numbered bool

	// fileLang is the language tag of a version's file name
	// (<id>.<lang>.txt), "" for a primary file.
	fileLang string
	// lineBreaks holds the offsets of blocks begun by a declared break at
	// the start of a line that would otherwise continue a paragraph.
	lineBreaks map[int]bool
}

func (b *builder) errorf(line int, format string, args ...any) {
	b.errs.add(errorf(b.f.Path, line, format, args...))
}

// header checks the entries against the schema and fills the document's
// metadata.
func (b *builder) header() {
	f, d := b.f, b.d
	seen := map[string]int{}
	for i := range f.Entries {
		e := &f.Entries[i]
		spec, ok := schema[e.Key]
		if !ok {
			b.errorf(e.Line, "unknown key %q%s", e.Key, suggest(e.Key, mapKeys(schema)))
			continue
		}
		if first, dup := seen[e.Key]; dup && !spec.repeat {
			b.errorf(e.Line, "%q given twice (first at line %d)", e.Key, first)
			continue
		}
		seen[e.Key] = e.Line
		if e.Value == "" {
			b.errorf(e.Line, "%q has an empty value", e.Key)
			continue
		}
		if d.Version && slices.Contains(versionKeys, e.Key) {
			b.errorf(e.Line, "%q belongs to the document, not to one language version: give it in data/%s.txt", e.Key, strings.TrimSuffix(strings.TrimSuffix(path.Base(f.Path), ".txt"), "."+b.fileLang))
			continue
		}
		if d.keyLines == nil {
			d.keyLines = map[string]int{}
		}
		if _, ok := d.keyLines[e.Key]; !ok {
			d.keyLines[e.Key] = e.Line
		}
		if where, ok := e.attr("observed"); ok {
			d.Observed = append(d.Observed, observation{Key: e.Key, Value: e.Value, Where: where.Value, Line: where.Line})
		}
		for _, a := range e.Attrs {
			if _, ok := spec.attrs[a.Key]; !ok {
				b.errorf(a.Line, "unknown attribute %q of %q%s", a.Key, e.Key, suggest(a.Key, mapKeys(spec.attrs)))
			}
		}
		for name, required := range sortedAttrs(spec.attrs) {
			if _, ok := e.attr(name); required && !ok {
				b.errorf(e.Line, "%q needs an indented %q attribute", e.Key, name+":")
			}
		}
		b.entry(e)
	}
	for _, k := range mapKeys(schema) {
		if _, ok := seen[k]; !ok && schema[k].required && !(d.Version && (k == "kind" || k == "short")) {
			b.errorf(0, "missing required key %q", k)
		}
	}
	if d.Version {
		if _, ok := seen["lang"]; !ok {
			b.errorf(0, "missing key \"lang:\": a language version %s names its language tag (%q) in the header too", f.Path, b.fileLang)
		}
	}
	if len(*b.errs) > 0 {
		return
	}
	if d.Lang == "" {
		d.Lang = "en"
	}
	want := "data/" + d.ID + ".txt"
	if d.Version {
		want = "data/" + d.ID + "." + d.Lang + ".txt"
	}
	switch {
	case f.Path == want:
	case d.Version:
		b.errorf(seen["id"], "id %q and lang %q do not match the file name of a language version: the file must be %s", d.ID, d.Lang, want)
	default:
		b.errorf(seen["id"], "id %q does not match the file name: the file must be %s", d.ID, want)
	}
	b.checkFacts(seen)
	if d.Extent == "excerpt" && d.Excerpt == "" {
		b.errorf(seen["extent"], "an excerpt needs an \"excerpt:\" entry saying what it holds, of what")
	}
	if d.Extent != "excerpt" && d.Excerpt != "" {
		b.errorf(seen["excerpt"], "\"excerpt:\" is for documents of extent excerpt, not %s", d.Extent)
	}
	if d.Extent == "metadata-only" {
		for _, e := range f.Entries {
			switch e.Key {
			case "heading", "break", "correction", "list", "item", "paragraphs", "omitted", "cross-check":
				b.errorf(e.Line, "%q describes a text, and a metadata-only document has none", e.Key)
			}
		}
	}
	if d.List == nil {
		for _, e := range f.Entries {
			if e.Key == "item" {
				b.errorf(e.Line, "\"item:\" entries need a \"list:\" entry")
				break
			}
		}
	}
}

// entry records one header entry in the document.
func (b *builder) entry(e *entry) {
	d := b.d
	v := e.Value
	switch e.Key {
	case "id":
		if !token.IsIdentifier(v) || !token.IsExported(v) {
			b.errorf(e.Line, "id %q is not an exported Go identifier (it names the document's variable)", v)
		}
		d.ID = v
	case "lang":
		if !bcp47.MatchString(v) {
			b.errorf(e.Line, "lang %q is not a BCP 47 language tag such as en, fr, zh-Hans", v)
		}
		d.Lang = v
	case "title":
		d.Title = v
	case "short":
		d.Short = v
	case "alias":
		d.Aliases = append(d.Aliases, v)
	case "kind":
		d.Kind = b.oneOf(e.Line, "kind", v, docKinds)
	case "extent":
		d.Extent = b.oneOf(e.Line, "extent", v, extents)
	case "body":
		d.Body = v
	case "meeting":
		d.Meeting = v
	case "place":
		d.Place = v
	case "date":
		dt, err := parseDate(v)
		if err != nil {
			b.errorf(e.Line, "%v", err)
		}
		d.Date = dt
	case "symbol":
		d.Symbol = v
	case "alt-symbol":
		d.AltSymbols = append(d.AltSymbols, v)
	case "number":
		if !seriesNumber.MatchString(v) {
			b.errorf(e.Line, "number %q is not a number in a series, such as 185 or 58/199", v)
		}
		d.Number = v
	case "series":
		d.Series = v
	case "session":
		d.Session = v
	case "agenda":
		d.Agenda = v
	case "author-note":
		d.AuthorNote = v
	case "distributed", "reissued", "opened", "in-force":
		dt, err := parseDate(v)
		if err != nil {
			b.errorf(e.Line, "%s: %v", e.Key, err)
		}
		switch e.Key {
		case "distributed":
			d.Distributed = dt
		case "reissued":
			d.Reissued = dt
		case "opened":
			d.Opened = dt
		case "in-force":
			d.InForce = dt
		}
	case "omitted":
		why, _ := e.attr("why")
		d.Omitted = append(d.Omitted, omission{Text: v, Why: why.Value, Line: e.Line})
	case "cross-check":
		sum, _ := e.attr("sha256")
		if !hexSHA256.MatchString(sum.Value) {
			b.errorf(sum.Line, "sha256 %q is not 64 lower-case hex digits", sum.Value)
		}
		ends, _ := e.attr("ends")
		d.CrossChecks = append(d.CrossChecks, crossCheck{Path: v, SHA256: sum.Value, Ends: ends.Value, Line: e.Line})
	case "url":
		if !strings.HasPrefix(v, "https://") && !strings.HasPrefix(v, "http://") {
			b.errorf(e.Line, "url %q does not begin with http:// or https://", v)
		}
		d.URL = v
	case "publisher":
		d.Publisher = v
	case "read-from":
		d.ReadFrom = v
	case "excerpt":
		d.Excerpt = v
	case "editorial-note":
		d.EditorialNote = v
	case "paragraphs":
		switch v {
		case "numbered":
			b.numbered = true
		case "unnumbered":
		default:
			b.errorf(e.Line, "paragraphs: %q, want \"numbered\" or \"unnumbered\"", v)
		}
	case "source":
		a, _ := e.attr("sha256")
		if !hexSHA256.MatchString(a.Value) {
			b.errorf(a.Line, "sha256 %q is not 64 lower-case hex digits", a.Value)
		}
		d.Sources = append(d.Sources, source{Path: v, SHA256: a.Value})
	case "note":
		d.Notes = append(d.Notes, v)
	case "heading":
		b.headings = append(b.headings, *e)
	case "break":
		st, _ := e.attr("status")
		b.oneOf(st.Line, "status", st.Value, breakKinds)
		why, hasWhy := e.attr("why")
		if st.Value == "inferred" && (!hasWhy || why.Value == "") {
			b.errorf(e.Line, "an inferred break needs a \"why:\" saying why it is placed there")
		}
		b.breaks = append(b.breaks, *e)
	case "correction":
		from, _ := e.attr("from")
		to, _ := e.attr("to")
		if from.Value == "" {
			b.errorf(from.Line, "\"from:\" is empty: quote the source text the correction replaces")
		}
		if from.Value == to.Value {
			b.errorf(to.Line, "\"to:\" is the same as \"from:\": the correction changes nothing")
		}
		d.Corrections = append(d.Corrections, correction{From: from.Value, To: to.Value, Reason: v, Line: e.Line})
	case "list":
		b.list(e)
	case "item":
		if d.List == nil {
			return // reported once, after the header
		}
		for _, it := range d.List.Items {
			if it.Label == v {
				b.errorf(e.Line, "item %q described twice (first at line %d)", v, it.Line)
				return
			}
		}
		get := func(name string) string { a, _ := e.attr(name); return a.Value }
		decl := itemDecl{Label: v, Title: get("title"), Restates: get("restates"), TakesUp: get("takes-up"), Shared: get("shared"), Differs: get("differs"), Line: e.Line}
		switch {
		case decl.TakesUp != "" && decl.Restates != "":
			b.errorf(e.Line, "item %s both restates and takes up a norm: an item restating a norm word for word takes up all its words", v)
		case decl.TakesUp != "" && (decl.Shared == "" || decl.Differs == ""):
			b.errorf(e.Line, "item %s takes up %s: say which words the two share (\"shared:\") and how they differ (\"differs:\")", v, decl.TakesUp)
		case decl.TakesUp == "" && (decl.Shared != "" || decl.Differs != ""):
			b.errorf(e.Line, "item %s: \"shared:\" and \"differs:\" describe a \"takes-up:\" norm, and none is given", v)
		}
		d.List.Items = append(d.List.Items, decl)
	case "link":
		rel, target, ok := strings.Cut(v, " ")
		if !ok || strings.Contains(target, " ") {
			b.errorf(e.Line, "link %q: want \"<relation> <document id>\", such as \"recalls Lucca2017\"", v)
			return
		}
		b.oneOf(e.Line, "relation", rel, rels)
		at, _ := e.attr("at")
		basis, _ := e.attr("basis")
		note, _ := e.attr("note")
		if at.Value == "" && basis.Value == "" {
			b.errorf(e.Line, "link needs \"at:\" (words of this document's text that make it) or \"basis:\" (where it is known from)")
		}
		d.Links = append(d.Links, link{Rel: rel, Target: target, At: at.Value, Basis: basis.Value, Note: note.Value, Line: e.Line})
	}
}

// list records the "list:" entry.
func (b *builder) list(e *entry) {
	l := &list{Kind: b.oneOf(e.Line, "list", e.Value, listKinds), Line: e.Line}
	style, _ := e.attr("style")
	l.Style = b.oneOf(style.Line, "style", style.Value, listStyles)
	count, _ := e.attr("count")
	n, err := strconv.Atoi(count.Value)
	if err != nil || n < 1 {
		b.errorf(count.Line, "count %q is not a positive whole number", count.Value)
	}
	l.Count = n
	get := func(name string) string { a, _ := e.attr(name); return a.Value }
	l.Paragraph, l.Chapeau, l.Start, l.Unit = get("paragraph"), get("chapeau"), get("start"), get("unit")
	if l.Unit == "" {
		l.Unit = l.Kind
	}
	l.Labels, l.LabelsWhy = "printed", get("labels-why")
	if a, ok := e.attr("labels"); ok {
		l.Labels = b.oneOf(a.Line, "labels", a.Value, labelKinds)
	}
	switch {
	case l.Style == "bullet" && l.Labels != "inferred":
		b.errorf(e.Line, "the items of a bullet list carry no label: declare \"labels: inferred\", with \"labels-why:\"")
	case l.Style != "bullet" && l.Labels == "inferred":
		b.errorf(e.Line, "a list of style %s prints its labels; \"labels: inferred\" is for style bullet", l.Style)
	case l.Labels == "inferred" && l.LabelsWhy == "":
		b.errorf(e.Line, "inferred labels need \"labels-why:\" saying how the items are numbered")
	case l.Labels != "inferred" && l.LabelsWhy != "":
		b.errorf(e.Line, "\"labels-why:\" explains inferred labels, and these are printed")
	}
	need := map[string][]string{
		"dash":     nil,
		"bullet":   nil,
		"lettered": {"paragraph"},
		"run-in":   {"chapeau"},
		"sentence": {"paragraph", "start"},
	}[l.Style]
	for _, name := range need {
		if get(name) == "" {
			b.errorf(e.Line, "a list of style %s needs \"%s:\"", l.Style, name)
		}
	}
	for _, name := range []string{"paragraph", "chapeau", "start"} {
		if a, ok := e.attr(name); ok && !slices.Contains(need, name) {
			b.errorf(a.Line, "\"%s:\" has no meaning for a list of style %s", name, l.Style)
		}
	}
	b.d.List = l
}

// oneOf checks that v is one of the allowed values.
func (b *builder) oneOf(line int, what, v string, allowed []string) string {
	if !slices.Contains(allowed, v) {
		b.errorf(line, "unknown %s %q; want one of %s", what, v, strings.Join(allowed, ", "))
	}
	return v
}

// parseDate parses YYYY, YYYY-MM or YYYY-MM-DD.
func parseDate(s string) (date, error) {
	bad := errors.New("date " + strconv.Quote(s) + " is not YYYY, YYYY-MM or YYYY-MM-DD")
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return date{}, bad
	}
	var nums [3]int
	for i, p := range parts {
		if i > 0 && len(p) != 2 {
			return date{}, bad
		}
		n, err := strconv.Atoi(p)
		if err != nil {
			return date{}, bad
		}
		nums[i] = n
	}
	d := date{nums[0], nums[1], nums[2]}
	if len(parts) > 1 && (d.Month < 1 || d.Month > 12) {
		return date{}, errors.New("date " + strconv.Quote(s) + ": no month " + parts[1])
	}
	if len(parts) > 2 && (d.Day < 1 || d.Day > daysIn(d.Year, d.Month)) {
		return date{}, errors.New("date " + strconv.Quote(s) + ": no day " + parts[2] + " in that month")
	}
	return d, nil
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// applyCorrections replaces each correction's "from" text, which must occur
// exactly once in the raw body, by its "to" text. Corrections may not overlap.
func (b *builder) applyCorrections() {
	d := b.d
	type hit struct {
		at int
		c  correction
	}
	var hits []hit
	for _, c := range d.Corrections {
		switch n := strings.Count(d.Raw, c.From); n {
		case 0:
			b.errorf(c.Line, "correction: %q does not occur in the body", abbreviate(c.From, 50))
			continue
		case 1:
		default:
			b.errorf(c.Line, "correction: %q occurs %d times in the body; quote enough words to make it unique", abbreviate(c.From, 50), n)
			continue
		}
		hits = append(hits, hit{strings.Index(d.Raw, c.From), c})
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	var sb strings.Builder
	raw := 0
	for _, h := range hits {
		if h.at < raw {
			b.errorf(h.c.Line, "correction overlaps another correction")
			return
		}
		sb.WriteString(d.Raw[raw:h.at])
		e := edit{RawStart: h.at, RawEnd: h.at + len(h.c.From), Start: sb.Len()}
		sb.WriteString(h.c.To)
		e.End = sb.Len()
		d.edits = append(d.edits, e)
		raw = e.RawEnd
	}
	sb.WriteString(d.Raw[raw:])
	d.Text = sb.String()
}

// rawOffset maps an offset of the corrected text to the raw body.
func (d *document) rawOffset(off int) int {
	delta := 0
	for _, e := range d.edits {
		if off < e.Start {
			break
		}
		if off < e.End {
			return e.RawStart
		}
		delta = e.RawEnd - e.End
	}
	return off + delta
}

// lineAt returns the data-file line of an offset of the corrected text. It
// finds the line by binary search over the offsets where the body's lines
// begin, computed once, so that placing every block costs O(n log n) in the
// size of the body, not O(n²).
func (d *document) lineAt(off int) int {
	if d.lineStarts == nil {
		d.lineStarts = []int{0}
		for i := 0; i < len(d.Raw); i++ {
			if d.Raw[i] == '\n' {
				d.lineStarts = append(d.lineStarts, i+1)
			}
		}
	}
	raw := d.rawOffset(off)
	// The number of line starts at or before raw, less the first.
	n, _ := slices.BinarySearch(d.lineStarts, raw+1)
	return d.BodyLine + n - 1
}

// touchesCorrection reports whether [start, end) of the corrected text
// overlaps the result of a correction.
func (d *document) touchesCorrection(start, end int) bool {
	for _, e := range d.edits {
		if start < e.End && e.Start < end || start == e.Start && e.Start == e.End {
			return true
		}
	}
	return false
}

// deriveBlocks splits the corrected text into blocks. A blank line ends a
// block; in a list of style dash, a line beginning with "- " begins one. A
// block of several lines is an error: the data must show every break. Lines
// in [[double brackets]] are the source's editorial markers, kept as notes.
// Then the declared breaks split blocks further, and the declared headings
// are marked.
func (b *builder) deriveBlocks() {
	d := b.d
	dash := d.List != nil && (d.List.Style == "dash" || d.List.Style == "bullet")
	b.lineBreaks = map[int]bool{}
	breakAtLine := func(line string) bool {
		for _, e := range b.breaks {
			if strings.HasPrefix(line, e.Value) {
				return true
			}
		}
		return false
	}
	var cur *block
	off := 0
	for _, line := range strings.SplitAfter(d.Text, "\n") {
		start := off
		off += len(line)
		line = strings.TrimSuffix(line, "\n")
		switch {
		case line == "":
			cur = nil
		case strings.HasPrefix(line, "[[") && strings.HasSuffix(line, "]]"):
			d.Notes = append(d.Notes, "The source marks a gap in the text here: "+strings.TrimSpace(line[2:len(line)-2])+".")
			cur = nil
		case cur != nil && breakAtLine(line):
			// A declared break where the source continues a paragraph
			// on a new line: the break's status says how it is known.
			b.lineBreaks[start] = true
			d.Blocks = append(d.Blocks, block{Kind: "text", Text: line, Break: "published", Line: d.lineAt(start), Start: start})
			cur = &d.Blocks[len(d.Blocks)-1]
		case cur != nil && !(dash && strings.HasPrefix(line, "- ")):
			b.errorf(d.lineAt(start), "this line continues the paragraph of line %d; separate paragraphs with a blank line, or join the lines with a recorded correction", cur.Line)
			return
		default:
			d.Blocks = append(d.Blocks, block{Kind: "text", Text: line, Break: "published", Line: d.lineAt(start), Start: start})
			cur = &d.Blocks[len(d.Blocks)-1]
		}
	}
	b.applyBreaks()
	b.markHeadings()
}

// applyBreaks applies the "break:" entries: a break inside a block splits it
// there; a break at the start of a block sets how the break is known.
func (b *builder) applyBreaks() {
	d := b.d
	for _, e := range b.breaks {
		phrase := e.Value
		st, _ := e.attr("status")
		why, _ := e.attr("why")
		at := b.uniqueIn(e.Line, "break", phrase)
		if at < 0 {
			continue
		}
		i := d.blockAt(at)
		if i < 0 {
			b.errorf(e.Line, "break: %q is not inside a paragraph", abbreviate(phrase, 50))
			continue
		}
		blk := &d.Blocks[i]
		if at == blk.Start {
			if st.Value == "published" && !b.lineBreaks[at] {
				b.errorf(e.Line, "break: %q already begins a paragraph of the text; declare only breaks the text does not show, or an inferred one", abbreviate(phrase, 50))
				continue
			}
			blk.Break, blk.Note = st.Value, why.Value
			continue
		}
		rel := at - blk.Start
		if blk.Text[rel-1] != ' ' {
			b.errorf(e.Line, "break: %q does not begin a word after a space", abbreviate(phrase, 50))
			continue
		}
		head := blk.Text[:rel-1]
		tail := block{Kind: "text", Text: blk.Text[rel:], Break: st.Value, Note: why.Value, Line: d.lineAt(at), Start: at}
		if strings.TrimSpace(head) == "" {
			b.errorf(e.Line, "break: only white space would precede %q", abbreviate(phrase, 50))
			continue
		}
		blk.Text = head
		d.Blocks = slices.Insert(d.Blocks, i+1, tail)
	}
}

// uniqueIn returns the offset of phrase in the corrected text, reporting an
// error unless it occurs exactly once.
func (b *builder) uniqueIn(line int, what, phrase string) int {
	switch n := strings.Count(b.d.Text, phrase); n {
	case 0:
		b.errorf(line, "%s: %q does not occur in the text", what, abbreviate(phrase, 50))
		return -1
	case 1:
		return strings.Index(b.d.Text, phrase)
	default:
		b.errorf(line, "%s: %q occurs %d times in the text; quote enough words to make it unique", what, abbreviate(phrase, 50), n)
		return -1
	}
}

// blockAt returns the index of the block whose text holds offset off, or -1.
func (d *document) blockAt(off int) int {
	for i, blk := range d.Blocks {
		if off >= blk.Start && off < blk.Start+len(blk.Text) {
			return i
		}
	}
	return -1
}

// markHeadings marks the blocks the "heading:" entries name.
func (b *builder) markHeadings() {
	for _, e := range b.headings {
		found := -1
		for i, blk := range b.d.Blocks {
			if blk.Text == e.Value {
				found = i
				break
			}
		}
		if found < 0 {
			hint := ""
			if strings.Contains(b.d.Text, e.Value) {
				hint = "; the words occur, but not as a paragraph of their own"
			}
			b.errorf(e.Line, "heading %q is not a paragraph of the text%s", abbreviate(e.Value, 50), hint)
			continue
		}
		b.d.Blocks[found].Kind = "heading"
	}
}

var (
	hexSHA256    = regexp.MustCompile(`^[0-9a-f]{64}$`)
	dashItem     = regexp.MustCompile(`^- (\d+)\. `)
	letteredItem = regexp.MustCompile(`^\(([a-z])\) `)
	numberedPara = regexp.MustCompile(`^(\d+)\. ?`)
	bcp47        = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|[0-9]{3}))?$`)
	seriesNumber = regexp.MustCompile(`^[1-9][0-9]*(/[1-9][0-9]*)?$`)
	resolutionID = regexp.MustCompile(`^[A-Z]+([1-9][0-9]*)_([1-9][0-9]*)$`)
)

// checkFacts checks the bibliographic facts of the header against one
// another: a number agrees with the symbol and the ID, a series has a
// number, dates of a treaty's life are a treaty's and in order, an
// alternative symbol differs from the symbol.
func (b *builder) checkFacts(seen map[string]int) {
	d := b.d
	if d.Number != "" {
		if strings.Contains(d.Number, "/") && d.Symbol != "" && !strings.HasSuffix(d.Symbol, "/"+d.Number) {
			b.errorf(seen["number"], "number %q does not end the symbol %q", d.Number, d.Symbol)
		}
		if m := resolutionID.FindStringSubmatch(d.ID); m != nil && d.Number != m[1]+"/"+m[2] {
			b.errorf(seen["number"], "number %q does not match the ID %s, which names resolution %s/%s", d.Number, d.ID, m[1], m[2])
		}
	}
	if d.Series != "" && d.Number == "" {
		b.errorf(seen["series"], "a series needs the document's \"number:\" in it")
	}
	for _, k := range []string{"opened", "in-force"} {
		if _, ok := seen[k]; ok && !d.Version && d.Kind != "convention" {
			b.errorf(seen[k], "%q is a fact of a convention, and this document is a %s", k, d.Kind)
		}
	}
	if after(d.Opened, d.InForce) {
		b.errorf(seen["in-force"], "entry into force %v is before the opening for signature %v", d.InForce, d.Opened)
	}
	if after(d.Date, d.Distributed) {
		b.errorf(seen["distributed"], "distributed %v is before the document's date %v", d.Distributed, d.Date)
	}
	if after(d.Date, d.Reissued) {
		b.errorf(seen["reissued"], "reissued %v is before the document's date %v", d.Reissued, d.Date)
	}
	for _, a := range d.AltSymbols {
		if a == d.Symbol {
			b.errorf(seen["alt-symbol"], "alt-symbol %q repeats the symbol", a)
		}
	}
	if d.AuthorNote != "" && d.Body == "" {
		b.errorf(seen["author-note"], "\"author-note:\" describes the corporate author, and there is no \"body:\"")
	}
	if d.Version && d.List != nil {
		for _, it := range d.List.Items {
			if it.Restates != "" || it.TakesUp != "" {
				b.errorf(it.Line, "item %s: what a norm restates or takes up belongs to the document: declare it in data/%s.txt", it.Label, d.ID)
			}
		}
	}
}

// after reports whether both dates are known and a is later than b, as far
// as both are known.
func after(a, b date) bool {
	if a.Year == 0 || b.Year == 0 {
		return false
	}
	x, y := [3]int{a.Year, a.Month, a.Day}, [3]int{b.Year, b.Month, b.Day}
	for i := range x {
		if x[i] == 0 || y[i] == 0 {
			return false
		}
		if x[i] != y[i] {
			return x[i] > y[i]
		}
	}
	return false
}

// deriveList finds the list items, numbers the paragraphs of a document whose
// paragraphs are numbered, and checks the labels run without a gap.
func (b *builder) deriveList() {
	d, l := b.d, b.d.List
	if l != nil {
		switch l.Style {
		case "dash":
			b.dashItems()
		case "bullet":
			b.bulletItems()
		case "lettered":
			b.letteredItems()
		case "run-in":
			b.runInItems()
		}
	}
	if b.numbered {
		b.numberParagraphs()
	}
	if l == nil || len(*b.errs) > 0 {
		return
	}
	if l.Style == "sentence" {
		b.sentenceItem()
	}
	if len(*b.errs) > 0 {
		return
	}
	if len(d.Items) != l.Count {
		b.errorf(l.Line, "the list declares count %d, but the text has %d items", l.Count, len(d.Items))
		return
	}
	b.applyItemDecls()
}

// addItem records a list item held by block i.
func (b *builder) addItem(i int, label, text string, start int) {
	d := b.d
	it := item{
		ID:    d.ID + "/" + cite.LocalID(label),
		Label: label, Text: text, Kind: d.List.Kind,
		Index: len(d.Items), Block: i, Start: start,
		Line: d.lineAt(start), DeclLine: d.List.Line,
		LabelInferred: d.List.Labels == "inferred",
	}
	d.Items = append(d.Items, it)
	d.Blocks[i].Norm = it.ID
}

func (b *builder) dashItems() {
	d := b.d
	for i := range d.Blocks {
		blk := &d.Blocks[i]
		if !strings.HasPrefix(blk.Text, "- ") {
			continue
		}
		m := dashItem.FindStringSubmatch(blk.Text)
		if m == nil {
			b.errorf(blk.Line, "list item without a number: %q; if the extraction lost it, restore it with a recorded correction", abbreviate(blk.Text, 40))
			continue
		}
		want := strconv.Itoa(len(d.Items) + 1)
		if m[1] != want {
			b.errorf(blk.Line, "list item %s follows item %d: a gap or a disorder in the numbering", m[1], len(d.Items))
			continue
		}
		blk.Kind, blk.Label = "item", m[1]
		blk.Text = blk.Text[len(m[0]):]
		blk.Start += len(m[0])
		b.addItem(i, m[1], blk.Text, blk.Start)
	}
}

// bulletItems takes each line "- text" as an item. The source prints no
// label; the items are numbered from 1 in source order, as the list's
// "labels: inferred" declares.
func (b *builder) bulletItems() {
	d := b.d
	for i := range d.Blocks {
		blk := &d.Blocks[i]
		if !strings.HasPrefix(blk.Text, "- ") {
			continue
		}
		if dashItem.MatchString(blk.Text) {
			b.errorf(blk.Line, "this bullet item prints a number (%q): the list is of style dash, with printed labels", abbreviate(blk.Text, 20))
			continue
		}
		label := strconv.Itoa(len(d.Items) + 1)
		blk.Kind, blk.Label = "item", label
		blk.Text = blk.Text[len("- "):]
		blk.Start += len("- ")
		b.addItem(i, label, blk.Text, blk.Start)
	}
}

func (b *builder) letteredItems() {
	d := b.d
	for i := range d.Blocks {
		blk := &d.Blocks[i]
		m := letteredItem.FindStringSubmatch(blk.Text)
		if m == nil {
			continue
		}
		want := string(rune('a' + len(d.Items)))
		if m[1] != want {
			b.errorf(blk.Line, "list item (%s) follows (%s): a gap or a disorder in the lettering", m[1], string(rune('a'+len(d.Items)-1)))
			continue
		}
		label := d.List.Paragraph + "(" + m[1] + ")"
		blk.Kind, blk.Label = "item", label
		blk.Text = blk.Text[len(m[0]):]
		blk.Start += len(m[0])
		b.addItem(i, label, blk.Text, blk.Start)
	}
}

// runInItems splits a paragraph that holds a whole list ("we commit to:
// 1. ... 2. ...") into its introduction and one item per number.
func (b *builder) runInItems() {
	d, l := b.d, b.d.List
	at := b.uniqueIn(l.Line, "chapeau", l.Chapeau)
	if at < 0 {
		return
	}
	i := d.blockAt(at)
	if i < 0 || d.Blocks[i].Start != at {
		b.errorf(l.Line, "chapeau %q does not begin a paragraph; declare a break before it", abbreviate(l.Chapeau, 50))
		return
	}
	blk := d.Blocks[i]
	rest := blk.Text[len(l.Chapeau):]
	pos := len(l.Chapeau) // offset in blk.Text
	if !strings.HasPrefix(rest, " 1. ") {
		b.errorf(blk.Line, "the chapeau is not followed by item \"1. \"")
		return
	}
	// starts[k] is the offset in blk.Text of the text of item k+1.
	var starts, ends []int
	cur := pos + len(" 1. ")
	for n := 2; ; n++ {
		marker := " " + strconv.Itoa(n) + ". "
		j := strings.Index(blk.Text[cur:], marker)
		if j < 0 {
			starts, ends = append(starts, cur), append(ends, len(blk.Text))
			break
		}
		starts, ends = append(starts, cur), append(ends, cur+j)
		cur += j + len(marker)
	}
	note := "The copy prints the list as one paragraph; the corpus begins each item at its number."
	items := []block{{Kind: "text", Text: l.Chapeau, Break: blk.Break, Note: blk.Note, Line: blk.Line, Start: blk.Start}}
	for k := range starts {
		text := blk.Text[starts[k]:ends[k]]
		start := blk.Start + starts[k]
		items = append(items, block{Kind: "item", Label: strconv.Itoa(k + 1), Text: text, Break: "inferred", Note: note, Line: d.lineAt(start), Start: start})
	}
	d.Blocks = slices.Replace(d.Blocks, i, i+1, items...)
	for k := range starts {
		nb := &d.Blocks[i+1+k]
		b.addItem(i+1+k, nb.Label, nb.Text, nb.Start)
	}
}

// numberParagraphs takes each text block's number ("7. ...") as its label.
func (b *builder) numberParagraphs() {
	d := b.d
	prev := 0
	for i := range d.Blocks {
		blk := &d.Blocks[i]
		if blk.Kind != "text" {
			continue
		}
		m := numberedPara.FindStringSubmatch(blk.Text)
		if m == nil {
			b.errorf(blk.Line, "paragraph without a number (%q), though the file says \"paragraphs: numbered\"", abbreviate(blk.Text, 40))
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if prev != 0 && n != prev+1 {
			b.errorf(blk.Line, "paragraph %d follows paragraph %d: a gap or a disorder in the numbering", n, prev)
		}
		prev = n
		blk.Label = m[1]
		blk.Text = blk.Text[len(m[0]):]
		blk.Start += len(m[0])
	}
}

// sentenceItem finds a norm stated by the last words of a numbered paragraph.
func (b *builder) sentenceItem() {
	d, l := b.d, b.d.List
	for i, blk := range d.Blocks {
		if blk.Label != l.Paragraph || blk.Kind != "text" {
			continue
		}
		switch n := strings.Count(blk.Text, l.Start); n {
		case 0:
			b.errorf(l.Line, "start %q does not occur in paragraph %s", abbreviate(l.Start, 50), l.Paragraph)
		case 1:
			j := strings.Index(blk.Text, l.Start)
			b.addItem(i, l.Paragraph, blk.Text[j:], blk.Start+j)
		default:
			b.errorf(l.Line, "start %q occurs %d times in paragraph %s; quote enough words to make it unique", abbreviate(l.Start, 50), n, l.Paragraph)
		}
		return
	}
	b.errorf(l.Line, "no paragraph numbered %q holds the list's sentence", l.Paragraph)
}

// applyItemDecls attaches each "item:" entry to the item it labels.
func (b *builder) applyItemDecls() {
	d := b.d
	for _, decl := range d.List.Items {
		k := slices.IndexFunc(d.Items, func(it item) bool { return it.Label == decl.Label })
		if k < 0 {
			labels := make([]string, len(d.Items))
			for j, it := range d.Items {
				labels[j] = it.Label
			}
			b.errorf(decl.Line, "no list item is labelled %q; the labels are %s", decl.Label, strings.Join(labels, ", "))
			continue
		}
		it := &d.Items[k]
		it.Title, it.Restates, it.DeclLine = decl.Title, decl.Restates, decl.Line
		it.TakesUp, it.Shared, it.Differs = decl.TakesUp, decl.Shared, decl.Differs
	}
}

// locateLinks finds the paragraph each link's "at:" words are in.
func (b *builder) locateLinks() {
	d := b.d
	for i := range d.Links {
		ln := &d.Links[i]
		if ln.At == "" {
			continue
		}
		var found []int
		for j, blk := range d.Blocks {
			if strings.Contains(blk.Text, ln.At) {
				found = append(found, j+1)
			}
		}
		switch len(found) {
		case 0:
			b.errorf(ln.Line, "link: %q does not occur within one paragraph of the text", abbreviate(ln.At, 50))
		case 1:
			ln.Paragraph = found[0]
		default:
			b.errorf(ln.Line, "link: %q occurs in %d paragraphs; quote enough words to locate one", abbreviate(ln.At, 50), len(found))
		}
	}
}

// mapKeys returns a map's keys, sorted.
func mapKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// sortedAttrs iterates over attribute specs in name order.
func sortedAttrs(m map[string]bool) func(yield func(string, bool) bool) {
	return func(yield func(string, bool) bool) {
		for _, k := range mapKeys(m) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

// suggest returns "; did you mean X?" for the known name closest to s.
func suggest(s string, known []string) string {
	best, bestDist := "", 3
	for _, k := range known {
		if dist := words.Distance(s, k); dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best == "" {
		return ""
	}
	return "; did you mean " + strconv.Quote(best) + "?"
}
