package main

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/internal/textindex"
	"github.com/cybernorms/cybernorms/norms"
)

// TestExportValid checks the output of "export -format json" against the
// embedded schema, and that it holds the whole corpus.
func TestExportValid(t *testing.T) {
	code, out, errOut := runCmd("export", "-format", "json")
	if code != 0 || errOut != "" {
		t.Fatalf("export: status %d, stderr %q", code, errOut)
	}
	var doc any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("export is not valid JSON: %v", err)
	}
	// Our own output names only what the schema names: the strict check.
	v := newValidator(t)
	v.strict = true
	if errs := v.validate(doc); len(errs) > 0 {
		t.Fatalf("export does not match the schema:\n\t%s", strings.Join(errs, "\n\t"))
	}
	if c := doc.(map[string]any); c["module"] != modulePath || c["corpus_digest"] != corpusDigest() || c["module_version"] == "" {
		t.Errorf("export: module %q, module_version %q, corpus_digest %q", c["module"], c["module_version"], c["corpus_digest"])
	}

	var c exportedCorpus
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	var nd, np, nn int
	for d := range declarations.All() {
		e := c.Documents[nd]
		if e.ID != string(d.ID()) || e.Title != d.Title() || len(e.Paragraphs) != d.NumParagraphs() {
			t.Errorf("document %d is %s %q with %d paragraphs, want %s", nd, e.ID, e.Title, len(e.Paragraphs), d.ID())
			continue
		}
		for p := range d.Paragraphs() {
			if q := e.Paragraphs[p.Position()-1]; q.Text != p.Text() || q.Label != p.Label() {
				t.Errorf("%s paragraph %d differs", d.ID(), p.Position())
			}
		}
		nd++
		np += d.NumParagraphs()
	}
	for n := range norms.All() {
		e := c.Norms[nn]
		if e.ID != string(n.ID()) || e.Text != n.Text() || e.Citation != n.String() {
			t.Errorf("norm %d is %s, want %s", nn, e.ID, n.ID())
		}
		nn++
	}
	if nd != len(c.Documents) || nn != len(c.Norms) {
		t.Errorf("export has %d documents and %d norms, the corpus %d and %d", len(c.Documents), len(c.Norms), nd, nn)
	}
	t.Logf("export: %d bytes, %d documents, %d paragraphs, %d norms", len(out), nd, np, nn)
}

// TestValidatorRejects checks that the schema, as the test's validator
// reads it, rejects what it must: so that TestExportValid can fail.
func TestValidatorRejects(t *testing.T) {
	_, out, _ := runCmd("export")
	v := newValidator(t)
	v.strict = true
	tests := []struct {
		name   string
		change func(c map[string]any)
		want   string
	}{
		{"schema version", func(c map[string]any) { c["schema_version"] = 2.0 }, "$.schema_version: 2 is not the constant 1"},
		{"unknown field", func(c map[string]any) { doc(c, 0)["colour"] = "red" }, `$.documents[0]: unknown property "colour"`},
		{"missing title", func(c map[string]any) { delete(doc(c, 0), "title") }, `$.documents[0]: missing required property "title"`},
		{"bad kind", func(c map[string]any) { doc(c, 0)["kind"] = "treaty" }, `$.documents[0].kind: "treaty" is not one of`},
		{"bad date", func(c map[string]any) { doc(c, 0)["date"] = "11 April 2017" }, `$.documents[0].date: "11 April 2017" does not match`},
		{"bad ID", func(c map[string]any) { norm(c, 0)["id"] = "ungge2015/13f" }, `$.norms[0].id: "ungge2015/13f" does not match`},
		{"paragraph 0", func(c map[string]any) {
			c["documents"] = []any{map[string]any{"id": "X", "title": "t", "kind": "report", "provenance": map[string]any{"extent": "full text", "data_file": "f", "sha256": strings.Repeat("0", 64)}, "editorial": map[string]any{"short": "x"}, "links": []any{map[string]any{"rel": "cites", "target": "Y", "paragraph": 0.0}}}}
		}, "$.documents[0].links[0].paragraph: 0 is less than 1"},
		{"number for string", func(c map[string]any) { norm(c, 0)["text"] = 7.0 }, "$.norms[0].text: want string"},
		{"object for array", func(c map[string]any) { c["norms"] = map[string]any{} }, "$.norms: want array"},
		{"fraction", func(c map[string]any) { c["schema_version"] = 1.5 }, "$.schema_version: 1.5 is not the constant 1"},
		{"theme ID", func(c map[string]any) { themes(c)[0].(map[string]any)["id"] = "Critical Infrastructure" }, `$.editorial.themes[0].id: "Critical Infrastructure" does not match`},
		{"theme without words", func(c map[string]any) {
			delete(norm(c, 0)["editorial"].(map[string]any)["themes"].([]any)[0].(map[string]any), "words")
		}, `$.norms[0].editorial.themes[0]: missing required property "words"`},
		{"shared run too short", func(c map[string]any) { shared(c)["words"] = 7.0 }, "$.documents[0].paragraphs[0].shared_wording[0].words: 7 is less than 8"},
		{"shared with no document", func(c map[string]any) { delete(shared(c)["with"].(map[string]any), "document") }, `$.documents[0].paragraphs[0].shared_wording[0].with: missing required property "document"`},
	}
	for _, tt := range tests {
		var c map[string]any
		if err := json.Unmarshal([]byte(out), &c); err != nil {
			t.Fatal(err)
		}
		tt.change(c)
		errs := v.validate(c)
		if !slices.ContainsFunc(errs, func(e string) bool { return strings.HasPrefix(e, tt.want) }) {
			t.Errorf("%s: errors %q, want one beginning %q", tt.name, errs, tt.want)
		}
	}
}

