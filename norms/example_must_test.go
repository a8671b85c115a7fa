package norms_test

import (
	"errors"
	"fmt"

	"github.com/cybernorms/cybernorms/norms"
)

// A citation written as a constant in the program: MustParse panics, with
// the parse error, when it names no norm (normvet reports it at vet time).
func ExampleMustParse() {
	supplyChain := norms.MustParse("UN GGE 2015 norm 13(i)")
	fmt.Printf("%s: %.52s ...\n", supplyChain.ID(), supplyChain.Text())

	defer func() {
		err, _ := recover().(error)
		var perr *norms.ParseError
		fmt.Println(errors.As(err, &perr), perr.Msg)
	}()
	norms.MustParse("UN GGE 2015 norm 13(l)")
	// Output:
	// UNGGE2015/13i: States should take reasonable steps to ensure the in ...
	// true UN GGE 2015 has no norm 13(l); its norms are 13(a) to 13(k)
}
