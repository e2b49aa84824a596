// Package examples holds the built-in example plans: plan files that show
// the format at its fullest and that the CLI renders when no plan is given.
package examples

import (
	"bytes"
	"embed"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// BodoYAML is the plan file bodo.yaml: Bodø kommune's process plan for the
// revision of its housing policy action plan into Boligplan 2018–2021
// (2017), the model case of the library. Facts the sources do not give are
// filled in plausibly and marked "# illustrativt" in the file.
//
//go:embed bodo.yaml
var BodoYAML []byte

// Bodo returns the Bodø example plan, decoded from [BodoYAML] with the file
// name "bodo.yaml". Each call returns a new Plan the caller may change.
// It panics if the embedded file does not decode, which a test rules out.
func Bodo() *prosessplan.Plan {
	p, err := prosessplan.Decode(bytes.NewReader(BodoYAML), "bodo.yaml")
	if err != nil {
		panic("examples: bodo.yaml does not decode: " + err.Error())
	}
	return p
}

// profileFiles holds the Bodø profile and the logo it names.
//
//go:embed bodo-profile.yaml bodo-logo.png
var profileFiles embed.FS

// BodoProfile returns the illustrative municipal layout of the Bodø
// example: colours, font, a simple generated logo (not the real coat of
// arms) and the chief executive's title of 2017, rådmann. It panics if the
// embedded profile does not read, which a test rules out.
func BodoProfile() render.Profile {
	b, err := profileFiles.ReadFile("bodo-profile.yaml")
	if err == nil {
		var p render.Profile
		if p, err = render.ReadProfile(bytes.NewReader(b), "bodo-profile.yaml", profileFiles); err == nil {
			return p
		}
	}
	panic("examples: bodo-profile.yaml does not read: " + err.Error())
}
