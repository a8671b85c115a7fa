package norms_test

import (
	"fmt"
	"reflect"
)

// cmpDiff stands in for go-cmp's cmp.Diff, so that the runtime module
// requires nothing: "" when want and got are deeply equal, otherwise both
// values, want first.
func cmpDiff(want, got any) string {
	if reflect.DeepEqual(want, got) {
		return ""
	}
	return fmt.Sprintf("-want %+v\n+got  %+v", want, got)
}
