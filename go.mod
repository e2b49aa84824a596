module github.com/prosessplan/go-prosessplan

go 1.26
