package declarations

import "github.com/cybernorms/cybernorms/internal/cite"

// VersionID returns the document's ID with the language of its version,
// for a version other than the one the package's variable holds:
// "ParisCall2018.fr" for the French Paris Call, "ParisCall2018" for the
// English. [Parse] and [Declaration.UnmarshalText] read it back to the same
// version; [Declaration.ID], which every version shares, names the
// document whatever the language.
func (d Declaration) VersionID() string {
	if d.d == nil {
		return ""
	}
	if primary := lookup(d.d.id); primary == nil || primary == d.d {
		return d.d.id
	}
	return cite.VersionID(d.d.id, d.d.lang)
}

// byVersionID returns the document version whose versioned ID is text
// ("ParisCall2018.fr"), or nil.
func byVersionID(text []byte) *document {
	if len(text) > maxVersionID {
		return nil // no versioned ID is so long: refused by the caller at once
	}
	base, lang, ok := cite.SplitVersion(string(text))
	if !ok {
		return nil
	}
	if v, ok := (Declaration{lookup(base)}).In(lang); ok && lookup(base) != nil {
		return v.d
	}
	return nil
}

// maxVersionID is more than the length of any versioned ID: a document's
// ID, a language tag and a local ID.
const maxVersionID = 128
