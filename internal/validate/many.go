package validate

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// OfficeMany opens every file in one LibreOffice start (validate-office
// takes many files per call), converts each to PDF and returns the
// extracted text of each file, keyed by the path as given. Starting
// LibreOffice costs seconds, so tests collect their files and validate them
// together. Checks on the text are the caller's: expect strings would apply
// to every file. extra are further validate-office flags, e.g. "--png".
// The files' base names must be unique, since the texts are kept by name.
func OfficeMany(t testing.TB, files []string, extra ...string) map[string]string {
	t.Helper()
	if len(files) == 0 {
		return nil
	}
	need(t, "soffice", "pdftotext", "pdfinfo")
	stems := make(map[string]string, len(files))
	for _, f := range files {
		s := stem(f)
		if prev, ok := stems[s]; ok {
			t.Fatalf("validate.OfficeMany: %s and %s share the name %q", prev, f, s)
		}
		stems[s] = f
	}
	defer lockOffice()()
	out := t.TempDir()
	args := append([]string{"--out", out}, extra...)
	args = append(args, files...)
	run(t, filepath.Join(Dir(t), "validate-office"), args...)
	texts := make(map[string]string, len(files))
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(out, stem(f)+".txt"))
		if err != nil {
			t.Fatalf("validate-office wrote no text for %s: %v", f, err)
		}
		texts[f] = string(b)
	}
	return texts
}

func stem(f string) string {
	b := filepath.Base(f)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// PDFTags checks with validate-pdf-tags (pdf.js reading the structure tree)
// that each PDF is tagged so a screen reader can follow it: every text item
// tagged or an artifact, headings in order, figures with alternative text,
// tables with header cells, /Lang and DisplayDocTitle. extra are further
// flags applied to every file, e.g. "--min", "Table=1".
func PDFTags(t testing.TB, files []string, extra ...string) {
	t.Helper()
	need(t, "node", "npm", "qpdf")
	nodeCheck(t, tagsValidator, files, extra)
}

// HTML checks each page with validate-html: axe-core (WCAG 2.0/2.1 A and
// AA and best practices) in headless Chromium, no request outside the
// file, a lang attribute. extra are further flags, e.g. "--width", "320".
func HTML(t testing.TB, files []string, extra ...string) {
	t.Helper()
	need(t, "node", "npm")
	if _, err := lookChromium(); err != nil {
		missing(t, "the tool chromium")
	}
	nodeCheck(t, htmlValidator, files, extra)
}

func lookChromium() (string, error) {
	if c := os.Getenv("CHROMIUM"); c != "" {
		return c, nil
	}
	return exec.LookPath("chromium")
}
