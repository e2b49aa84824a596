package xlsx

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
)

// schedule returns the schedule of p, failing t on problems that leave dates unknown.
func schedule(t testing.TB, p *prosessplan.Plan) *prosessplan.Schedule {
	t.Helper()
	s, probs := prosessplan.NewSchedule(p)
	if probs.HasErrors() {
		t.Fatalf("NewSchedule: %v", probs)
	}
	return s
}

// writeFile writes the workbook of s into a temp file and returns its path and bytes.
func writeFile(t testing.TB, s *prosessplan.Schedule, opts render.Options, name string) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, s, opts); err != nil {
		t.Fatalf("Write: %v", err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// XLSX_LOOK=dir keeps a copy to look at.
	if dir := os.Getenv("XLSX_LOOK"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644)
	}
	return path, buf.Bytes()
}

func TestWriteGenerated(t *testing.T) {
	s := schedule(t, plantest.Generate(20))
	path, _ := writeFile(t, s, render.Options{}, "plan.xlsx")
	validate.OOXML(t, path)
	txt := validate.Office(t, path, []string{"Framdrift", "Bjørkåsen kommune", "Åse Øvrebø"})
	t.Log(txt)
}
