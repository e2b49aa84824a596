//go:build unix

package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runWithin runs the command and fails the test instead of hanging when
// it does not finish in time (a FIFO opened for reading waits forever).
func runWithin(t *testing.T, stdin io.Reader, args ...string) result {
	t.Helper()
	done := make(chan result, 1)
	go func() {
		var out, errb bytes.Buffer
		code := run(context.Background(), args, stdin, &out, &errb)
		done <- result{code, out.String(), errb.String()}
	}()
	select {
	case r := <-done:
		return r
	case <-time.After(60 * time.Second):
		t.Fatalf("%v hangs", args)
		return result{}
	}
}

func mkfifo(t *testing.T, name string) string {
	t.Helper()
	if err := syscall.Mkfifo(name, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	return name
}

// sparse makes a file of size bytes that takes no room on disk.
func sparse(t *testing.T, name string, size int64) string {
	t.Helper()
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return name
}

func symlink(t *testing.T, target, name string) string {
	t.Helper()
	if err := os.Symlink(target, name); err != nil {
		t.Fatal(err)
	}
	return name
}

// TestHostileInputs: every file the command opens is opened only if it is
// a regular file, and read through a limit that fits its kind; a FIFO,
// a device, a folder or a huge file gets a planner's sentence and exit 1,
// never a hang or the machine's memory.
func TestHostileInputs(t *testing.T) {
	tmp := t.TempDir()
	fifo := mkfifo(t, filepath.Join(tmp, "fifo"))
	zero := symlink(t, "/dev/zero", filepath.Join(tmp, "zero.yaml"))
	folder := filepath.Join(tmp, "mappe.yaml")
	os.Mkdir(folder, 0o755)
	bigPlan := sparse(t, filepath.Join(tmp, "stor.yaml"), 64<<20+1)
	bigTemplate := sparse(t, filepath.Join(tmp, "stor.dotx"), 64<<20+1)
	bigBook := sparse(t, filepath.Join(tmp, "stor.xlsx"), 64<<20+1)
	bigProfile := sparse(t, filepath.Join(tmp, "stor-profil.yaml"), 1<<20+1)
	sparse(t, filepath.Join(tmp, "stor-logo.png"), 8<<20+1)
	logoProfile := filepath.Join(tmp, "profil.yaml")
	os.WriteFile(logoProfile, []byte("kommune: Bodø kommune\nlogo: stor-logo.png\n"), 0o644)
	fifoLogo := filepath.Join(tmp, "profil-fifo.yaml")
	os.WriteFile(fifoLogo, []byte("kommune: Bodø kommune\nlogo: fifo\n"), 0o644)

	const plan = "testdata/liten.yaml"
	out := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"plan is a FIFO", []string{"check", fifo},
			"prosessplan check: kan ikke lese " + fifo + ": det er en navngitt rørledning (FIFO), ikke en vanlig fil\n"},
		{"plan is /dev/zero", []string{"check", zero},
			"prosessplan check: kan ikke lese " + zero + ": det er en enhet, ikke en vanlig fil\n"},
		{"plan is a folder", []string{"check", folder},
			"prosessplan check: kan ikke lese " + folder + ": det er en mappe, ikke en fil\n"},
		{"plan too large", []string{"check", bigPlan},
			"prosessplan check: kan ikke lese " + bigPlan + ": fila er større enn 64 MiB, som er det meste en planfil kan være\n"},
		{"plan too large, English", []string{"check", "-lang", "en", bigPlan},
			"prosessplan check: cannot read " + bigPlan + ": the file is larger than 64 MiB, the most a plan file may be\n"},
		{"plan too large, nynorsk", []string{"render", bigPlan, "-lang", "nn"},
			"prosessplan render: kan ikkje lese " + bigPlan + ": fila er større enn 64 MiB, som er det meste ei planfil kan vere\n"},
		{"template is a FIFO", []string{"render", "-o", out, "-format", "docx", "-template", fifo, plan},
			"kan ikke lese " + fifo + ": det er en navngitt rørledning (FIFO)"},
		{"template is /dev/zero", []string{"render", "-o", out, "-format", "docx", "-template", zero, plan},
			"kan ikke lese " + zero + ": det er en enhet"},
		{"template too large", []string{"render", "-o", out, "-format", "docx", "-template", bigTemplate, plan},
			"kan ikke lese " + bigTemplate + ": fila er større enn 64 MiB, som er det meste en Word-mal kan være\n"},
		{"workbook is /dev/zero", []string{"import", zero},
			"prosessplan import: kan ikke lese " + zero + ": det er en enhet, ikke en vanlig fil\n"},
		{"workbook is a FIFO", []string{"import", fifo},
			"prosessplan import: kan ikke lese " + fifo + ": det er en navngitt rørledning (FIFO)"},
		{"workbook too large", []string{"import", bigBook},
			"prosessplan import: kan ikke lese " + bigBook + ": fila er større enn 64 MiB, som er det meste et regneark kan være\n"},
		{"profile is /dev/zero", []string{"render", "-o", out, "-format", "md", "-profile", zero, plan},
			"prosessplan render: kan ikke lese " + zero + ": det er en enhet"},
		{"profile too large", []string{"render", "-o", out, "-format", "md", "-profile", bigProfile, plan},
			"fila er større enn 1 MiB, som er det meste en kommuneprofil kan være\n"},
		{"logo too large", []string{"render", "-o", out, "-format", "md", "-profile", logoProfile, plan},
			"prosessplan render: " + logoProfile + ":2: logo: kan ikke lese " + filepath.Join(tmp, "stor-logo.png") + ": fila er større enn 8 MiB, som er det meste en logo kan være\n"},
		{"logo is a FIFO", []string{"render", "-o", out, "-format", "md", "-profile", fifoLogo, plan},
			"logo: kan ikke lese " + fifo + ": det er en navngitt rørledning (FIFO)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWithin(t, nil, tt.args...)
			if r.code != 1 || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stderr:\n%s\nwant exit 1 and %q", r.code, r.stderr, tt.want)
			}
		})
	}

	// Standard input is held to the plan's limit too.
	r := runWithin(t, io.LimitReader(zeroes{}, 65<<20), "check", "-")
	if want := "prosessplan check: kan ikke lese stdin: fila er større enn 64 MiB"; r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("stdin of 65 MiB: exit %d, stderr %q, want %q", r.code, r.stderr, want)
	}
}

