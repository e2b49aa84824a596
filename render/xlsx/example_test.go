package xlsx_test

import (
	"bytes"
	"fmt"
	"log"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render/xlsx"
)

// Write the Bodø example as a workbook. The CLI writes buf to a file.
func ExampleWrite() {
	s, probs := prosessplan.NewSchedule(examples.Bodo())
	if probs.HasErrors() {
		log.Fatal(probs)
	}
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, s); err != nil {
		log.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(f.GetSheetList()[:5])
	// Output: [Framdrift Politisk behandling Organisering Medvirkning Lister]
}

// Write the workbook in nynorsk, whatever the plan's målform, with the
// plan's problems in a Kontroll sheet.
func ExampleWithLanguage() {
	s, probs := prosessplan.NewSchedule(examples.Bodo())
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, s, xlsx.WithLanguage(prosessplan.Nynorsk), xlsx.WithProblems(probs)); err != nil {
		log.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(f.GetSheetList()[1])
	// Output: Politisk handsaming
}

// Read a workbook a planner edited: here the status of activity 1.2 was
// changed in the Framdrift sheet.
func ExampleRead() {
	s, _ := prosessplan.NewSchedule(examples.Bodo())
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, s); err != nil {
		log.Fatal(err)
	}
	f, _ := excelize.OpenReader(&buf)
	_ = f.SetCellStr("Framdrift", "J13", "Pågår") // the planner's edit
	var edited bytes.Buffer
	_, _ = f.WriteTo(&edited)

	plan, changes, err := xlsx.Read(&edited, "boligplan.xlsx")
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range changes {
		fmt.Println(c)
	}
	fmt.Println(plan.Activity("1.2").Status)
	// Output:
	// Framdrift!J13: 1.2 Prosjektgruppa starter opp: Status endret fra «Ferdig» til «Pågår»
	// pågår
}
