package main

import (
	"errors"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// builtin returns the built-in example plan.
func builtin() (*prosessplan.Plan, error) {
	return nil, errors.New("the built-in example is not in this build yet")
}