type zeroes struct{}

func (zeroes) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestHostileOutputs: a FIFO, a device or a folder where an output file
// goes is refused, even with -force, and never hangs; a manifest linked
// to /dev/zero is refused before anything is read or written.
func TestHostileOutputs(t *testing.T) {
	const plan = "testdata/liten.yaml"
	const md = "prosessplan-kulturplan-2027-2030.md"

	dir := t.TempDir()
	fifo := mkfifo(t, filepath.Join(dir, md))
	for _, force := range []bool{false, true} {
		args := []string{"render", "-o", dir, "-format", "md", plan}
		if force {
			args = append(args, "-force")
		}
		r := runWithin(t, nil, args...)
		want := "prosessplan render: kan ikke skrive " + fifo + ": det er en navngitt rørledning (FIFO), ikke en vanlig fil\n"
		if r.code != 1 || !strings.Contains(r.stderr, want) {
			t.Errorf("-force %v: exit %d, stderr:\n%s\nwant %q", force, r.code, r.stderr, want)
		}
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced")
	}

	dir = t.TempDir()
	symlink(t, "/dev/zero", filepath.Join(dir, manifestName))
	r := runWithin(t, nil, "render", "-o", dir, "-format", "md", plan)
	if want := "kan ikke lese " + filepath.Join(dir, manifestName) + ": det er en enhet, ikke en vanlig fil\n"; r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("manifest → /dev/zero: exit %d, stderr:\n%s\nwant %q", r.code, r.stderr, want)
	}

	dir = t.TempDir()
	os.Mkdir(filepath.Join(dir, md), 0o755)
	r = runWithin(t, nil, "render", "-o", dir, "-format", "md", "-lang", "en", plan)
	if want := "prosessplan render: cannot write " + filepath.Join(dir, md) + ": it is a folder, not a file\n"; r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("folder in the way: exit %d, stderr:\n%s\nwant %q", r.code, r.stderr, want)
	}

	// -o of render names a file.
	file := filepath.Join(t.TempDir(), "ut")
	os.WriteFile(file, nil, 0o644)
	r = runWithin(t, nil, "render", "-o", file, "-format", "md", plan)
	if want := "prosessplan render: kan ikke skrive " + file + ": det er en fil, ikke en mappe\n"; r.code != 1 || r.stderr[strings.LastIndex(r.stderr[:len(r.stderr)-1], "\n")+1:] != want {
		t.Errorf("-o a file: exit %d, stderr:\n%s\nwant %q", r.code, r.stderr, want)
	}

	// new and import: -o a FIFO or /dev/null is refused, with or without -force.
	fifo = mkfifo(t, filepath.Join(t.TempDir(), "plan.yaml"))
	for _, args := range [][]string{
		{"new", "-type", "temaplan", "-start", "2027-01-04", "-o", fifo},
		{"new", "-type", "temaplan", "-start", "2027-01-04", "-force", "-o", fifo},
		{"new", "-type", "temaplan", "-start", "2027-01-04", "-force", "-o", "/dev/null"},
	} {
		r := runWithin(t, nil, args...)
		if r.code != 1 || !strings.Contains(r.stderr, "prosessplan new: kan ikke skrive "+args[len(args)-1]+": det er ") {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
}
