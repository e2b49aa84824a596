package main

import (
	"fmt"
	"io"
)

func runNew(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "prosessplan new: not in this build yet")
	return exitFail
}
