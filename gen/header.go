package main

import (
	"errors"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cybernorms/cybernorms/internal/kinds"
)

// The header schema: the keys and attributes a header may give, the values
// each may take, and how each entry fills the document's metadata.
// data/README.md documents them.

type keySpec struct {
	required bool
	repeat   bool
	attrs    map[string]bool // attribute name -> required
}

var schema = map[string]keySpec{
	"id":             {required: true},
	"lang":           {},
	"title":          {attrs: observed},
	"description":    {},
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
	"url":            {attrs: map[string]bool{"observed": false, "unverified": false}},
	"publisher":      {},
	"read-from":      {},
	"excerpt":        {},
	"editorial-note": {},
	"paragraphs":     {attrs: map[string]bool{"labels": false, "labels-why": false}},
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
		"title": false, "restates": false, "takes-up": false, "shared": false, "differs": false, "theme": false,
	}},
	"link": {repeat: true, attrs: map[string]bool{"at": false, "basis": false, "note": false, "unverified": false}},
	"partial-list": {attrs: map[string]bool{
		"count": true, "marker": true, "unit": false, "labels-why": false,
	}},
}

// observed is the attribute of a fact entry that says where the fact was
// observed (a page, with the words seen there, as the source records it).
var observed = map[string]bool{"observed": false}

// versionKeys are the keys a language version (<id>.<lang>.txt) may not
// give: they belong to the document, which its primary file describes.
var versionKeys = []string{"kind", "alias", "editorial-note", "link"}

var (
	docKinds       = kinds.DocKeywords()
	extents        = []string{"full", "excerpt", "metadata-only"}
	listKinds      = kinds.ListKeywords()
	listStyles     = []string{"dash", "bullet", "lettered", "run-in", "sentence", "paragraph"}
	breakKinds     = []string{"published", "inferred"}
	labelKinds     = []string{"printed", "inferred"}
	paraLabelKinds = []string{"printed", "reported"}
	rels           = []string{"restates", "recalls", "reaffirms", "endorses", "builds-on", "cites"}
)

// header checks the entries against the schema and fills the document's
// metadata, then checks what the entries say together: the required keys,
// the file name, the facts, the extent.
func (b *builder) header() {
	for i := range b.f.Entries {
		e := &b.f.Entries[i]
		if b.checkEntry(e) {
			b.entry(e)
		}
	}
	b.checkRequired()
	if len(*b.errs) > 0 {
		return
	}
	d := b.d
	if d.Lang == "" {
		d.Lang = "en"
	}
	// The file is named for the document's ID, and a version's for its
	// language too.
	want := "data/" + d.ID + ".txt"
	if d.Version {
		want = "data/" + d.ID + "." + d.Lang + ".txt"
	}
	switch {
	case b.f.Path == want:
	case d.Version:
		b.errorf(d.keyLines["id"], "id %q and lang %q do not match the file name of a language version: the file must be %s", d.ID, d.Lang, want)
	default:
		b.errorf(d.keyLines["id"], "id %q does not match the file name: the file must be %s", d.ID, want)
	}
	b.checkFacts()
	// An excerpt says what it holds; a metadata-only document declares
	// nothing about a text.
	if d.Extent == "excerpt" && d.Excerpt == "" {
		b.errorf(d.keyLines["extent"], "an excerpt needs an \"excerpt:\" entry saying what it holds, of what")
	}
	if d.Extent != "excerpt" && d.Excerpt != "" {
		b.errorf(d.keyLines["excerpt"], "\"excerpt:\" is for documents of extent excerpt, not %s", d.Extent)
	}
	if d.Extent == "metadata-only" {
		for _, e := range b.f.Entries {
			switch e.Key {
			case "heading", "break", "correction", "list", "item", "paragraphs", "omitted", "cross-check", "partial-list":
				b.errorf(e.Line, "%q describes a text, and a metadata-only document has none", e.Key)
			}
		}
	}
	b.checkPartial() // partial.go
	if d.List == nil {
		for _, e := range b.f.Entries {
			if e.Key == "item" {
				b.errorf(e.Line, "\"item:\" entries need a \"list:\" entry")
				break
			}
		}
	}
}

