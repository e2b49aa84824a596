// Command import shows the round trip of a plan through Excel: it writes
// the Bodø example as a Gantt workbook, edits the workbook as a planner
// would (the folkemøte moves a week, an activity is marked done), reads it
// back with xlsx.Read, and prints what changed and the new plan file.
//
//	go run ./examples/import -o ut
//
// The editing here is done with excelize; a planner does the same in Excel
// or LibreOffice Calc, and "prosessplan import" reads the workbook back.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render/xlsx"
)

func main() {
	dir := flag.String("o", "", "folder to write into (default: a new temporary folder)")
	flag.Parse()
	if *dir == "" {
		d, err := os.MkdirTemp("", "import-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		*dir = d
	}
	if _, _, err := run(*dir, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "import:", err)
		os.Exit(1)
	}
}

// run does the round trip in dir, printing to out, and returns the plan
// read back and the changes found.
func run(dir string, out io.Writer) (*prosessplan.Plan, []xlsx.Change, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, err
	}
	// 1. The workbook as render writes it.
	s, problems := prosessplan.CheckPlan(examples.Bodo())
	if problems.HasErrors() {
		return nil, nil, problems
	}
	var book bytes.Buffer
	if err := xlsx.Write(&book, s); err != nil {
		return nil, nil, err
	}
	written := filepath.Join(dir, "boligplan.xlsx")
	if err := os.WriteFile(written, book.Bytes(), 0o644); err != nil {
		return nil, nil, err
	}
	fmt.Fprintln(out, "wrote", written)

	// 2. The planner's edits.
	edited := filepath.Join(dir, "boligplan-redigert.xlsx")
	if err := edit(written, edited); err != nil {
		return nil, nil, err
	}
	fmt.Fprintln(out, "edited", edited)

	// 3. Read it back.
	f, err := os.Open(edited)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	plan, changes, err := xlsx.Read(f, filepath.Base(edited))
	if err != nil {
		return nil, nil, err
	}
	fmt.Fprintf(out, "%d changes:\n", len(changes))
	for _, c := range changes {
		fmt.Fprintln(out, "  "+c.String())
	}
	var yaml bytes.Buffer
	if err := prosessplan.Encode(&yaml, plan); err != nil {
		return nil, nil, err
	}
	planFile := filepath.Join(dir, "boligplan.yaml")
	if err := os.WriteFile(planFile, yaml.Bytes(), 0o644); err != nil {
		return nil, nil, err
	}
	fmt.Fprintln(out, "wrote", planFile)
	return plan, changes, nil
}

// edit opens the workbook in, moves the folkemøte (2.3) one week later,
// marks 1.5 as done, and saves the result as out. It finds the columns by
// their titles, as a script of a planner's own would.
func edit(in, out string) error {
	f, err := excelize.OpenFile(in)
	if err != nil {
		return err
	}
	defer f.Close()
	const sheet = "Framdrift"
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return err
	}
	// The column titles of a bokmål workbook, as its header row shows them.
	const colNr, colStart, colEnd, colStatus = "Nr.", "Start", "Slutt", "Status"
	col := map[string]int{} // column title → 1-based column
	row := map[string]int{} // activity number → 1-based row
	for i, r := range rows {
		if len(r) == 0 {
			continue
		}
		if r[0] == colNr && len(col) == 0 {
			for j, title := range r {
				col[title] = j + 1
			}
			continue
		}
		if len(col) > 0 {
			row[r[0]] = i + 1
		}
	}
	cell := func(title, id string) (string, error) {
		c, r := col[title], row[id]
		if c == 0 || r == 0 {
			return "", fmt.Errorf("%s: no column %q or row %q", in, title, id)
		}
		return excelize.CoordinatesToCellName(c, r)
	}

	// The folkemøte moves a week, start and end: dates are serial numbers,
	// days since 1899-12-30.
	for _, title := range []string{colStart, colEnd} {
		ref, err := cell(title, "2.3")
		if err != nil {
			return err
		}
		v, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		if err != nil {
			return err
		}
		serial, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return fmt.Errorf("%s!%s: %q is not a date serial", sheet, ref, v)
		}
		if err := f.SetCellFloat(sheet, ref, serial+7, -1, 64); err != nil {
			return err
		}
	}

	// 1.5 is done: the status as the drop-down offers it.
	status, err := cell(colStatus, "1.5")
	if err != nil {
		return err
	}
	if err := f.SetCellStr(sheet, status, prosessplan.Done.Label(prosessplan.Bokmal)); err != nil {
		return err
	}
	return f.SaveAs(out)
}