// TestSchemaAcceptsLaterExports checks that a consumer holding the v1
// schema accepts a later v1 export, which may hold fields this one does not
// know, at every level.
func TestSchemaAcceptsLaterExports(t *testing.T) {
	_, out, _ := runCmd("export")
	var c map[string]any
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	c["colour"] = "red"
	doc(c, 0)["colour"] = "red"
	doc(c, 0)["provenance"].(map[string]any)["colour"] = "red"
	doc(c, 0)["editorial"].(map[string]any)["colour"] = "red"
	norm(c, 0)["colour"] = "red"
	norm(c, 0)["editorial"].(map[string]any)["colour"] = "red"
	c["editorial"].(map[string]any)["colour"] = "red"
	themes(c)[0].(map[string]any)["colour"] = "red"
	norm(c, 0)["editorial"].(map[string]any)["themes"].([]any)[0].(map[string]any)["colour"] = "red"
	shared(c)["colour"] = "red"
	shared(c)["with"].(map[string]any)["colour"] = "red"
	for _, d := range c["documents"].([]any) {
		for _, p := range asSlice(d.(map[string]any)["paragraphs"]) {
			p.(map[string]any)["colour"] = "red"
		}
		for _, l := range asSlice(d.(map[string]any)["links"]) {
			l.(map[string]any)["colour"] = "red"
		}
	}
	if errs := newValidator(t).validate(c); len(errs) > 0 {
		t.Errorf("the v1 schema rejects an export with added fields:\n\t%s", strings.Join(errs, "\n\t"))
	}
	if strings.Contains(string(schemaJSON), "additionalProperties") {
		t.Error("the schema restricts additional properties")
	}
}

func doc(c map[string]any, i int) map[string]any { return c["documents"].([]any)[i].(map[string]any) }
func themes(c map[string]any) []any              { return c["editorial"].(map[string]any)["themes"].([]any) }

// shared returns the first shared wording of the first paragraph of the
// first document that has one, after moving that document first.
func shared(c map[string]any) map[string]any {
	docs := c["documents"].([]any)
	for i, d := range docs {
		for _, p := range asSlice(d.(map[string]any)["paragraphs"]) {
			if sw := asSlice(p.(map[string]any)["shared_wording"]); len(sw) > 0 {
				docs[0], docs[i] = docs[i], docs[0]
				d.(map[string]any)["paragraphs"] = []any{p}
				return sw[0].(map[string]any)
			}
		}
	}
	panic("no shared wording in the export")
}
func norm(c map[string]any, i int) map[string]any { return c["norms"].([]any)[i].(map[string]any) }

