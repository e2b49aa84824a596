package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// result is what one run of the command gave.
type result struct {
	code           int
	stdout, stderr string
}

func runCmd(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// brokenPlan writes a copy of testdata/liten.yaml whose decision goes to a
// body that is not in the møteplan: the file does not decode.
func brokenPlan(t *testing.T) string {
	t.Helper()
	return editedPlan(t, "          organ: kommunestyret", "          organ: bystyret")
}

// wrongPlan writes a copy of testdata/liten.yaml where activity 1.1 ends
// before it starts: it decodes, but Check finds an error.
func wrongPlan(t *testing.T) string {
	t.Helper()
	return editedPlan(t, "        start: 2026-02-02\n", "        start: 2026-02-02\n        slutt: 2026-01-30\n")
}

func editedPlan(t *testing.T, old, new string) string {
	t.Helper()
	s := readFile(t, "testdata/liten.yaml")
	if !strings.Contains(s, old) {
		t.Fatalf("testdata/liten.yaml lacks %q", old)
	}
	s = strings.Replace(s, old, new, 1)
	name := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(name, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

func TestRunUsageAndCheck(t *testing.T) {
	liten := readFile(t, "testdata/liten.yaml")
	broken := brokenPlan(t)
	wrong := wrongPlan(t)
	tests := []struct {
		name       string
		stdin      string
		args       []string
		code       int
		stdout     []string // each must appear in stdout
		stderr     []string // each must appear in stderr
		noStdout   bool
		notStdout  []string
		stdoutOnly bool // stderr must be empty
	}{
		{name: "no command", args: nil, code: 2, stderr: []string{"Bruk:", "prosessplan render"}},
		{name: "unknown command", args: []string{"lag"}, code: 2, stderr: []string{`ukjent kommando "lag"`}},
		{name: "help", args: []string{"-h"}, code: 0, stdout: []string{"prosessplan check", "Avslutningskode"}},
		{name: "check help", args: []string{"check", "-h"}, code: 0,
			stdout: []string{"-lang", "Eksempel:", "prosessplan check plan.yaml"}, stdoutOnly: true},
		{name: "check clean plan", args: []string{"check", "testdata/liten.yaml"}, code: 0,
			stdout: []string{"testdata/liten.yaml:3:1: råd: ", "[PP-STEP-MISSING]", "0 feil, 0 advarsler, "}, stdoutOnly: true},
		{name: "check in English", args: []string{"check", "-lang", "en", "testdata/liten.yaml"}, code: 0,
			stdout: []string{": advice: ", "0 errors, 0 warnings, "}},
		{name: "flag after file", args: []string{"check", "testdata/liten.yaml", "-lang", "nn"}, code: 0,
			stdout: []string{"0 feil, 0 åtvaringar, "}},
		{name: "check stdin", stdin: liten, args: []string{"check", "-"}, code: 0,
			stdout: []string{"stdin:3:1: råd: "}},
		{name: "check file that does not decode", args: []string{"check", broken}, code: 1,
			stderr: []string{broken + ":", ": feil: ", "bystyret"}},
		{name: "check plan with errors", args: []string{"check", wrong}, code: 1,
			stdout: []string{wrong + ":25:9: feil: Aktivitet 1.1 slutter (2026-01-30) før den starter (2026-02-02)",
				"[PP-END-BEFORE-START]", "1 feil, 0 advarsler, "}},
		{name: "check missing file", args: []string{"check", "finnes-ikke.yaml"}, code: 1,
			stderr: []string{"prosessplan check: kan ikke lese finnes-ikke.yaml: fila eller mappen finnes ikke\n"}},
		{name: "check bad language", args: []string{"check", "-lang", "sv"}, code: 2,
			stderr: []string{`ukjent språk "sv"`}},
		{name: "check unknown flag", args: []string{"check", "-v"}, code: 2,
			stderr: []string{"-v", "prosessplan check -h"}},
		{name: "check two files", args: []string{"check", "a.yaml", "b.yaml"}, code: 2,
			stderr: []string{"bare én planfil"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCmd(t, tt.stdin, tt.args...)
			if r.code != tt.code {
				t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, tt.code, r.stdout, r.stderr)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(r.stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, r.stdout)
				}
			}
			for _, s := range tt.stderr {
				if !strings.Contains(r.stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
				}
			}
			if tt.stdoutOnly && r.stderr != "" {
				t.Errorf("unexpected stderr:\n%s", r.stderr)
			}
		})
	}
}

// The built-in example is the README's first experience: it must check clean.
func TestCheckBuiltinExample(t *testing.T) {
	r := runCmd(t, "", "check")
	if r.code != 0 {
		t.Errorf("check of the built-in example: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if strings.Contains(r.stdout, ": feil: ") {
		t.Errorf("the built-in example has errors:\n%s", r.stdout)
	}
}

// Every flag of every command is documented in its -h, with an example.
func TestHelpDocumentsEveryFlag(t *testing.T) {
	flags := map[string][]string{
		"check":  {"-lang"},
		"new":    {"-type", "-o", "-lang", "-start", "-force"},
		"render": {"-o", "-format", "-lang", "-template", "-placeholder", "-profile", "-pdf", "-ics-all", "-draft", "-force"},
		"import": {"-o", "-lang", "-force"},
	}
	for cmd, fs := range flags {
		r := runCmd(t, "", cmd, "-h")
		if r.code != 0 {
			t.Errorf("%s -h: exit %d", cmd, r.code)
		}
		if !strings.Contains(r.stdout, "Eksempel:") {
			t.Errorf("%s -h has no example", cmd)
		}
		for _, f := range fs {
			if !strings.Contains(r.stdout, "  "+f+" ") && !strings.Contains(r.stdout, "  "+f+"\n") {
				t.Errorf("%s -h does not document %s:\n%s", cmd, f, r.stdout)
			}
		}
	}
}

// TestStartHeap: the command starts with a larger GOGC, and the first
// collection sets it back to 100.
func TestStartHeap(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	startHeap()
	if p := debug.SetGCPercent(startPercent); p != startPercent {
		t.Fatalf("GOGC %d after startHeap, want %d", p, startPercent)
	}
	for i := 0; i < 100; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
		if p := debug.SetGCPercent(startPercent); p == 100 {
			return
		}
	}
	t.Error("GOGC is not 100 after collections")
}
