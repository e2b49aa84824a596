package docx

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
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
//
// A table longer than a page is one Table in LibreOffice's structure tree,
// its header row tagged TH on the first page and its repeats on later
// pages written as artifacts. A reader that looks at one page (pdf.js
// builds the tree per page, and so does a screen reader jumping there)
// found no header cells in the later pieces: 124 of the 134 table pieces
// of a 1,000-activity plan. The first cell of each body row is therefore
// the row's header, in the paragraph style "Table Heading" that
// LibreOffice tags TH, so every piece has TH cells; pdf.Archive then gives
// those cells /Scope /Row.
func TestTaggedPDF(t *testing.T) {
	t.Parallel() // slow: runs beside the package's other slow tests
	tmpl := readTemplate(t, "kommunemal.dotx")
	s, probs := prosessplan.NewSchedule(plantest.Generate(60))
	if s == nil {
		t.Fatalf("NewSchedule: %v", probs)
	}
	long := render.Build(s, render.Options{})
	var files []string
	for _, tc := range []struct {
		name string
		d    *render.Document
		opts []Option
	}{
		{"tagget-ny.docx", sampleDoc(3), nil},
		{"tagget-mal.docx", sampleDoc(3), []Option{WithTemplate(bytes.NewReader(tmpl), int64(len(tmpl)))}},
		// Activity table and timeline over several pages each.
		{"tagget-lang.docx", long, nil},
		{"tagget-lang-mal.docx", long, []Option{WithTemplate(bytes.NewReader(tmpl), int64(len(tmpl)))}},
	} {
		d := tc.d
		if d != long {
			d.Blocks = append(d.Blocks, saksframlegg().Blocks...)
		}
		path, data := writeFile(t, tc.name, d, tc.opts...)
		doc := string(parts(t, data)["word/document.xml"])
		styles := string(parts(t, data)["word/styles.xml"])
		id := regexp.MustCompile(`w:styleId="([^"]+)"><w:name w:val="Table Heading"/>`).FindStringSubmatch(styles)
		if id == nil {
			t.Fatalf("%s: no paragraph style named Table Heading", tc.name)
		}
		for i, tbl := range strings.Split(doc, "<w:tbl>")[1:] {
			rows := strings.Split(tbl, "</w:tr>")
			if !strings.Contains(rows[0], "<w:tblHeader/>") {
				t.Errorf("%s: table %d has no header row: %.200s", tc.name, i+1, tbl)
			}
			// The legend's rows are symbol and text pairs, with no
			// header of their own; it is kept on one page.
			if strings.Contains(rows[0], ">"+d.Captions.Legend+"<") || len(rows) < 3 {
				continue
			}
			body := 1
			for body < len(rows)-1 && strings.Contains(rows[body], "<w:tblHeader/>") {
				body++
			}
			if !strings.Contains(rows[body], `<w:pStyle w:val="`+id[1]+`"/>`) {
				t.Errorf("%s: table %d: the first body row has no row header: %.300s", tc.name, i+1, rows[body])
			}
		}
		files = append(files, path)
	}
	validate.PDFTags(t, taggedPDFs(t, files), "--min", "Table=3")
}
