package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every plan type's starter passes check: no error-level problem.
func TestNewPassesCheck(t *testing.T) {
	for _, typ := range []string{"temaplan", "kommunedelplan", "kommuneplanens-samfunnsdel",
		"kommuneplanens-arealdel", "kommunal-planstrategi", "reguleringsplan"} {
		t.Run(typ, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "plan.yaml")
			r := runCmd(t, "", "new", "-type", typ, "-start", "2027-01-04", "-o", file)
			if r.code != 0 || strings.TrimSpace(r.stdout) != file {
				t.Fatalf("new: exit %d, stdout %q\n%s", r.code, r.stdout, r.stderr)
			}
			if plan := readFile(t, file); !strings.Contains(plan, "plantype: "+typ+"\n") {
				t.Errorf("plan file lacks plantype: %s", typ)
			}
			r = runCmd(t, "", "check", file)
			if r.code != 0 || strings.Contains(r.stdout, ": feil: ") {
				t.Errorf("check of the new %s: exit %d\n%s%s", typ, r.code, r.stdout, r.stderr)
			}
		})
	}
}

func TestNew(t *testing.T) {
	r := runCmd(t, "", "new", "-type", "temaplan", "-lang", "nn", "-start", "2027-01-04")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	for _, want := range []string{"plantype: temaplan\n", "målform: nn\n", "dato: 2027-01-04\n"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("plan on stdout lacks %q", want)
		}
	}
	// The plan on stdout is read back by check from stdin.
	if c := runCmd(t, r.stdout, "check", "-"); c.code != 0 {
		t.Errorf("check - of new's output: exit %d\n%s", c.code, c.stdout)
	}

	file := filepath.Join(t.TempDir(), "plan.yaml")
	os.WriteFile(file, []byte("min plan"), 0o644)
	r = runCmd(t, "", "new", "-type", "temaplan", "-o", file)
	if r.code != 1 || !strings.Contains(r.stderr, file+" finnes fra før; bruk -force") {
		t.Errorf("existing file: exit %d\n%s", r.code, r.stderr)
	}
	if readFile(t, file) != "min plan" {
		t.Errorf("existing file overwritten without -force")
	}
	if r = runCmd(t, "", "new", "-type", "temaplan", "-force", "-o", file); r.code != 0 {
		t.Errorf("-force: exit %d\n%s", r.code, r.stderr)
	}

	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"new"}, `ukjent plantype "": velg blant temaplan, kommunedelplan`},
		{[]string{"new", "-type", "områdeplan"}, `ukjent plantype "områdeplan"`},
		{[]string{"new", "-type", "temaplan", "-lang", "en"}, `unknown written standard "en": choose nb or nn`},
		{[]string{"new", "-type", "temaplan", "-lang", "sv"}, `ukjent målform "sv": velg nb eller nn`},
		{[]string{"new", "-type", "temaplan", "-start", "4.1.2027"}, `-start "4.1.2027" er ikke en dato`},
		{[]string{"new", "-type", "temaplan", "plan.yaml"}, "planfilen oppgis med -o"},
	} {
		r := runCmd(t, "", tt.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tt.args, r.code, r.stderr, tt.want)
		}
	}
}

func TestImport(t *testing.T) {
	dir := t.TempDir()
	r := runCmd(t, "", "render", "-o", dir, "-format", "xlsx", "testdata/liten.yaml")
	if r.code != 0 {
		t.Fatalf("render: exit %d\n%s", r.code, r.stderr)
	}
	book := only(t, written(r), ".xlsx")

	plan := filepath.Join(dir, "plan.yaml")
	r = runCmd(t, "", "import", book, "-o", plan)
	if r.code != 0 {
		t.Fatalf("import: exit %d\n%s", r.code, r.stderr)
	}
	if want := "Ingen endringer fra regnearket.\nskrev " + plan + "\n"; r.stdout != want {
		t.Errorf("stdout = %q, want %q", r.stdout, want)
	}
	// The imported plan is the plan the workbook was made from.
	c := runCmd(t, "", "check", plan)
	if c.code != 0 || !strings.Contains(readFile(t, plan), "tittel: Kulturplan 2027–2030\n") {
		t.Errorf("imported plan: exit %d\n%s", c.code, c.stdout)
	}
	// Without -o the plan goes to stdout and the report to stderr.
	r = runCmd(t, "", "import", book)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "format: 1\n") || !strings.Contains(r.stderr, "Ingen endringer") {
		t.Errorf("import to stdout: exit %d\nstdout %.60q\nstderr %q", r.code, r.stdout, r.stderr)
	}
	// An existing plan file is kept unless -force.
	r = runCmd(t, "", "import", "-o", plan, book)
	if r.code != 1 || !strings.Contains(r.stderr, "finnes fra før") {
		t.Errorf("existing -o file: exit %d\n%s", r.code, r.stderr)
	}

	notBook := filepath.Join(dir, "notat.xlsx")
	os.WriteFile(notBook, []byte("ikke et regneark"), 0o644)
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"import", notBook}, 1, notBook},
		{[]string{"import", filepath.Join(dir, "mangler.xlsx")}, 1, "kan ikke lese " + filepath.Join(dir, "mangler.xlsx") + ": fila eller mappen finnes ikke"},
		{[]string{"import", "-lang", "en", filepath.Join(dir, "mangler.xlsx")}, 1, ": no such file or folder"},
		{[]string{"import"}, 2, "oppgi ett regneark"},
		{[]string{"import", "-lang", "de", book}, 2, `ukjent språk "de"`},
	} {
		r := runCmd(t, "", tt.args...)
		if r.code != tt.code || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, r.code, r.stderr, tt.code, tt.want)
		}
	}
}

// TestImportForeignFile: a file that is not our workbook is told once, in
// the chosen language, with what it is instead.
func TestImportForeignFile(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "plan.pdf")
	os.WriteFile(pdf, []byte("%PDF-1.7\n"), 0o644)
	for _, tc := range []struct {
		lang, want string
	}{
		{"", "prosessplan import: " + pdf + " er ikke en Excel-arbeidsbok (xlsx), men en PDF-fil\n"},
		{"nn", "prosessplan import: " + pdf + " er ikkje ei Excel-arbeidsbok (xlsx), men ei PDF-fil\n"},
		{"en", "prosessplan import: " + pdf + " is not an Excel workbook (xlsx), but a PDF file\n"},
	} {
		args := []string{"import"}
		if tc.lang != "" {
			args = append(args, "-lang", tc.lang)
		}
		r := runCmd(t, "", append(args, pdf)...)
		if r.code != 1 || r.stderr != tc.want {
			t.Errorf("-lang %q: exit %d, stderr %q, want %q", tc.lang, r.code, r.stderr, tc.want)
		}
	}
	if r := runCmd(t, "", "import", "-lang", "en"); r.code != 2 || r.stderr != "prosessplan import: give one workbook (.xlsx); see prosessplan import -h\n" {
		t.Errorf("no workbook: exit %d, stderr %q", r.code, r.stderr)
	}
}
