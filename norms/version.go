package norms

import "github.com/cybernorms/cybernorms/internal/cite"

// VersionID returns the norm's ID with the language of its version, for a
// version other than the one its list's variable holds: "ParisCall2018.fr/2"
// for principle 2 of the French Paris Call, "ParisCall2018/2" for the
// English, "UNGGE2015/13f" for a norm held in one language. [Parse] and
// [Norm.UnmarshalText] read it back to the same version; [Norm.ID], which
// every version shares, names the norm whatever the language.
func (n Norm) VersionID() string {
	if n.n == nil {
		return ""
	}
	if primary := lookup(n.n.id); primary == nil || primary == n.n {
		return n.n.id
	}
	return cite.VersionID(n.n.id, n.n.lang)
}

// byVersionID returns the norm version whose versioned ID is text
// ("ParisCall2018.fr/2"), or nil.
func byVersionID(text []byte) *norm {
	if len(text) > maxVersionID {
		return nil // no versioned ID is so long: refused by the caller at once
	}
	base, lang, ok := cite.SplitVersion(string(text))
	if !ok {
		return nil
	}
	if n := lookup(base); n != nil {
		if v, ok := (Norm{n}).In(lang); ok {
			return v.n
		}
	}
	return nil
}

// maxVersionID is more than the length of any versioned ID: a document's
// ID, a language tag and a local ID.
const maxVersionID = 128
