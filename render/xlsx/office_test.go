package xlsx

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/render"
)

// officeMu runs one LibreOffice at a time, as internal/validate does.
var officeMu sync.Mutex

// resave opens path in LibreOffice and saves it again as .xlsx, as a
// planner who edits the workbook there does, and returns the new bytes.
func resave(t *testing.T, path string) []byte {
	t.Helper()
	if _, err := exec.LookPath("soffice"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("soffice is missing; .ci/run must install libreoffice-calc-nogui")
		}
		t.Skip("soffice is missing")
	}
	officeMu.Lock()
	defer officeMu.Unlock()
	dir := t.TempDir()
	profile := filepath.Join(dir, "profile")
	out := filepath.Join(dir, "out")
	cmd := exec.Command("soffice", "-env:UserInstallation=file://"+profile, "--headless",
		"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, path)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	b, err := os.ReadFile(filepath.Join(out, filepath.Base(path)))
	if err != nil {
		t.Fatalf("LibreOffice wrote no workbook: %v", err)
	}
	return b
}

// TestLibreOfficeResave: a workbook saved again by LibreOffice reads back
// to the same plan with no changes, and an edit made before the re-save
// comes through it.
func TestLibreOfficeResave(t *testing.T) {
	p := examples.Bodo()
	s := schedule(t, p)
	path, data := writeFile(t, s, render.Options{}, "bodo.xlsx")
	again := resave(t, path)
	if bytes.Equal(again, data) {
		t.Fatal("LibreOffice did not rewrite the file")
	}
	got, changes, err := Read(bytes.NewReader(again), "bodo.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range changes {
		t.Errorf("unexpected change after a LibreOffice re-save: %s", c)
	}
	if a, b := canonical(t, p), yamlOf(t, got); a != b {
		t.Errorf("plan differs after a LibreOffice re-save:\n%s", diffLines(a, b))
	}

	// Edit, then re-save: the change survives LibreOffice.
	e := openEdit(t, data)
	r := e.row("1.2")
	e.set("J", r, "Avlyst")
	edited := filepath.Join(t.TempDir(), "bodo.xlsx")
	if err := os.WriteFile(edited, e.bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	got, changes, err = Read(bytes.NewReader(resave(t, edited)), "bodo.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 1 || !strings.Contains(changes[0].String(), "Status endret fra «Ferdig» til «Avlyst»") {
		t.Errorf("changes = %v", changes)
	}
	if a := got.Activity("1.2"); a.Status != "avlyst" {
		t.Errorf("1.2 status = %q", a.Status)
	}
	f, err := excelize.OpenReader(bytes.NewReader(again))
	if err != nil {
		t.Fatal(err)
	}
	cfs, _ := f.GetConditionalFormats("Framdrift")
	if len(cfs) == 0 {
		t.Error("LibreOffice dropped the bar rules")
	}
}

// TestLibreOfficeResaveWorkshop: clock times survive LibreOffice's
// rounding of serial numbers, and a nynorsk workbook reads back.
func TestLibreOfficeResaveWorkshop(t *testing.T) {
	p := workshop()
	p.Language = "nn"
	s := schedule(t, p)
	path, _ := writeFile(t, s, render.Options{}, "verkstad.xlsx")
	got, changes, err := Read(bytes.NewReader(resave(t, path)), "verkstad.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range changes {
		t.Errorf("unexpected change after a LibreOffice re-save: %s", c)
	}
	if a, b := canonical(t, p), yamlOf(t, got); a != b {
		t.Errorf("plan differs after a LibreOffice re-save:\n%s", diffLines(a, b))
	}
}
