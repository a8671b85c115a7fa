// Package legacy stands for a package of the corpus that deprecates some of
// its identifiers; the test adds its path to -corpus.
package legacy

// Old is a function on its way out.
//
// Deprecated: use New, which returns the norm's ID.
func Old() string { return "" }

// New replaces Old.
func New() string { return "" }

// Kept is not deprecated.
const Kept = 1

const (
	// Gone was a constant.
	//
	// Deprecated: IDs are never renamed; use Kept.
	Gone = 2
)

// Deprecated: Ancient is deprecated in a one-paragraph doc comment.
var Ancient int

// T is a type with a deprecated field and method.
type T struct {
	// Field is deprecated.
	//
	// Deprecated: use Other.
	Field int
	Other int
}

// M is deprecated.
//
// Deprecated: use N.
func (T) M() {}

// N replaces M.
func (T) N() {}

// Older is a deprecated type.
//
// Deprecated: use T.
type Older struct{}
