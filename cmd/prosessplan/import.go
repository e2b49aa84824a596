package main

import (
	"fmt"
	"io"
)

func runImport(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "prosessplan import: not in this build yet")
	return exitFail
}
