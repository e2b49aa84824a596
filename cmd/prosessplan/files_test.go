package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
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

// TestConcurrentRendersKeepManifest: 16 renders of different plans into
// one folder at once, through the command as a user runs it; afterwards
// the manifest lists every file each wrote, with its checksum, and a
// second round replaces them all (none is refused as not ours). Run it
// with -race.
func TestConcurrentRendersKeepManifest(t *testing.T) {
	dir := t.TempDir()
	const n = 16
	plans := make([]string, n)
	for i := range plans {
		plans[i] = editedPlan(t, "tittel: Kulturplan 2027–2030", fmt.Sprintf("tittel: Kulturplan %d", i+1))
	}
	round := func() [][]string {
		written := make([][]string, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				var out, errb bytes.Buffer
				code := run(context.Background(), []string{"render", "-o", dir, "-format", "md,ics", plans[i]}, nil, &out, &errb)
				if code != 0 {
					t.Errorf("render %d: exit %d\n%s", i, code, errb.String())
				}
				written[i] = strings.Fields(out.String())
			})
		}
		wg.Wait()
		return written
	}
	for range 2 {
		written := round()
		sums, err := readManifest(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(sums) != 2*n {
			t.Errorf("manifest has %d entries, want %d", len(sums), 2*n)
		}
		for i, files := range written {
			if len(files) != 2 {
				t.Errorf("render %d wrote %v", i, files)
			}
			for _, f := range files {
				h := sha256.Sum256([]byte(readFile(t, f)))
				if got := sums[filepath.Base(f)]; got != hex.EncodeToString(h[:]) {
					t.Errorf("manifest: %s has %q, want its checksum", filepath.Base(f), got)
				}
			}
		}
		if l := leftovers(t, dir, slices.Collect(maps.Keys(sums))...); !slices.Equal(l, []string{manifestName}) {
			t.Errorf("folder also holds %v", l)
		}
	}
}

// TestRenderAfterCrash: a run killed (kill -9) after renaming its first
// file left a temporary file, its journal and the old manifest; the next
// run adopts the renamed file instead of refusing it, removes the stale
// temporary file and succeeds.
func TestRenderAfterCrash(t *testing.T) {
	dir := t.TempDir()
	args := []string{"render", "-o", dir, "-format", "md,ics", "testdata/liten.yaml"}
	r := runCmd(t, "", args...)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	md := only(t, written(r), ".md")
	oldManifest := readFile(t, filepath.Join(dir, manifestName))

	// The killed run: a new .md renamed into place, the .ics still a
	// temporary file, the journal listing both, the manifest untouched.
	newMD := "# Kulturplan, ny versjon\n"
	if err := os.WriteFile(md, []byte(newMD), 0o644); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(dir, ".prosessplan-kulturplan-2027-2030.ics.123456789.tmp")
	os.WriteFile(stale, []byte("BEGIN:VCALENDAR\r\n"), 0o644)
	old := time.Now().Add(-time.Hour)
	os.Chtimes(stale, old, old)
	fresh := filepath.Join(dir, ".prosessplan-kulturplan-2027-2030.ics.987654321.tmp")
	os.WriteFile(fresh, []byte("BEGIN:VCALENDAR\r\n"), 0o644)
	h := sha256.Sum256([]byte(newMD))
	journal := hex.EncodeToString(h[:]) + "  " + filepath.Base(md) + "\n" +
		strings.Repeat("0", 64) + "  prosessplan-kulturplan-2027-2030.ics\n"
	os.WriteFile(filepath.Join(dir, journalName), []byte(journal), 0o644)
	if readFile(t, filepath.Join(dir, manifestName)) != oldManifest {
		t.Fatal("manifest changed")
	}

	r = runCmd(t, "", args...)
	if r.code != 0 {
		t.Fatalf("after the crash: exit %d\n%s", r.code, r.stderr)
	}
	if readFile(t, md) == newMD {
		t.Errorf("the adopted file was not rendered again")
	}
	for _, gone := range []string{stale, filepath.Join(dir, journalName)} {
		if _, err := os.Stat(gone); err == nil {
			t.Errorf("%s is left", filepath.Base(gone))
		}
	}
	// A temporary file of a run that may still be alive is left alone.
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("a fresh temporary file was removed")
	}
}
