package xlsx

import (
	"bytes"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
)

// fuzzBook is the workbook FuzzReadEdited edits: made once, since every
// input starts from it.
var fuzzBook = sync.OnceValues(func() ([]byte, error) {
	s, probs := prosessplan.NewSchedule(plantest.Generate(4))
	if probs.HasErrors() {
		return nil, probs
	}
	var b bytes.Buffer
	err := Write(&b, s)
	return b.Bytes(), err
})

// FuzzReadEdited fuzzes Read the way FuzzDecode fuzzes plans, but with
// the edits a planner (or a script) makes: any text or formula in any cell
// of the Framdrift sheet or of the hidden sheet, on a workbook that is
// otherwise whole, so the fuzzer reaches the cell readers instead of
// stopping at the zip layer as FuzzRead mostly does. What comes back is
// either a plan that writes to a plan file the decoder reads again (what
// import does), or problems in all three languages naming the workbook,
// never the hidden sheet's own positions or raw control characters.
func FuzzReadEdited(f *testing.F) {
	for _, seed := range []struct {
		hidden  bool
		row     uint8
		col     uint8
		value   string
		formula bool
	}{
		// Row 12 is activity 1.1; columns C (2), H (7) and I (8) are
		// Aktivitet, Start and Slutt; row 10 is the header row.
		{false, 11, 7, "02.03.2026", false},
		{false, 11, 8, "31.02.2026", false},
		{false, 11, 2, "Møte med grunneiere", false},
		{false, 11, 7, "DATE(2017,3,1)", true},
		{false, 11, 2, `"Møte "&"nå"`, true},
		{false, 12, 2, "", false},
		{false, 11, 0, "9.9", false},
		{false, 11, 2, "Plan\x1b]0;x\a", false},
		{false, 9, 2, "Oppgave", false},
		{false, 30, 2, "Ny rad", false},
		{true, 1, 0, "tittel: [\n", false}, // the stored plan
		{true, 1, 1, "\"x\"y,", false},     // the stored rows
	} {
		f.Add(seed.hidden, seed.row, seed.col, seed.value, seed.formula)
	}
	f.Fuzz(func(t *testing.T, hidden bool, row, col uint8, value string, formula bool) {
		book, err := fuzzBook()
		if err != nil {
			t.Fatal(err)
		}
		wb, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		sheet := "Framdrift"
		if hidden {
			sheet = "prosessplan"
		}
		cell, err := excelize.CoordinatesToCellName(int(col%20)+1, int(row%48)+1)
		if err != nil {
			t.Fatal(err)
		}
		if formula {
			err = wb.SetCellFormula(sheet, cell, value)
		} else {
			err = wb.SetCellStr(sheet, cell, value)
		}
		if err != nil {
			// excelize refuses the edit (a value over 32,767
			// characters, say): Excel could not have saved it either.
			return
		}
		var edited bytes.Buffer
		if _, err := wb.WriteTo(&edited); err != nil {
			return
		}

		p, _, err := Read(bytes.NewReader(edited.Bytes()), "fuzz.xlsx")
		if err != nil {
			checkReadError(t, err)
			return
		}
		if p == nil {
			t.Fatal("no plan and no error")
		}
		var plan bytes.Buffer
		if err := prosessplan.Encode(&plan, p); err != nil {
			t.Fatalf("the plan read from %s!%s = %q does not encode: %v", sheet, cell, value, err)
		}
		if _, err := prosessplan.Decode(bytes.NewReader(plan.Bytes()), "import.yaml"); err != nil {
			t.Fatalf("%s!%s = %q (formula %v): the plan import writes is not read back: %v", sheet, cell, value, formula, err)
		}
	})
}

// checkReadError fails t unless err names the workbook and is worded
// for a planner: problems in all three languages, without the hidden
// sheet's own positions or raw control characters, or the error of a
// file that is not a workbook from prosessplan. Read also returns plain
// errors in the plan's language (a missing header row, say); those must
// at least name the workbook and not be the spreadsheet reader's crash.
func checkReadError(t *testing.T, err error) {
	t.Helper()
	if errors.Is(err, ErrNotProsessplan) {
		return
	}
	var ps prosessplan.Problems
	if !errors.As(err, &ps) {
		if msg := err.Error(); !strings.HasPrefix(msg, "fuzz.xlsx: ") || strings.Contains(msg, "reader failed") {
			t.Fatalf("error %q", msg)
		}
		return
	}
	if len(ps) == 0 {
		t.Fatal("empty Problems")
	}
	for _, p := range ps {
		for _, l := range []prosessplan.Language{prosessplan.Bokmal, prosessplan.Nynorsk, prosessplan.English} {
			m := p.Message(l)
			if m == "" {
				t.Fatalf("problem %s without %s text", p.Code, l)
			}
			if strings.Contains(m, "#prosessplan") || strings.ContainsAny(m, "\x1b\a") {
				t.Fatalf("%s message %q", l, m)
			}
		}
		if p.Pos.File != "fuzz.xlsx" {
			t.Fatalf("problem %q names file %q, want fuzz.xlsx", p.Message(prosessplan.Bokmal), p.Pos.File)
		}
	}
}
