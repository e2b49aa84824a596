package xlsx

import (
	"bytes"
	"os"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
)

// TestWithTempDir writes a large plan with and without a temporary
// directory: the workbook must be byte for byte the same, and nothing may
// be left in the directory afterwards.
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