// TestSchemaDescribesExport checks that the schema and the Go types of the
// export name the same properties, so neither can grow without the other.
func TestSchemaDescribesExport(t *testing.T) {
	v := newValidator(t)
	for _, tt := range []struct {
		def string
		val any
	}{
		{"", exportedCorpus{}},
		{"backlink", exportedBacklink{}},
		{"facts", exportedFacts{}},
		{"document", exportedDocument{}},
		{"provenance", exportedProvenance{}},
		{"paragraph", exportedParagraph{}},
		{"link", exportedLink{}},
		{"norm", exportedNorm{}},
		{"theme", exportedTheme{}},
		{"norm_theme", exportedNormTheme{}},
		{"shared", exportedShared{}},
		{"reference", jsonRef{}},
		{"/editorial", exportedCorpusEditorial{}},
		{"document/editorial", exportedDocEditorial{}},
		{"norm/editorial", exportedNormEditorial{}},
		{"norm/versions[]", exportedNormVersion{}},
	} {
		s := v.root
		// A definition, or a path to an object inside one: "/editorial"
		// (the root's), "norm/versions[]" (the items of the array).
		def, path, _ := strings.Cut(tt.def, "/")
		if def != "" {
			s = v.defs[def].(map[string]any)
		}
		for _, p := range strings.Split(path, "/") {
			if p == "" {
				continue
			}
			name, items := strings.CutSuffix(p, "[]")
			s = s["properties"].(map[string]any)[name].(map[string]any)
			if items {
				s = s["items"].(map[string]any)
			}
		}
		var schemaProps []string
		for k := range s["properties"].(map[string]any) {
			schemaProps = append(schemaProps, k)
		}
		sort.Strings(schemaProps)
		goProps := jsonFields(tt.val)
		if !slices.Equal(schemaProps, goProps) {
			t.Errorf("schema %q has properties %v; the Go type %T has %v", tt.def, schemaProps, tt.val, goProps)
		}
	}
}

