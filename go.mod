module github.com/cybernorms/cybernorms

go 1.23
