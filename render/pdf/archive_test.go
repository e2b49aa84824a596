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
// paragraph with Norwegian letters, the heading style and the title that
// a tagged PDF needs (an H1, DisplayDocTitle).
func miniDocx(t *testing.T) []byte {
	t.Helper()
	files := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`},
		{"docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Prosessplan for Bodø</dc:title><dc:language>nb-NO</dc:language></cp:coreProperties>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`},
		{"word/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="nb-NO"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>`},
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
	t.Parallel() // slow: runs beside the package's other slow tests
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
	checkTags(t, []string{path})
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
	t.Parallel() // slow: runs beside the package's other slow tests
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
	// Header cells on every page of the tables that run over pages (the
	// activity table and the timeline): the first cell of each row is its
	// header, with /Scope /Row; the header row keeps /Scope /Column.
	checkTags(t, []string{path}, "--min", "Table=3")
	if !bytes.Contains(out.Bytes(), []byte("/Scope/Row")) || !bytes.Contains(out.Bytes(), []byte("/Scope/Column")) {
		t.Error("archive PDF lacks row headers (/Scope /Row) or column headers (/Scope /Column)")
	}
}

// loTable is a table as LibreOffice 7.4 writes it into the structure
// tree: a header row and a body row whose first cell has the paragraph
// style "Table Heading", each TH with /Scope /Column.
const loTable = `%PDF-1.6
10 0 obj
<</Type/StructElem
/S/TR
/P 9 0 R
/K[11 0 R 13 0 R ]
>>
endobj

11 0 obj
<</Type/StructElem
/S/TH
/P 10 0 R
/A [ 30 0 R 31 0 R ]
/K[12 0 R ]
>>
endobj

12 0 obj
<</Type/StructElem
/S/Tabelltekst
/P 11 0 R
/K[0 ]
>>
endobj

14 0 obj
<</Type/StructElem
/S/TR
/P 9 0 R
/K[15 0 R 17 0 R ]
>>
endobj

15 0 obj
<</Type/StructElem
/S/TH
/P 14 0 R
/A [ 32 0 R 33 0 R ]
/K[16 0 R ]
>>
endobj

16 0 obj
<</Type/StructElem
/S/Table#20Heading
/P 15 0 R
/K[1 ]
>>
endobj

17 0 obj
<</Type/StructElem
/S/TD
/P 14 0 R
/A [ 34 0 R ]
/K[18 0 R ]
>>
endobj

30 0 obj
<</O/Layout
/Placement/Inline
>>
endobj

31 0 obj
<</O/Table
/Scope/Column
>>
endobj

32 0 obj
<</O/Layout
/Placement/Inline
>>
endobj

33 0 obj
<</O/Table
/ColSpan 2
/Scope/Column
>>
endobj

`

func TestFixRowHeaders(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"header row keeps its column scope, row header gets row scope", loTable,
			strings.Replace(loTable, "/ColSpan 2\n/Scope/Column", "/ColSpan 2\n/Scope/Row   ", 1)},
		{"a row header found by its TD neighbour", strings.Replace(loTable, "/S/Table#20Heading", "/S/Tabelltekst", 1),
			strings.Replace(strings.Replace(loTable, "/S/Table#20Heading", "/S/Tabelltekst", 1), "/ColSpan 2\n/Scope/Column", "/ColSpan 2\n/Scope/Row   ", 1)},
		{"a header row alone is left alone", strings.Replace(loTable, "/S/Table#20Heading", "/S/Tabelltekst", 1)[:strings.Index(loTable, "17 0 obj")],
			strings.Replace(loTable, "/S/Table#20Heading", "/S/Tabelltekst", 1)[:strings.Index(loTable, "17 0 obj")]},
		{"not a tagged PDF", "%PDF-1.4\n1 0 obj\n<</Type/Catalog>>\nendobj\n", "%PDF-1.4\n1 0 obj\n<</Type/Catalog>>\nendobj\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := string(fixRowHeaders([]byte(tc.in)))
			if got != tc.want {
				t.Errorf("fixRowHeaders:\n%s\nwant\n%s", got, tc.want)
			}
			if len(got) != len(tc.in) {
				t.Errorf("length %d, want %d: byte offsets moved", len(got), len(tc.in))
			}
		})
	}
}
