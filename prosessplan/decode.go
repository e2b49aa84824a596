package prosessplan

import "io"

// Decode reads a plan file in YAML or JSON from r. name is the file name
// used in positions and messages. Every problem found is reported, not only
// the first; the error is then of type Problems.
func Decode(r io.Reader, name string) (*Plan, error) { panic("TODO") }

// Encode writes p as a YAML plan file that Decode reads back to the same plan.
func Encode(w io.Writer, p *Plan) error { panic("TODO") }