// checkEntry checks an entry against the schema, records where its key is
// first given (keyLines), and records where the fact was observed. It
// reports whether the entry is to be recorded.
func (b *builder) checkEntry(e *entry) bool {
	d := b.d
	spec, ok := schema[e.Key]
	if !ok {
		b.errorf(e.Line, "unknown key %q%s", e.Key, suggest(e.Key, mapKeys(schema)))
		return false
	}
	if first, dup := d.keyLines[e.Key]; dup && !spec.repeat {
		b.errorf(e.Line, "%q given twice (first at line %d)", e.Key, first)
		return false
	} else if !dup {
		d.keyLines[e.Key] = e.Line
	}
	if e.Value == "" {
		b.errorf(e.Line, "%q has an empty value", e.Key)
		return false
	}
	if d.Version && slices.Contains(versionKeys, e.Key) {
		b.errorf(e.Line, "%q belongs to the document, not to one language version: give it in data/%s.txt", e.Key, strings.TrimSuffix(strings.TrimSuffix(path.Base(b.f.Path), ".txt"), "."+b.fileLang))
		return false
	}
	if where, ok := e.attr("observed"); ok {
		d.Observed = append(d.Observed, observation{Key: e.Key, Value: e.Value, Where: where.Value, Line: where.Line})
	}
	for _, a := range e.Attrs {
		if _, ok := spec.attrs[a.Key]; !ok {
			b.errorf(a.Line, "unknown attribute %q of %q%s", a.Key, e.Key, suggest(a.Key, mapKeys(spec.attrs)))
		}
	}
	for _, name := range mapKeys(spec.attrs) {
		if _, ok := e.attr(name); spec.attrs[name] && !ok {
			b.errorf(e.Line, "%q needs an indented %q attribute", e.Key, name+":")
		}
	}
	return true
}

// checkRequired reports the required keys the header lacks. A language
// version takes its kind and short name from its primary, and names its
// language.
func (b *builder) checkRequired() {
	d := b.d
	for _, k := range mapKeys(schema) {
		if _, ok := d.keyLines[k]; !ok && schema[k].required && !(d.Version && (k == "kind" || k == "short")) {
			b.errorf(b.f.HeaderEnd, "missing required key %q: add a \"%s:\" line to the header, which ends here", k, k)
		}
	}
	_, title := d.keyLines["title"]
	_, desc := d.keyLines["description"]
	switch {
	case !title && !desc:
		// A document with no published title gives "description:"
		// instead (data/README.md).
		b.errorf(b.f.HeaderEnd, "missing required key \"title\": add a \"title:\" line to the header, which ends here")
	case title && desc:
		b.errorf(d.keyLines["description"], "\"description:\" is for a document with no published title, and this one gives \"title:\" (line %d)", d.keyLines["title"])
	}
	if d.Version {
		if _, ok := d.keyLines["lang"]; !ok {
			b.errorf(b.f.HeaderEnd, "missing key \"lang:\": a language version %s names its language tag (%q) in the header too, which ends here", b.f.Path, b.fileLang)
		}
	}
}

