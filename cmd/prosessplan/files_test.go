package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

// leftovers returns the names in dir other than want.
func leftovers(t *testing.T, dir string, want ...string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
outer:
	for _, e := range es {
		for _, w := range want {
			if e.Name() == w {
				continue outer
			}
		}
		out = append(out, e.Name())
	}
	return out
}

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.md")
	sum, err := writeAtomic(path, writeString("# Boligplan 2018–2021\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if string(b) != "# Boligplan 2018–2021\n" {
		t.Errorf("file holds %q", b)
	}
	h := sha256.Sum256(b)
	if sum != hex.EncodeToString(h[:]) {
		t.Errorf("sum %s is not the SHA-256 of the file", sum)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}
	if l := leftovers(t, dir, "plan.md"); len(l) > 0 {
		t.Errorf("left behind: %v", l)
	}
}

// A writer that fails half-way (a crash of the renderer, a full disk) must
// leave the good old file and no temporary file.
func TestWriteAtomicFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.pdf")
	if err := os.WriteFile(path, []byte("good old file"), 0o644); err != nil {
		t.Fatal(err)
	}
	errBoom := errors.New("renderer failed")
	_, err := writeAtomic(path, func(w io.Writer) error {
		// More than the buffer, so part of it reaches the temporary file.
		if _, err := w.Write([]byte(strings.Repeat("half-written ", 10000))); err != nil {
			return err
		}
		return errBoom
	})
	if !errors.Is(err, errBoom) {
		t.Errorf("err = %v, want the renderer's error", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "good old file" {
		t.Errorf("old file replaced: now %.40q", b)
	}
	if l := leftovers(t, dir, "plan.pdf"); len(l) > 0 {
		t.Errorf("left behind: %v", l)
	}
}

func TestWriteAtomicMissingDir(t *testing.T) {
	_, err := writeAtomic(filepath.Join(t.TempDir(), "nope", "plan.md"), writeString("x"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err = %v, want ErrNotExist", err)
	}
}

func TestOutDirOwnership(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ut")
	o, err := openOutDir(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	// A new file may be written, and then rewritten.
	if err := o.check("plan.xlsx"); err != nil {
		t.Fatalf("new file refused: %v", err)
	}
	if _, err := o.write("plan.xlsx", writeString("v1")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notat.docx"), []byte("someone else's"), 0o644); err != nil {
		t.Fatal(err)
	}

	// A second run reads the manifest.
	o, err = openOutDir(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := o.check("plan.xlsx"); err != nil {
		t.Errorf("own unchanged file refused: %v", err)
	}
	if err := o.check("notat.docx"); !errors.Is(err, errNotOurs) {
		t.Errorf("foreign file: err = %v, want errNotOurs", err)
	}
	// The planner edits the workbook: it is no longer ours to replace.
	if err := os.WriteFile(filepath.Join(dir, "plan.xlsx"), []byte("edited in Excel"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := o.check("plan.xlsx"); !errors.Is(err, errNotOurs) {
		t.Errorf("edited file: err = %v, want errNotOurs", err)
	}
	forced, _ := openOutDir(dir, true)
	if err := forced.check("plan.xlsx"); err != nil {
		t.Errorf("-force: %v", err)
	}

	// The manifest is in sha256sum's format.
	b, err := os.ReadFile(filepath.Join(dir, manifestName))
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.Sum256([]byte("v1"))
	if want := hex.EncodeToString(h[:]) + "  plan.xlsx\n"; string(b) != want {
		t.Errorf("manifest = %q, want %q", b, want)
	}
}
