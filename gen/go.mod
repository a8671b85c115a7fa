module github.com/cybernorms/cybernorms/gen

go 1.26.0

require (
	github.com/cybernorms/cybernorms v0.0.0
	github.com/dave/jennifer v1.7.1
	github.com/google/go-cmp v0.7.0
)

replace github.com/cybernorms/cybernorms => ../
