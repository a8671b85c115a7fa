module example.com/sample

go 1.26

require github.com/cybernorms/cybernorms v0.0.0

replace github.com/cybernorms/cybernorms => ../../../../..
