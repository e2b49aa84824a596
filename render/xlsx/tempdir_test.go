package xlsx

import (
	"bytes"
	"os"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
)

// TestWithTempDir writes a plan whose Gantt sheet is larger than the 16
// MiB at which excelize spills it into a temporary file: the workbook must
// be byte for byte the one written in memory, and the file must be gone
// afterwards.
func TestWithTempDir(t *testing.T) {
	t.Parallel() // slow: runs beside the package's other slow tests
	s, probs := prosessplan.NewSchedule(plantest.Generate(15000))
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	var inMemory, spilled bytes.Buffer
	if err := Write(&inMemory, s); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := Write(&spilled, s, WithTempDir(dir)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(inMemory.Bytes(), spilled.Bytes()) {
		t.Errorf("the workbook written through a temporary file (%d bytes) differs from the one written in memory (%d bytes)", spilled.Len(), inMemory.Len())
	}
	left, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range left {
		t.Errorf("Write left %s in the temporary directory", e.Name())
	}
}