// entry records one header entry in the document: a value kept as given, a
// date, or a value with rules of its own.
func (b *builder) entry(e *entry) {
	d := b.d
	v := e.Value
	plain := map[string]*string{"title": &d.Title, "description": &d.Description, "short": &d.Short, "body": &d.Body,
		"meeting": &d.Meeting, "place": &d.Place, "symbol": &d.Symbol, "series": &d.Series, "session": &d.Session,
		"agenda": &d.Agenda, "author-note": &d.AuthorNote, "publisher": &d.Publisher, "read-from": &d.ReadFrom,
		"excerpt": &d.Excerpt, "editorial-note": &d.EditorialNote}
	dates := map[string]*date{"date": &d.Date, "distributed": &d.Distributed, "reissued": &d.Reissued,
		"opened": &d.Opened, "in-force": &d.InForce}
	if p := plain[e.Key]; p != nil {
		*p = v
		return
	}
	if p := dates[e.Key]; p != nil {
		dt, err := parseDate(v)
		switch {
		case err != nil && e.Key == "date":
			b.errorf(e.Line, "%v", err)
		case err != nil:
			b.errorf(e.Line, "%s: %v", e.Key, err)
		}
		*p = dt
		return
	}
	switch e.Key {
	case "id": // checkEntries refused any but an exported Go identifier
		d.ID = v
	case "lang":
		if !bcp47.MatchString(v) {
			b.errorf(e.Line, "lang %q is not a BCP 47 language tag such as en, fr, zh-Hans", v)
		}
		d.Lang = v
	case "alias":
		d.Aliases = append(d.Aliases, v)
	case "alt-symbol":
		d.AltSymbols = append(d.AltSymbols, v)
	case "note":
		d.Notes = append(d.Notes, v)
	case "kind":
		d.Kind = b.oneOf(e.Line, "kind", v, docKinds)
	case "extent":
		d.Extent = b.oneOf(e.Line, "extent", v, extents)
	case "number":
		if !seriesNumber.MatchString(v) {
			b.errorf(e.Line, "number %q is not a number in a series, such as 185 or 58/199", v)
		}
		d.Number = v
	case "url":
		if !strings.HasPrefix(v, "https://") && !strings.HasPrefix(v, "http://") {
			b.errorf(e.Line, "url %q does not begin with http:// or https://", v)
		}
		d.URL = v
		d.URLUnverified = b.unverified(e)
	case "paragraphs":
		switch v {
		case "numbered":
			b.numbered = true
		case "unnumbered":
		default:
			b.errorf(e.Line, "paragraphs: %q, want \"numbered\" or \"unnumbered\"", v)
		}
		b.paragraphLabels(e)
	case "omitted":
		why, _ := e.attr("why")
		d.Omitted = append(d.Omitted, omission{Text: v, Why: why.Value, Line: e.Line})
	case "source":
		d.Sources = append(d.Sources, source{Path: v, SHA256: b.sha256Attr(e)})
	case "cross-check":
		ends, _ := e.attr("ends")
		d.CrossChecks = append(d.CrossChecks, crossCheck{Path: v, SHA256: b.sha256Attr(e), Ends: ends.Value, Line: e.Line})
	case "heading":
		b.headings = append(b.headings, *e)
	case "break":
		b.breakEntry(e)
	case "correction":
		b.correction(e)
	case "list":
		b.list(e)
	case "item":
		b.item(e)
	case "link":
		b.link(e)
	case "partial-list":
		b.partialList(e) // partial.go
	}
}

// sha256Attr returns an entry's "sha256:" attribute, which the schema
// requires, checking its form.
func (b *builder) sha256Attr(e *entry) string {
	sum := e.attrOrEntry("sha256")
	if !hexSHA256.MatchString(sum.Value) {
		b.errorf(sum.Line, "sha256 %q is not 64 lower-case hex digits", sum.Value)
	}
	return sum.Value
}

// breakEntry records a "break:" entry, which deriveBlocks applies.
func (b *builder) breakEntry(e *entry) {
	st := e.attrOrEntry("status")
	b.oneOf(st.Line, "status", st.Value, breakKinds)
	why, hasWhy := e.attr("why")
	if st.Value == "inferred" && (!hasWhy || why.Value == "") {
		b.errorf(e.Line, "an inferred break needs a \"why:\" saying why it is placed there")
	}
	b.breaks = append(b.breaks, *e)
}

// correction records a "correction:" entry, which applyCorrections applies.
func (b *builder) correction(e *entry) {
	from := e.attrOrEntry("from")
	to := e.attrOrEntry("to")
	if from.Value == "" {
		b.errorf(from.Line, "\"from:\" is empty: quote the source text the correction replaces")
	}
	if from.Value == to.Value {
		b.errorf(to.Line, "\"to:\" is the same as \"from:\": the correction changes nothing")
	}
	b.d.Corrections = append(b.d.Corrections, correction{From: from.Value, To: to.Value, Reason: e.Value, Line: e.Line, ToLine: to.Line})
}

// item records an "item:" entry, which applyItemDecls attaches to the item
// it labels.
func (b *builder) item(e *entry) {
	d, v := b.d, e.Value
	if d.List == nil {
		return // reported once, after the header
	}
	for _, it := range d.List.Items {
		if it.Label == v {
			b.errorf(e.Line, "item %q described twice (first at line %d)", v, it.Line)
			return
		}
	}
	get := func(name string) string { return e.attrOrEntry(name).Value }
	decl := itemDecl{Label: v, Title: get("title"), Restates: get("restates"), TakesUp: get("takes-up"), Shared: get("shared"), Differs: get("differs"), Line: e.Line}
	decl.Themes = b.themeDecls(e) // themes.go
	switch {
	case decl.TakesUp != "" && decl.Restates != "":
		b.errorf(e.Line, "item %s both restates and takes up a norm: an item restating a norm word for word takes up all its words", v)
	case decl.TakesUp != "" && (decl.Shared == "" || decl.Differs == ""):
		b.errorf(e.Line, "item %s takes up %s: say which words the two share (\"shared:\") and how they differ (\"differs:\")", v, decl.TakesUp)
	case decl.TakesUp == "" && (decl.Shared != "" || decl.Differs != ""):
		b.errorf(e.Line, "item %s: \"shared:\" and \"differs:\" describe a \"takes-up:\" norm, and none is given", v)
	}
	d.List.Items = append(d.List.Items, decl)
}

