package pdf

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/docx"
)

// miniDocx writes a minimal Word document by hand: a Heading 1 and a
// paragraph with Norwegian letters.
func miniDocx(t *testing.T) []byte {
	t.Helper()
	files := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Prosessplan for Bodø</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Særlige forhold: høring, frist og vedtak i bystyret – æøå ÆØÅ.</w:t></w:r></w:p>
</w:body></w:document>`},
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range files {
		w, err := zw.Create(f.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(f.body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestArchive(t *testing.T) {
	if _, err := findSoffice(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var out bytes.Buffer
	if err := Archive(ctx, bytes.NewReader(miniDocx(t)), &out); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "arkiv.pdf")
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	validate.PDF(t, path, []string{"Prosessplan for Bodø", "Særlige forhold: høring, frist og vedtak i bystyret – æøå ÆØÅ."})
	if info := tool(t, "pdfinfo", path); !strings.Contains(info, "Tagged:          yes") {
		t.Errorf("archive PDF is not tagged:\n%s", info)
	}
	meta := tool(t, "pdfinfo", "-meta", path)
	if !strings.Contains(meta, "<pdfaid:part>2</pdfaid:part>") || !strings.Contains(strings.ToUpper(meta), "<PDFAID:CONFORMANCE>B</PDFAID:CONFORMANCE>") {
		t.Errorf("no PDF/A-2b identification in the XMP metadata:\n%s", meta)
	}

	// A file that is not a Word document gives an error, not a PDF.
	if err := Archive(ctx, strings.NewReader("ikke et dokument"), &bytes.Buffer{}); err == nil {
		t.Error("Archive of garbage gave no error")
	}
}

func TestArchiveWithoutLibreOffice(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	err := Archive(context.Background(), bytes.NewReader(nil), &bytes.Buffer{})
	if !errors.Is(err, ErrNoLibreOffice) {
		t.Fatalf("Archive without soffice = %v, want ErrNoLibreOffice", err)
	}
}

// The archive path end to end: the Bodø plan written by render/docx,
// converted by LibreOffice.
func TestArchiveBodo(t *testing.T) {
	if _, err := findSoffice(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	s, prof := bodo(t)
	d := render.Build(s, render.Options{Profile: prof})
	var word bytes.Buffer
	if err := docx.Write(&word, d); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var out bytes.Buffer
	if err := Archive(ctx, &word, &out); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "bodo-arkiv.pdf")
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("PDF_KEEP"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, "bodo-arkiv.pdf"), out.Bytes(), 0o644)
	}
	validate.PDF(t, path, []string{d.Title, "Bodø kommune"}, "--title", d.Title)
	if info := tool(t, "pdfinfo", path); !strings.Contains(info, "Tagged:          yes") {
		t.Errorf("archive PDF is not tagged:\n%s", info)
	}
}
