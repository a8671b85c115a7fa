// Package uselegacy uses the deprecated identifiers of package legacy.
package uselegacy

import (
	"example.com/normvettest/legacy"
	"example.com/normvettest/oldpkg" // want `package "example.com/normvettest/oldpkg" is deprecated: use package legacy.`
)

func f() {
	_ = legacy.Old() // want `legacy.Old is deprecated: use New, which returns the norm's ID.`
	_ = legacy.New()
	_ = legacy.Kept
	_ = legacy.Gone    // want `legacy.Gone is deprecated: IDs are never renamed; use Kept.`
	_ = legacy.Ancient // want `legacy.Ancient is deprecated: Ancient is deprecated in a one-paragraph doc comment.`
	var t legacy.T
	_ = t.Field // want `legacy.T.Field is deprecated: use Other.`
	_ = t.Other
	t.M() // want `legacy.T.M is deprecated: use N.`
	t.N()
	_ = legacy.Older{} // want `legacy.Older is deprecated: use T.`
	_ = oldpkg.X
}
