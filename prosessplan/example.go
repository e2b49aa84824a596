package prosessplan

// Example returns the built-in example: Bodø kommune's process plan for
// revising its boligpolitisk handlingsplan into Boligplan 2018–2021.
// Details no source gives are illustrative and marked as such in the file.
func Example() *Plan { panic("TODO") }
