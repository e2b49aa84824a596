package validate

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The runner must report what the validator's script reports: a page or
// a PDF the script fails is failed here too, with the script's findings,
// and one that passes, passes, also after a failure in the same process.
func TestNodeRunnerFails(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("god.html", `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Plan</title></head>
<body><main><h1>Prosessplan for Bodø</h1><p>Høring i seks uker.</p></main></body></html>`)
	bad := write("uten-alt.html", `<!doctype html><html><head><meta charset="utf-8"><title>Plan</title></head>
<body><main><h1>Plan</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>`)

	t.Run("html", func(t *testing.T) {
		need(t, "node", "npm")
		if _, err := lookChromium(); err != nil {
			missing(t, "the tool chromium")
		}
		for _, c := range []struct {
			file string
			code int
			want []string
		}{
			{good, 0, []string{"validate-html: passed"}},
			{bad, 1, []string{"FAIL violation image-alt", "FAIL <html> has no lang attribute"}},
			{good, 0, []string{"validate-html: passed"}},
		} {
			code, out := htmlValidator.check(t, []string{c.file})
			if code != c.code {
				t.Errorf("%s: exit %d, want %d\n%s", filepath.Base(c.file), code, c.code, out)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("%s: output lacks %q:\n%s", filepath.Base(c.file), w, out)
				}
			}
		}
	})

	t.Run("pdf-tags", func(t *testing.T) {
		need(t, "node", "npm", "qpdf")
		untagged := write("utagget.pdf", minimalPDF("Prosessplan for Bodø"))
		code, out := tagsValidator.check(t, []string{untagged})
		if code != 1 {
			t.Errorf("untagged PDF: exit %d, want 1\n%s", code, out)
		}
		for _, w := range []string{"FAIL catalog has no /MarkInfo", "FAIL catalog has no /Lang", "validate-pdf-tags: "} {
			if !strings.Contains(out, w) {
				t.Errorf("untagged PDF: output lacks %q:\n%s", w, out)
			}
		}
		code, out = tagsValidator.check(t, []string{"--min", "Table=1", untagged})
		if code != 1 || !strings.Contains(out, "want at least 1 Table, found 0") {
			t.Errorf("--min Table=1: exit %d\n%s", code, out)
		}
	})
}

// minimalPDF is a one-page PDF with text and no tags, with a correct
// cross-reference table.
func minimalPDF(text string) string {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	stream := fmt.Sprintf("BT /F1 12 Tf 72 770 Td (%s) Tj ET", strings.ReplaceAll(text, "ø", "o"))
	objs = append(objs, fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(stream), stream))
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.String()
}
