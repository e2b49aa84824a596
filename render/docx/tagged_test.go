package docx

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/internal/validate"
)

// taggedPDFs converts .docx files to tagged PDF with LibreOffice, as the
// archive PDF is made, in one LibreOffice start, and returns the PDFs.
func taggedPDFs(t *testing.T, files []string) []string {
	t.Helper()
	if _, err := exec.LookPath("soffice"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("soffice is missing")
		}
		t.Skip("soffice is missing")
	}
	dir := t.TempDir()
	args := []string{"--headless", "--norestore", "--nolockcheck", "--nodefault",
		"-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--convert-to", `pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}`,
		"--outdir", dir}
	if out, err := exec.Command("soffice", append(args, files...)...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	var pdfs []string
	for _, f := range files {
		pdf := filepath.Join(dir, strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))+".pdf")
		if _, err := os.Stat(pdf); err != nil {
			t.Fatalf("no PDF for %s", f)
		}
		pdfs = append(pdfs, pdf)
	}
	return pdfs
}

// TestTaggedPDF: every table the writer makes has a header row marked to
// repeat (w:tblHeader), the timeline grid and its legend included, so the
// tagged PDF LibreOffice makes of the document (the archive PDF) has
// header cells in every table, as validate-pdf-tags (pdf.js) checks.
// Before, the legend and the key-value block were tables without one.
func TestTaggedPDF(t *testing.T) {
	tmpl := readTemplate(t, "kommunemal.dotx")
	var files []string
	for _, tc := range []struct {
		name string
		opts []Option
	}{
		{"tagget-ny.docx", nil},
		{"tagget-mal.docx", []Option{WithTemplate(bytes.NewReader(tmpl), int64(len(tmpl)))}},
	} {
		// Tables short enough for one page: LibreOffice 7.4 exports each
		// page's piece of a longer table as a Table of its own, and the
		// pieces after the first without TH (their header row repeated as
		// an artifact), whatever the document says.
		d := sampleDoc(3)
		d.Blocks = append(d.Blocks, saksframlegg().Blocks...)
		path, data := writeFile(t, tc.name, d, tc.opts...)
		doc := string(parts(t, data)["word/document.xml"])
		for i, tbl := range strings.Split(doc, "<w:tbl>")[1:] {
			if first := tbl[:strings.Index(tbl, "</w:tr>")]; !strings.Contains(first, "<w:tblHeader/>") {
				t.Errorf("%s: table %d has no header row: %.200s", tc.name, i+1, tbl)
			}
		}
		files = append(files, path)
	}
	validate.PDFTags(t, taggedPDFs(t, files), "--min", "Table=3")
}
