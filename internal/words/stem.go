package words

// Stem returns the stem of a folded word, for matching a description with
// the words of a norm: the inflections and derivations of one English word
// share it ("protect", "protecting", "protection" and "protective" are
// "protect"; "share", "sharing" and "shared" are "shar"). It is a light
// suffix stripper, not a dictionary: it only needs to map the forms a
// description and a text use to one key, and the generator and the parser
// call the same function. Words of three letters or fewer are their own
// stem.
func Stem(w string) string {
	for _, suf := range suffixes {
		if len(w) >= len(suf)+4 && w[len(w)-len(suf):] == suf {
			w = w[:len(w)-len(suf)]
			if suf == "ies" || suf == "ied" {
				w += "y"
			}
			return w
		}
	}
	return w
}

// suffixes are the endings Stem strips: the first that fits, once, where
// at least four letters remain.
var suffixes = [...]string{
	"ational", "ations", "ation", "atives", "ative", "ating", "ities", "ity",
	"ments", "ment", "ings", "ing", "ions", "ion", "ives", "ive",
	"ates", "ated", "ate", "ies", "ied", "ed", "es", "s", "e", "al", "ly",
}