// link records a "link:" entry; locateLinks finds the paragraph its "at:"
// words are in.
func (b *builder) link(e *entry) {
	v := e.Value
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
	b.d.Links = append(b.d.Links, link{Rel: rel, Target: target, At: at.Value, Basis: basis.Value, Note: note.Value, Unverified: b.unverified(e), Line: e.Line})
}

// unverified returns an entry's "unverified:" attribute: why the fact or
// link it marks was not observed on any page, or "".
func (b *builder) unverified(e *entry) string {
	a, ok := e.attr("unverified")
	if ok && a.Value == "" {
		b.errorf(a.Line, "\"unverified:\" needs a value: why no page shows it")
	}
	if _, seen := e.attr("observed"); ok && seen {
		b.errorf(a.Line, "%q is marked unverified and says where it was observed: give one or the other", e.Key)
	}
	return a.Value
}

// paragraphLabels records how the numbers of numbered paragraphs are known:
// the "labels:" and "labels-why:" attributes of "paragraphs:".
func (b *builder) paragraphLabels(e *entry) {
	d := b.d
	d.ParaLabels = "printed"
	a, ok := e.attr("labels")
	why, _ := e.attr("labels-why")
	if ok {
		d.ParaLabels = b.oneOf(a.Line, "labels", a.Value, paraLabelKinds)
	}
	d.ParaLabelsWhy = why.Value
	switch {
	case ok && e.Value != "numbered":
		b.errorf(a.Line, "\"labels:\" says how paragraph numbers are known, and these paragraphs are %s", e.Value)
	case d.ParaLabels == "reported" && d.ParaLabelsWhy == "":
		b.errorf(e.Line, "reported paragraph numbers need \"labels-why:\" saying where they are known from")
	case d.ParaLabels != "reported" && d.ParaLabelsWhy != "":
		b.errorf(e.Line, "\"labels-why:\" explains paragraph numbers not seen printed; declare \"labels: reported\"")
	}
}