// jsonFields returns the sorted JSON names of the fields of the struct v.
func jsonFields(v any) []string {
	var names []string
	t := reflect.TypeOf(v)
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// validator checks a JSON value against the export's schema. It implements
// the JSON Schema 2020-12 keywords the schema uses, and fails the test on
// any other, so that a keyword added to the schema cannot be ignored.
type validator struct {
	root map[string]any
	defs map[string]any
	// strict rejects the properties the schema does not name, as
	// "additionalProperties": false would: our own export must name only
	// what the schema documents, though a consumer's validator accepts more.
	strict bool
}

func newValidator(t *testing.T) *validator {
	t.Helper()
	var root map[string]any
	if err := json.Unmarshal(schemaJSON, &root); err != nil {
		t.Fatalf("the schema is not valid JSON: %v", err)
	}
	v := &validator{root: root, defs: root["$defs"].(map[string]any)}
	if err := v.check(root, "#"); err != nil {
		t.Fatal(err)
	}
	return v
}

var known = map[string]bool{
	"$schema": true, "$id": true, "title": true, "description": true, "$defs": true,
	"type": true, "required": true, "properties": true, "additionalProperties": true,
	"items": true, "$ref": true, "enum": true, "const": true, "pattern": true, "minimum": true,
}

// check verifies that the schema uses only the keywords the validator knows
// and that every $ref resolves.
func (v *validator) check(s map[string]any, at string) error {
	for k, val := range s {
		if !known[k] {
			return fmt.Errorf("schema %s: keyword %q is not implemented by the test's validator", at, k)
		}
		switch k {
		case "$ref":
			if _, ok := v.resolve(val.(string)); !ok {
				return fmt.Errorf("schema %s: $ref %q does not resolve", at, val)
			}
		case "properties", "$defs":
			for name, sub := range val.(map[string]any) {
				if err := v.check(sub.(map[string]any), at+"/"+k+"/"+name); err != nil {
					return err
				}
			}
		case "items":
			if err := v.check(val.(map[string]any), at+"/items"); err != nil {
				return err
			}
		case "pattern":
			if _, err := regexp.Compile(val.(string)); err != nil {
				return fmt.Errorf("schema %s: %v", at, err)
			}
		}
	}
	return nil
}

func (v *validator) resolve(ref string) (map[string]any, bool) {
	name, ok := strings.CutPrefix(ref, "#/$defs/")
	if !ok {
		return nil, false
	}
	s, ok := v.defs[name].(map[string]any)
	return s, ok
}

func (v *validator) validate(val any) []string {
	var errs []string
	v.value(v.root, val, "$", &errs)
	return errs
}

func (v *validator) value(s map[string]any, val any, at string, errs *[]string) {
	fail := func(format string, args ...any) { *errs = append(*errs, at+": "+fmt.Sprintf(format, args...)) }
	if ref, ok := s["$ref"].(string); ok {
		r, _ := v.resolve(ref)
		v.value(r, val, at, errs)
	}
	if typ, ok := s["type"].(string); ok {
		okType := false
		switch typ {
		case "object":
			_, okType = val.(map[string]any)
		case "array":
			_, okType = val.([]any)
		case "string":
			_, okType = val.(string)
		case "integer":
			f, isNum := val.(float64)
			okType = isNum && f == math.Trunc(f)
		case "boolean":
			_, okType = val.(bool)
		default:
			fail("schema type %q not implemented", typ)
			return
		}
		if !okType {
			fail("want %s, have %T", typ, val)
			return
		}
	}
	if c, ok := s["const"]; ok && !jsonEqual(c, val) {
		fail("%v is not the constant %v", val, c)
	}
	if enum, ok := s["enum"].([]any); ok && !slices.ContainsFunc(enum, func(e any) bool { return jsonEqual(e, val) }) {
		fail("%q is not one of %v", val, enum)
	}
	if p, ok := s["pattern"].(string); ok {
		if str, isStr := val.(string); isStr && !regexp.MustCompile(p).MatchString(str) {
			fail("%q does not match %s", str, p)
		}
	}
	if m, ok := s["minimum"].(float64); ok {
		if f, isNum := val.(float64); isNum && f < m {
			fail("%v is less than %v", f, m)
		}
	}
	if obj, ok := val.(map[string]any); ok {
		props, _ := s["properties"].(map[string]any)
		for _, r := range asStrings(s["required"]) {
			if _, ok := obj[r]; !ok {
				fail("missing required property %q", r)
			}
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			sub, ok := props[k].(map[string]any)
			if !ok {
				if s["additionalProperties"] == false || v.strict && props != nil {
					fail("unknown property %q", k)
				}
				continue
			}
			v.value(sub, obj[k], at+"."+k, errs)
		}
	}
	if arr, ok := val.([]any); ok {
		if items, ok := s["items"].(map[string]any); ok {
			for i, e := range arr {
				v.value(items, e, fmt.Sprintf("%s[%d]", at, i), errs)
			}
		}
	}
}

func asStrings(v any) []string {
	var out []string
	for _, e := range asSlice(v) {
		out = append(out, e.(string))
	}
	return out
}

func asSlice(v any) []any { s, _ := v.([]any); return s }

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

// TestExportThemes checks the themes in the JSON export: the vocabulary,
// under the corpus's "editorial", and each norm's themes, under its own,
// with words of the norm that justify each.
func TestExportThemes(t *testing.T) {
	_, out, _ := runCmd("export")
	var c exportedCorpus
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	var want []exportedTheme
	for th := range norms.Themes() {
		want = append(want, exportedTheme{th.ID(), th.Name(), th.Definition()})
	}
	if !slices.Equal(c.Editorial.Themes, want) || len(want) < 12 {
		t.Errorf("editorial.themes: %v\nwant %v", c.Editorial.Themes, want)
	}
	vocabulary := map[string]string{}
	for _, th := range c.Editorial.Themes {
		vocabulary[th.ID] = th.Name
	}
	i := 0
	for n := range norms.All() {
		e := c.Norms[i]
		i++
		var want []exportedNormTheme
		for th := range n.Themes() {
			w, _ := n.ThemeWords(th)
			want = append(want, exportedNormTheme{th.ID(), th.Name(), w})
		}
		if len(e.Editorial.Themes) == 0 || !slices.Equal(e.Editorial.Themes, want) {
			t.Errorf("%s: editorial.themes %v, want %v", e.ID, e.Editorial.Themes, want)
		}
		for _, th := range e.Editorial.Themes {
			if vocabulary[th.ID] != th.Name || th.Words == "" || !strings.Contains(e.Text, th.Words) {
				t.Errorf("%s: theme %v: not in the vocabulary, or its words are not the norm's", e.ID, th)
			}
		}
	}
	// The words of a norm in another language are those of its first.
	code, out, _ := runCmd("show", "-json", "-lang", "fr", "ParisCall2018/7")
	if code != 0 || !strings.Contains(out, `"words": "strengthen an advanced cyber hygiene for all actors"`) {
		t.Errorf("show -json -lang fr ParisCall2018/7: status %d\n%s", code, out)
	}
}

// TestExportSharedWording checks the shared wording in the JSON export
// against the export itself: every run's text is where its offsets say in
// its paragraph, the other passage is where its reference, language and
// offsets say in the other document of the export, both hold the same
// words (folded, as search reads them), and the other paragraph lists the
// run back. Each norm's shared wording is its paragraph's, limited to the
// norm's words, and every restatement is among it.
func TestExportSharedWording(t *testing.T) {
	_, out, _ := runCmd("export")
	var c exportedCorpus
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	type key struct {
		doc, lang string
		pos       int
	}
	paras := map[key]exportedParagraph{}
	for _, d := range c.Documents {
		for _, v := range append([]exportedDocument{d}, d.Versions...) {
			for i, p := range v.Paragraphs {
				paras[key{v.ID, v.Lang, i + 1}] = p
			}
		}
	}
	folded := func(s string) []string {
		var out []string
		for _, w := range textindex.AppendWordsAt(nil, s) {
			out = append(out, w.Folded)
		}
		return out
	}
	runs := 0
	for k, p := range paras {
		for _, s := range p.SharedWording {
			runs++
			at := fmt.Sprintf("%s (%s) paragraph %d, %q", k.doc, k.lang, k.pos, s.Text)
			if s.Start < 0 || s.End > len(p.Text) || s.Start >= s.End || p.Text[s.Start:s.End] != s.Text {
				t.Errorf("%s: [%d:%d] is not the run in the paragraph", at, s.Start, s.End)
				continue
			}
			if w := folded(s.Text); len(w) != s.Words || s.Words < declarations.MinSharedWords {
				t.Errorf("%s: %d words, the run has %d", at, s.Words, len(w))
			}
			o := key{s.With.Document, s.WithLang, s.With.Paragraph}
			other, ok := paras[o]
			if !ok || s.With.Type != "paragraph" || o.doc == k.doc {
				t.Errorf("%s: with %+v (%s), no paragraph of another document of the export", at, s.With, s.WithLang)
				continue
			}
			if s.WithStart < 0 || s.WithEnd > len(other.Text) || s.WithStart >= s.WithEnd || other.Text[s.WithStart:s.WithEnd] != s.WithText {
				t.Errorf("%s: with_text %q is not at [%d:%d] of %v", at, s.WithText, s.WithStart, s.WithEnd, o)
				continue
			}
			if !slices.Equal(folded(s.Text), folded(s.WithText)) {
				t.Errorf("%s: the other passage's words differ: %q", at, s.WithText)
			}
			if s.WithNorm != other.Norm || s.With.Label != other.Label {
				t.Errorf("%s: with_norm %q, label %q; the other paragraph states %q, is labelled %q", at, s.WithNorm, s.With.Label, other.Norm, other.Label)
			}
			back := slices.ContainsFunc(other.SharedWording, func(b exportedShared) bool {
				return b.With.Document == k.doc && b.WithLang == k.lang && b.With.Paragraph == k.pos &&
					b.Start == s.WithStart && b.End == s.WithEnd && b.WithStart == s.Start && b.WithEnd == s.End
			})
			if !back {
				t.Errorf("%s: %v does not list it back", at, o)
			}
		}
	}
	if runs == 0 {
		t.Fatal("no shared wording in the export")
	}

	byID := map[string]exportedNorm{}
	for _, n := range c.Norms {
		byID[n.ID] = n
	}
	for _, n := range c.Norms {
		for _, v := range append([]exportedNormVersion{{Lang: n.Lang, Text: n.Text, SharedWording: n.SharedWording}}, n.Versions...) {
			var para exportedParagraph
			for k, p := range paras {
				if k.doc == n.Document && k.lang == v.Lang && p.Norm == n.ID {
					para = p
				}
			}
			from := strings.Index(para.Text, v.Text)
			if from < 0 {
				t.Errorf("%s (%s): no paragraph of the export states it", n.ID, v.Lang)
				continue
			}
			var want []exportedShared
			for _, s := range para.SharedWording {
				if s.End > from && s.Start < from+len(v.Text) {
					want = append(want, s)
				}
			}
			if !reflect.DeepEqual(v.SharedWording, want) {
				t.Errorf("%s (%s): shared_wording %v, want its paragraph's that overlap it: %v", n.ID, v.Lang, v.SharedWording, want)
			}
		}
		if r, ok := byID[n.Restates]; ok && len(folded(r.Text)) >= declarations.MinSharedWords {
			if !slices.ContainsFunc(n.SharedWording, func(s exportedShared) bool { return s.WithNorm == r.ID }) {
				t.Errorf("%s restates %s, and shares no wording with it", n.ID, r.ID)
			}
		}
	}

	// What the computation must find, as the README says it does: the
	// Toronto report's and the Paris Call's reuse of the Lucca
	// Declaration's words on human rights online.
	for _, k := range []key{{"Toronto2018", "en", 5}, {"ParisCall2018", "en", 4}} {
		found := slices.ContainsFunc(paras[k].SharedWording, func(s exportedShared) bool {
			return s.With.Document == "Lucca2017" && strings.Contains(s.Text, "same rights that people have offline must also be protected online")
		})
		if !found {
			t.Errorf("%v: no shared wording with the Lucca Declaration on human rights online: %v", k, paras[k].SharedWording)
		}
	}
	t.Logf("%d runs of shared wording seen from both sides, %d paragraphs", runs, len(paras))
}
