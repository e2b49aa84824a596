package main

import (
	"bytes"
	"fmt"
	"io"
	"log"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/pdf"
)

// Example_library is the README's library snippet, with the built-in
// example for plan.yaml and io.Discard for the PDF file, so it runs.
func Example_library() {
	f := bytes.NewReader(examples.BodoYAML) // os.Open("plan.yaml") in the README
	var out io.Writer = io.Discard          // os.Create(doc.FileName + ".pdf")

	plan, err := prosessplan.Decode(f, "plan.yaml")
	if err != nil {
		log.Fatal(err) // every problem in the file, each with line and column
	}
	sched, problems := prosessplan.CheckPlan(plan)
	for _, p := range problems {
		fmt.Println(p.Format(prosessplan.Bokmal))
	}
	if problems.HasErrors() {
		return
	}
	doc := render.Build(sched, render.Options{})
	if err := pdf.Write(out, doc); err != nil {
		log.Fatal(err)
	}
	fmt.Println(doc.FileName + ".pdf")
	// Output:
	// prosessplan-for-rullering-av-boligpolitisk-handlingsplan-boligplan-2018-2021.pdf
}
