package main

import (
	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// builtin returns the built-in example plan: Bodø kommune's Boligplan 2018–2021.
func builtin() (*prosessplan.Plan, error) {
	return examples.Bodo(), nil
}
