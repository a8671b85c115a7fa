// Package prose holds citations in comments and strings, good and bad.
package prose

// Bad citations, each reported with the closest that resolves.

// See UN GGE norm 13(l). // want `"UN.GGE.norm.13.l.".*UN.GGE.2015.has.no.norm.13.l.;.its.norms.are.13.a..to.13.k..*UN.GGE.2015,.norm.13.k.`
func a() {}

// As Lucca 2017 item 13 says. // want `"Lucca.2017.item.13".*G7.Lucca.2017.has.no.norm.13;.its.norms.are.1.to.12.*G7.Lucca.2017,.norm.12`
func b() {}

// We follow the Luca Declaration, norm 6. // want `"Luca.Declaration,.norm.6".*.Luca..is.not.part.of.any.citation.of.the.corpus.*G7.Lucca.2017,.norm.6`
func c() {}

/* Recorded as UNGGE2015/13l in the database. */ // want `"UNGGE2015.13l".*UN.GGE.2015.has.no.item..13l.`
func d()                                         {}

// Tagged A/70/174, para. 13(z). // want `"A/70/174,.para..13.z."`
func e() {}

// The norm 13(q) applies. // want `"norm.13.q."`
func f() {}

const tag = "cites Dinard commitment 5" // want `"Dinard.commitment.5".*G7.Dinard.2019.has.no.commitment.5;.its.commitments.are.1.to.4.*G7.Dinard.2019,.commitment.4`

var raw = `see G20 Antalya 2015, para. 27` // want `"G20.Antalya.2015,.para..27"`

var escaped = "\tUN GGE 2015 norm 13(m)" // want `"UN.GGE.2015.norm.13.m."`

// Good citations are not reported: UN GGE 2015, norm 13(f); the Lucca
// Declaration, norm 6; A/70/174 ¶ 13(b); Dinard commitment 2; Paris 2019
// commitment 12; G20 Antalya 2015 para. 26; UNGGE2015/13k; GGE norm (f);
// norm 13(c) and norm 13(d); UN GGE 2015 norms 13(a) to 13(k).
var good = []string{
	"UN GGE 2015 norm 13(f)",
	"Lucca2017/6",
	"G7 Lucca 2017 item 6",
}

// Prose that is not a citation is never reported: SEC Form 13(f), a 13F
// filing, Section 13(f) of the Act, item 13 of the list, the G7 commitment
// 5, the Paris 2024 item 3, RFC 2119 section 5, norm 5 of the vector, the UN
// Charter, Article 51, 13 items in 2015, "Paris, France: 13 people".
var notCitations = "Form 13(f) and section 13(f); norm (a) of x; the 2017 report, para. 99"
