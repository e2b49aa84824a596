// Package validate runs the independent checks in ../shared/validate (OOXML
// schema validation, LibreOffice, qpdf/poppler/pdfcpu) on files our tests
// write. A file those tools reject fails the test, whatever our own code
// thinks of it.
//
// Outside CI a test is skipped when a tool is missing; with CI=true a
// missing tool fails it, so CI cannot pass by skipping.
package validate

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Dir returns the shared/validate folder: $VALIDATE_DIR, or ../shared/validate
// beside the module root.
func Dir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("VALIDATE_DIR"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			v := filepath.Join(filepath.Dir(d), "shared", "validate")
			if _, err := os.Stat(v); err != nil {
				missing(t, "shared/validate beside the module root ("+v+")")
			}
			return v
		}
		if filepath.Dir(d) == d {
			t.Fatal("validate: no go.mod above " + wd)
		}
	}
}

func missing(t testing.TB, what string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("validate: %s is missing; .ci/run must install it", what)
	}
	t.Skipf("validate: %s is missing (see shared/validate/README.md)", what)
}

func need(t testing.TB, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			missing(t, "the tool "+tool)
		}
	}
}

// officeMu keeps two LibreOffice runs off one profile, where they fail.
// validate-office makes a profile per run unless VALIDATE_LO_PROFILE names
// one to share, so only then do the runs wait for each other.
var officeMu sync.Mutex

func lockOffice() (unlock func()) {
	if os.Getenv("VALIDATE_LO_PROFILE") == "" {
		return func() {}
	}
	officeMu.Lock()
	return officeMu.Unlock
}

// OOXML validates .docx/.xlsx files with validate-ooxml (ECMA-376 schemas,
// relationships, content types) and fails t with the tool's findings.
func OOXML(t testing.TB, files ...string) {
	t.Helper()
	need(t, "xmllint", "go")
	run(t, filepath.Join(Dir(t), "validate-ooxml"), append([]string{"--quiet"}, files...)...)
}

// Office opens file in LibreOffice, converts it to PDF and checks that the
// extracted text holds every expected string. It returns the extracted text.
// extra are further validate-office flags, e.g. "--min-pages", "2".
func Office(t testing.TB, file string, expect []string, extra ...string) string {
	t.Helper()
	need(t, "soffice", "pdftotext", "pdfinfo")
	defer lockOffice()()
	out := t.TempDir()
	args := []string{"--out", out}
	for _, e := range expect {
		args = append(args, "--expect", e)
	}
	args = append(args, extra...)
	args = append(args, file)
	run(t, filepath.Join(Dir(t), "validate-office"), args...)
	base := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	txt, err := os.ReadFile(filepath.Join(out, base+".txt"))
	if err != nil {
		txt, err = os.ReadFile(filepath.Join(out, filepath.Base(file)+".txt"))
	}
	if err != nil {
		t.Fatalf("validate-office wrote no text file: %v", err)
	}
	return string(txt)
}

// PDF checks a PDF with validate-pdf (qpdf, fonts embedded with ToUnicode,
// pdfcpu strict) and that every expected string extracts. extra are further
// validate-pdf flags, e.g. "--title", "Boligplan". It returns the extracted text.
func PDF(t testing.TB, file string, expect []string, extra ...string) string {
	t.Helper()
	need(t, "qpdf", "pdfinfo", "pdffonts", "pdftotext", "pdfcpu")
	txt := filepath.Join(t.TempDir(), "out.txt")
	args := []string{"--text-out", txt}
	for _, e := range expect {
		args = append(args, "--expect", e)
	}
	args = append(args, extra...)
	args = append(args, file)
	run(t, filepath.Join(Dir(t), "validate-pdf"), args...)
	b, err := os.ReadFile(txt)
	if err != nil {
		t.Fatalf("validate-pdf wrote no text: %v", err)
	}
	return string(b)
}

func run(t testing.TB, tool string, args ...string) {
	t.Helper()
	cmd := exec.Command(tool, args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(tool), strings.Join(args, " "), err, out)
	}
}