func (b *builder) list(e *entry) {
	l := &list{Kind: b.oneOf(e.Line, "list", e.Value, listKinds), Line: e.Line}
	style := e.attrOrEntry("style")
	l.Style = b.oneOf(style.Line, "style", style.Value, listStyles)
	count := e.attrOrEntry("count")
	n, err := strconv.Atoi(count.Value)
	if err != nil || n < 1 {
		b.errorf(count.Line, "count %q is not a positive whole number", count.Value)
	}
	l.Count = n
	get := func(name string) string { return e.attrOrEntry(name).Value }
	l.Paragraph, l.Chapeau, l.Start, l.Unit = get("paragraph"), get("chapeau"), get("start"), get("unit")
	if l.Unit == "" {
		l.Unit = l.Kind
	}
	l.Labels, l.LabelsWhy = "printed", get("labels-why")
	if a, ok := e.attr("labels"); ok {
		l.Labels = b.oneOf(a.Line, "labels", a.Value, labelKinds)
	}
	unlabelled := l.Style == "bullet" || l.Style == "paragraph"
	switch {
	case unlabelled && l.Labels != "inferred":
		b.errorf(e.Line, "the items of a %s list carry no label: declare \"labels: inferred\", with \"labels-why:\"", l.Style)
	case !unlabelled && l.Labels == "inferred":
		b.errorf(e.Line, "a list of style %s prints its labels; \"labels: inferred\" is for styles bullet and paragraph", l.Style)
	case l.Labels == "inferred" && l.LabelsWhy == "":
		b.errorf(e.Line, "inferred labels need \"labels-why:\" saying how the items are numbered")
	case l.Labels != "inferred" && l.LabelsWhy != "":
		b.errorf(e.Line, "\"labels-why:\" explains inferred labels, and these are printed")
	}
	need := map[string][]string{
		"dash":      nil,
		"bullet":    nil,
		"lettered":  {"paragraph"},
		"run-in":    {"chapeau"},
		"sentence":  {"paragraph", "start"},
		"paragraph": {"start"},
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
	if l.Style == "paragraph" && n != 1 {
		b.errorf(count.Line, "a list of style paragraph is one unlabelled paragraph, a list of one: count %d, want 1", n)
	}
	b.d.List = l
}

func (b *builder) oneOf(line int, what, v string, allowed []string) string {
	if !slices.Contains(allowed, v) {
		b.errorf(line, "unknown %s %q; want one of %s", what, v, strings.Join(allowed, ", "))
	}
	return v
}

// parseDate parses YYYY, YYYY-MM or YYYY-MM-DD.
func parseDate(s string) (date, error) {
	if !dateSyntax.MatchString(s) {
		return date{}, errors.New("date " + strconv.Quote(s) + " is not YYYY, YYYY-MM or YYYY-MM-DD")
	}
	parts := strings.Split(s, "-")
	var nums [3]int
	for i, p := range parts {
		nums[i], _ = strconv.Atoi(p)
	}
	d := date{nums[0], nums[1], nums[2]}
	if len(parts) > 1 && (d.Month < 1 || d.Month > 12) {
		return date{}, errors.New("date " + strconv.Quote(s) + ": no month " + parts[1])
	}
	if len(parts) > 2 && (d.Day < 1 || time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Day() != d.Day) {
		return date{}, errors.New("date " + strconv.Quote(s) + ": no day " + parts[2] + " in that month")
	}
	return d, nil
}

// The forms of header values.
var (
	hexSHA256    = regexp.MustCompile(`^[0-9a-f]{64}$`)
	bcp47        = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|[0-9]{3}))?$`)
	seriesNumber = regexp.MustCompile(`^[1-9][0-9]*(/[1-9][0-9]*)?$`)
	resolutionID = regexp.MustCompile(`^[A-Z]+([1-9][0-9]*)_([1-9][0-9]*)$`)
)

// checkFacts checks the bibliographic facts of the header against one
// another: a number agrees with the symbol and the ID, a series has a
// number, dates of a treaty's life are a treaty's and in order, an
// alternative symbol differs from the symbol.
func (b *builder) checkFacts() {
	d := b.d
	if d.Number != "" {
		if strings.Contains(d.Number, "/") && d.Symbol != "" && !strings.HasSuffix(d.Symbol, "/"+d.Number) {
			b.errorf(d.keyLines["number"], "number %q does not end the symbol %q", d.Number, d.Symbol)
		}
		if m := resolutionID.FindStringSubmatch(d.ID); m != nil && d.Number != m[1]+"/"+m[2] {
			b.errorf(d.keyLines["number"], "number %q does not match the ID %s, which names resolution %s/%s", d.Number, d.ID, m[1], m[2])
		}
	}
	if d.Series != "" && d.Number == "" {
		b.errorf(d.keyLines["series"], "a series needs the document's \"number:\" in it")
	}
	for _, k := range []string{"opened", "in-force"} {
		if _, ok := d.keyLines[k]; ok && !d.Version && d.Kind != "convention" {
			b.errorf(d.keyLines[k], "%q is a fact of a convention, and this document is a %s", k, d.Kind)
		}
	}
	if after(d.Opened, d.InForce) {
		b.errorf(d.keyLines["in-force"], "entry into force %v is before the opening for signature %v", d.InForce, d.Opened)
	}
	if after(d.Date, d.Distributed) {
		b.errorf(d.keyLines["distributed"], "distributed %v is before the document's date %v", d.Distributed, d.Date)
	}
	if after(d.Date, d.Reissued) {
		b.errorf(d.keyLines["reissued"], "reissued %v is before the document's date %v", d.Reissued, d.Date)
	}
	for _, e := range b.f.Entries {
		if e.Key == "alt-symbol" && e.Value == d.Symbol {
			b.errorf(e.Line, "alt-symbol %q repeats the symbol", e.Value)
		}
	}
	if d.AuthorNote != "" && d.Body == "" {
		b.errorf(d.keyLines["author-note"], "\"author-note:\" describes the corporate author, and there is no \"body:\"")
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
