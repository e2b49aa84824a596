package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/docx/internal/mktemplate"
)

var update = flag.Bool("update", false, "rewrite testdata/templates")

const templateDir = "../../testdata/templates"

// TestMakeTemplates checks that the committed templates are what
// mktemplate makes (run with -update to rewrite them) and that they are
// valid Word files to begin with.
func TestMakeTemplates(t *testing.T) {
	if *update {
		if err := os.MkdirAll(templateDir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var paths []string
	for _, tm := range mktemplate.All {
		path := filepath.Join(templateDir, tm.Name)
		b := mktemplate.Make(tm)
		if *update {
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run TestMakeTemplates -update)", err)
		}
		if !bytes.Equal(got, b) {
			t.Errorf("%s differs from what mktemplate makes; run go test -run TestMakeTemplates -update", path)
		}
		paths = append(paths, path)
	}
	validate.OOXML(t, paths...)
}

func readTemplate(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(templateDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// templateCases are the test templates with the placeholder option each
// is written into with.
var templateCases = []struct {
	name string
	opt  Option
}{
	{"kommunemal.dotx", WithPlaceholder("{{innhold}}")},
	{"kommunemal-bokmerke.docx", WithBookmark("Innhold")},
	{"kommunemal-innholdskontroll.dotx", WithContentControl("innhold")},
}

// templateOut is the name of the document written into template name.
func templateOut(name string) string {
	return strings.TrimSuffix(name, filepath.Ext(name)) + "-utfylt.docx"
}

func TestTemplates(t *testing.T) {
	for _, tc := range templateCases {
		t.Run(tc.name, func(t *testing.T) {
			tmpl := readTemplate(t, tc.name)
			r := office(t, templateOut(tc.name),
				mktemplate.Saksbehandler, "Dato:", mktemplate.Mottaker,
				mktemplate.LinkText, mktemplate.Closing,
				"Bakgrunn og formål", "Æ, ø og å: blåbærsyltetøy på Ørland – siste side.",
				"a < b & c > d, \"sitat\" og ]]> skal stå som de er.",
			)
			validate.OOXML(t, r.path)
			pages, sizes, data := r.pages, r.sizes, r.data
			all := squash(strings.Join(pages, " "))

			// The first page keeps the template's first-page header (with
			// its logo); later pages its default header, and every page
			// its footer with page X of Y.
			if !strings.Contains(pages[0], mktemplate.FirstPageHeader) {
				t.Errorf("page 1 lacks the first-page header %q", mktemplate.FirstPageHeader)
			}
			for i, p := range pages {
				if i > 0 && strings.Contains(p, mktemplate.FirstPageHeader) {
					t.Errorf("page %d repeats the first-page header", i+1)
				}
				if i > 0 && !strings.Contains(p, mktemplate.DefaultHeader) {
					t.Errorf("page %d lacks the default header", i+1)
				}
				want := fmt.Sprintf("Side %d av %d", i+1, len(pages))
				if !strings.Contains(squash(p), want) || !strings.Contains(p, mktemplate.FooterAddress) {
					t.Errorf("page %d lacks the template footer (%q)", i+1, want)
				}
			}
			// Content order: the template's text before the placeholder,
			// ours, then the template's closing.
			iMottaker := strings.Index(all, mktemplate.Mottaker)
			iOurs := strings.Index(all, "Bakgrunn og formål a")
			if iOurs < 0 {
				iOurs = strings.LastIndex(all, "Bakgrunn og formål")
			}
			iClosing := strings.Index(all, mktemplate.Closing)
			if !(iMottaker < iOurs && iOurs < iClosing) {
				t.Errorf("content out of place: Mottaker at %d, ours at %d, closing at %d", iMottaker, iOurs, iClosing)
			}
			for _, gone := range []string{"{{innhold}}", "Klikk her for å skrive inn tekst."} {
				if strings.Contains(all, gone) {
					t.Errorf("placeholder %q still in the text", gone)
				}
			}
			for _, want := range []string{"1. Bystyret tar melding om oppstart", "2. Planen utarbeides som temaplan", "1. Ny liste, første punkt"} {
				if !strings.Contains(all, want) {
					t.Errorf("text lacks %q", want)
				}
			}
			landscape := false
			for i, s := range sizes {
				if s[0] > s[1] {
					landscape = true
					if !strings.Contains(pages[i], "Tidslinje for planarbeidet") {
						t.Errorf("landscape page %d does not show the timeline", i+1)
					}
				}
			}
			if !landscape {
				t.Error("no landscape page")
			}
			if last := sizes[len(sizes)-1]; last[0] > last[1] {
				t.Error("last page is landscape; the template's own section is portrait")
			}

			checkTemplateParts(t, tmpl, data)
		})
	}
}

// checkTemplateParts compares the output's parts with the template's.
func checkTemplateParts(t *testing.T, tmpl, data []byte) {
	t.Helper()
	in, out := parts(t, tmpl), parts(t, data)
	touched := map[string]bool{
		"word/document.xml": true, "word/_rels/document.xml.rels": true, "word/styles.xml": true,
		"word/numbering.xml": true, "word/settings.xml": true, "[Content_Types].xml": true,
		"docProps/core.xml": true,
	}
	for name, b := range in {
		o, ok := out[name]
		if !ok {
			t.Errorf("part %s is gone", name)
			continue
		}
		if !touched[name] && !bytes.Equal(b, o) {
			t.Errorf("part %s changed", name)
		}
	}
	doc, tdoc := string(out["word/document.xml"]), string(in["word/document.xml"])

	// Template markup we did not replace is there byte for byte.
	for _, re := range []string{
		`<w:sdt><w:sdtPr><w:alias w:val="Saksbehandler"/>.*?</w:sdt>`,
		`<w:p [^>]*><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Dato: .*?</w:p>`,
		`<w:bookmarkStart w:id="0" w:name="Mottaker"/>.*?<w:bookmarkEnd w:id="0"/>`,
		`<w:hyperlink r:id="rId5" w:history="1">.*?</w:hyperlink>`,
	} {
		m := regexp.MustCompile(re).FindString(tdoc)
		if m == "" {
			t.Fatalf("template lacks %s", re)
		}
		if !strings.Contains(doc, m) {
			t.Errorf("output lost the template's %.60s…", m)
		}
	}
	if !strings.HasPrefix(doc, tdoc[:strings.Index(tdoc, "<w:body>")]) {
		t.Error("document root element changed")
	}

	// A .dotx becomes a .docx.
	ct := string(out["[Content_Types].xml"])
	if !strings.Contains(ct, `<Override PartName="/word/document.xml" ContentType="`+ctMain+`"/>`) {
		t.Error("main part is not a document")
	}

	// Styles: found by name, not ID; the missing ones added after the
	// template's, which are kept byte for byte.
	st, tst := string(out["word/styles.xml"]), string(in["word/styles.xml"])
	if !strings.HasPrefix(st, strings.TrimSuffix(tst, "</w:styles>")) {
		t.Error("template styles not kept byte for byte")
	}
	for _, s := range []string{`w:pStyle w:val="Overskrift1"`, `w:pStyle w:val="Overskrift2"`, `w:pStyle w:val="Tittel"`, `w:tblStyle w:val="Tabellrutenett"`, `w:rStyle w:val="Hyperkobling"`, `w:pStyle w:val="ListNumber"`} {
		if !strings.Contains(doc, s) {
			t.Errorf("document does not use %s", s)
		}
	}
	for _, s := range []string{"Heading1", "TableGrid"} {
		if strings.Contains(doc, `w:val="`+s+`"`) || strings.Contains(st, `w:styleId="`+s+`"`) {
			t.Errorf("%s used or added although the template has it under a Norwegian ID", s)
		}
	}
	for _, name := range []string{"List Bullet", "List Number", "toc 1", "TOC Heading", "caption"} {
		if strings.Count(st, `<w:name w:val="`+name+`"/>`) != 1 {
			t.Errorf("style %q not added once", name)
		}
	}

	// IDs never collide with the template's.
	unique := func(part, re string) {
		seen := map[string]bool{}
		for _, m := range regexp.MustCompile(re).FindAllStringSubmatch(string(out[part]), -1) {
			if seen[m[1]] {
				t.Errorf("%s: duplicate %s", part, m[0])
			}
			seen[m[1]] = true
		}
	}
	unique("word/_rels/document.xml.rels", `Id="([^"]+)"`)
	// Drawing IDs are unique over all stories of the document.
	var all []byte
	for name, b := range out {
		if strings.HasPrefix(name, "word/") && strings.HasSuffix(name, ".xml") {
			all = append(all, b...)
		}
	}
	out["all stories"] = all
	unique("all stories", `<wp:docPr id="(\d+)"`)
	unique("word/document.xml", `<w:bookmarkStart w:id="(\d+)"`)
	unique("word/document.xml", `<w:bookmarkStart w:id="\d+" w:name="([^"]+)"`)
	if num, ok := out["word/numbering.xml"]; ok {
		unique("word/numbering.xml", `<w:abstractNum w:abstractNumId="(\d+)"`)
		unique("word/numbering.xml", `<w:num w:numId="(\d+)"`)
		if tn, ok := in["word/numbering.xml"]; ok {
			tn := strings.TrimSuffix(string(tn), "</w:numbering>")
			tn = tn[:strings.Index(tn, "<w:num ")]
			if !strings.HasPrefix(string(num), tn) {
				t.Error("template numbering not kept byte for byte")
			}
		}
	}
}

// failWriter records whether anything was written.
type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }

func zipOf(t testing.TB, files map[string][]byte, order []string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, name := range order {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(files[name])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// rezip returns tmpl with part name replaced by data.
func rezip(t testing.TB, tmpl []byte, name string, f func([]byte) []byte) []byte {
	t.Helper()
	ps := parts(t, tmpl)
	zr, _ := zip.NewReader(bytes.NewReader(tmpl), int64(len(tmpl)))
	var order []string
	for _, f := range zr.File {
		order = append(order, f.Name)
	}
	ps[name] = f(ps[name])
	return zipOf(t, ps, order)
}

func TestBadTemplates(t *testing.T) {
	good := readTemplate(t, "kommunemal.dotx")
	ole := func(extra string) []byte {
		b := append([]byte{}, oleMagic...)
		b = append(b, make([]byte, 504)...)
		for _, r := range extra {
			b = append(b, byte(r), 0)
		}
		return append(b, make([]byte, 1024)...)
	}
	many := map[string][]byte{}
	var manyOrder []string
	for i := 0; i <= MaxTemplateEntries; i++ {
		n := fmt.Sprintf("f%04d.xml", i)
		many[n] = nil
		manyOrder = append(manyOrder, n)
	}
	bomb := rezip(t, good, "word/media/image1.png", func([]byte) []byte { return make([]byte, 8<<20) })

	for _, tc := range []struct {
		name string
		data []byte
		opt  []Option
		want error
		msg  string
	}{
		{"text file", []byte("Dette er ikke et Word-dokument, bare tekst med æøå."), nil, ErrNotWord, "not a Word document"},
		{"workbook", zipOf(t, map[string][]byte{
			"[Content_Types].xml": []byte(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`),
			"_rels/.rels":         []byte(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
			"xl/workbook.xml":     []byte(`<workbook/>`),
		}, []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"}), nil, ErrNotWord, "spreadsheetml"},
		{"encrypted", ole("EncryptionInfo"), nil, ErrEncrypted, "password"},
		{"binary .doc", ole("WordDocument"), nil, ErrNotWord, ".doc"},
		{"macro-enabled .dotm", rezip(t, good, "[Content_Types].xml", func(b []byte) []byte {
			return bytes.ReplaceAll(b, []byte(ctTemplate), []byte("application/vnd.ms-word.template.macroEnabledTemplate.main+xml"))
		}), nil, ErrMacroEnabled, "macro"},
		{"missing marker", good, []Option{WithPlaceholder("{{finnes-ikke}}")}, ErrPlaceholder, `paragraph "{{finnes-ikke}}"`},
		{"missing bookmark", good, []Option{WithBookmark("Finnes_ikke")}, ErrPlaceholder, "bookmark"},
		{"missing control", good, []Option{WithContentControl("finnes-ikke")}, ErrPlaceholder, "content control"},
		{"too many entries", zipOf(t, many, manyOrder), nil, ErrTooLarge, "entries"},
		{"zip bomb", bomb, nil, ErrTooLarge, "compresses"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var w failWriter
			opts := append([]Option{WithTemplate(bytes.NewReader(tc.data), int64(len(tc.data)))}, tc.opt...)
			err := Write(&w, sampleDoc(5), opts...)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Write = %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q does not mention %q", err, tc.msg)
			}
			if w.n != 0 {
				t.Errorf("wrote %d bytes despite the error", w.n)
			}
		})
	}
	t.Run("placeholder without template", func(t *testing.T) {
		var w failWriter
		if err := Write(&w, sampleDoc(1), WithPlaceholder("{{innhold}}")); !errors.Is(err, ErrPlaceholder) || w.n != 0 {
			t.Errorf("Write = %v (%d bytes), want ErrPlaceholder and nothing written", err, w.n)
		}
	})
}

func TestTemplateDeterministic(t *testing.T) {
	tmpl := readTemplate(t, "kommunemal.dotx")
	var a, b bytes.Buffer
	for _, w := range []*bytes.Buffer{&a, &b} {
		if err := Write(w, sampleDoc(20), WithTemplate(bytes.NewReader(tmpl), int64(len(tmpl))), WithPlaceholder("{{innhold}}")); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes into the same template differ")
	}
}

// nynorskDoc is a short nynorsk saksframlegg.
func nynorskDoc() *render.Document {
	return &render.Document{
		Title: "Saksframlegg", Language: "nn", Captions: bokmalCaptions,
		Blocks: []render.Block{
			&render.Heading{Level: 1, Text: "Kommunedirektøren si innstilling"},
			&render.List{Ordered: true, Items: [][]render.Run{render.Plain("Kommunestyret vedtek planen."), render.Plain("Tiltak i planen vert følgde opp i budsjett og økonomiplan.")}},
		},
	}
}

// A template's placeholder at the end of the body (no option) and a
// template with nynorsk content get the language on the runs.
func TestTemplateEndOfBodyNynorsk(t *testing.T) {
	r := office(t, "nynorsk-slutt.docx", "Kommunedirektøren si innstilling")
	validate.OOXML(t, r.path)
	txt, data := squash(strings.Join(r.pages, " ")), r.data
	if i, j := strings.Index(txt, mktemplate.Closing), strings.Index(txt, "Kommunedirektøren si innstilling"); i < 0 || j < i {
		t.Errorf("content not after the template's closing text")
	}
	if !strings.Contains(txt, "2. Tiltak i planen vert følgde opp") {
		t.Error("numbered point 2 missing")
	}
	doc := string(parts(t, data)["word/document.xml"])
	if !strings.Contains(doc, `<w:lang w:val="nn-NO"/>`) {
		t.Error("runs do not say nn-NO in a nb-NO template")
	}
	if _, ok := parts(t, data)["word/numbering.xml"]; !ok {
		t.Error("no numbering part added to a template without one")
	}
}

func mustRead(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A marker inside a block content control (case systems wrap template
// text in them) still works; the control around it is kept.
// wrappedMarker wraps the {{innhold}} paragraph of tmpl in a content control.
func wrappedMarker(t testing.TB, tmpl []byte) []byte {
	return rezip(t, tmpl, "word/document.xml", func(b []byte) []byte {
		i := bytes.Index(b, []byte(`<w:p w:rsidR="00B2C3D4"`))
		j := i + bytes.Index(b[i:], []byte(`</w:p>`)) + len(`</w:p>`)
		wrapped := `<w:sdt><w:sdtPr><w:alias w:val="Brødtekst"/><w:tag w:val="brodtekst"/><w:id w:val="42"/></w:sdtPr><w:sdtContent>` + string(b[i:j]) + `</w:sdtContent></w:sdt>`
		return []byte(string(b[:i]) + wrapped + string(b[j:]))
	})
}

func TestPlaceholderInsideControl(t *testing.T) {
	r := office(t, "innpakket.docx", "Bakgrunn og formål", mktemplate.Closing)
	validate.OOXML(t, r.path)
	pages, sizes, data := r.pages, r.sizes, r.data
	if strings.Contains(strings.Join(pages, ""), "{{innhold}}") {
		t.Error("marker still there")
	}
	land := 0
	for _, s := range sizes {
		if s[0] > s[1] {
			land++
		}
	}
	if land == 0 || sizes[0][0] > sizes[0][1] || sizes[len(sizes)-1][0] > sizes[len(sizes)-1][1] {
		t.Errorf("page sizes %v: want portrait, a landscape timeline, portrait", sizes)
	}
	doc := string(parts(t, data)["word/document.xml"])
	if !strings.Contains(doc, `<w:tag w:val="brodtekst"/><w:id w:val="42"/></w:sdtPr><w:sdtContent><w:p><w:pPr><w:pStyle w:val="Tittel"/>`) {
		t.Error("content not inside the wrapping content control")
	}
}

// FuzzTemplate feeds damaged and hostile templates to Write: it must
// return an error and write nothing, or write a document that passes the
// same checks as a template (names, sizes, well-formed XML without DTDs,
// relationships inside the package), never panic. The seed corpus is the
// test templates and testdata/fuzz/FuzzTemplate (hostile parts on a bare
// template); run it with go test -fuzz FuzzTemplate ./render/docx.
func FuzzTemplate(f *testing.F) {
	for _, tm := range mktemplate.All {
		f.Add(mktemplate.Make(tm), "document.xml", 0, "")
	}
	f.Add([]byte("PK\x03\x04"), "", 0, "")
	f.Fuzz(func(t *testing.T, tmpl []byte, part string, at int, insert string) {
		// Damage one part's XML, which the zip layer would not notice.
		if zr, err := zip.NewReader(bytes.NewReader(tmpl), int64(len(tmpl))); err == nil && part != "" {
			for _, zf := range zr.File {
				if strings.HasSuffix(zf.Name, part) {
					tmpl = rezipFuzz(tmpl, zf.Name, at, insert)
					break
				}
			}
		}
		var b bytes.Buffer
		for _, opt := range []Option{nil, WithPlaceholder("{{innhold}}"), WithBookmark("Innhold"), WithContentControl("innhold")} {
			opts := []Option{WithTemplate(bytes.NewReader(tmpl), int64(len(tmpl)))}
			if opt != nil {
				opts = append(opts, opt)
			}
			b.Reset()
			err := Write(&b, sampleDoc(2), opts...)
			if err != nil {
				if b.Len() != 0 {
					t.Fatalf("error %v after writing %d bytes", err, b.Len())
				}
				var te *TemplateError
				if !errors.As(err, &te) {
					t.Fatalf("error %v is not a *TemplateError", err)
				}
				continue
			}
			if _, err := openTemplate(bytes.NewReader(b.Bytes()), int64(b.Len())); err != nil {
				t.Fatalf("the output does not pass the template checks: %v", err)
			}
		}
	})
}

func rezipFuzz(tmpl []byte, name string, at int, insert string) []byte {
	zr, err := zip.NewReader(bytes.NewReader(tmpl), int64(len(tmpl)))
	if err != nil {
		return tmpl
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return tmpl
		}
		data, err := io.ReadAll(io.LimitReader(rc, 1<<20))
		rc.Close()
		if err != nil {
			return tmpl
		}
		if f.Name == name && len(data) > 0 {
			if at < 0 {
				at = -at
			}
			at %= len(data)
			data = append(data[:at:at], append([]byte(insert), data[at:]...)...)
		}
		w, _ := zw.Create(f.Name)
		w.Write(data)
	}
	zw.Close()
	return out.Bytes()
}

// TestDamagedTemplates damages the test templates' parts in 800 seeded
// random ways (bytes inserted, replaced, cut): Write returns an error
// without output, or a zip.
func TestDamagedTemplates(t *testing.T) {
	t.Parallel() // slow: runs beside the package's other slow tests
	rng := rand.New(rand.NewPCG(1, 2))
	snippets := []string{"<", ">", "</w:p>", "<w:p>", "\"", "&", "<w:sectPr/>", "<w:body>", "</w:body>", "{{innhold}}", "\x00", "<w:sdt>", "w:id=\"-1\"", "rId1", "xmlns:w=\"x\""}
	var tmpls [][]byte
	for _, tm := range mktemplate.All {
		tmpls = append(tmpls, mktemplate.Make(tm))
	}
	names := []string{"word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/_rels/document.xml.rels", "[Content_Types].xml", "_rels/.rels"}
	n := 800
	if testing.Short() {
		n = 300
	}
	for i := 0; i < n; i++ {
		tmpl := tmpls[rng.IntN(len(tmpls))]
		name := names[rng.IntN(len(names))]
		ins := snippets[rng.IntN(len(snippets))]
		if rng.IntN(3) == 0 {
			ins = ""
		}
		damaged := rezipFuzz(tmpl, name, rng.IntN(1<<20), ins)
		if rng.IntN(4) == 0 {
			// Also cut some bytes after the insertion point.
			damaged = rezipCut(damaged, name, rng.IntN(1<<20), rng.IntN(40))
		}
		for _, opt := range []Option{nil, WithPlaceholder("{{innhold}}"), WithBookmark("Innhold"), WithContentControl("innhold")} {
			opts := []Option{WithTemplate(bytes.NewReader(damaged), int64(len(damaged)))}
			if opt != nil {
				opts = append(opts, opt)
			}
			var b bytes.Buffer
			func() {
				defer func() {
					if r := recover(); r != nil {
						os.WriteFile(filepath.Join(t.TempDir(), "panic.docx"), damaged, 0o644)
						t.Fatalf("iteration %d (%s, %q): panic: %v", i, name, ins, r)
					}
				}()
				if err := Write(&b, sampleDoc(2), opts...); err == nil {
					if _, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len())); err != nil {
						t.Fatalf("iteration %d: output is not a zip: %v", i, err)
					}
				} else if b.Len() != 0 {
					t.Fatalf("iteration %d: error %v after writing %d bytes", i, err, b.Len())
				}
			}()
		}
	}
}

func rezipCut(tmpl []byte, name string, at, n int) []byte {
	zr, err := zip.NewReader(bytes.NewReader(tmpl), int64(len(tmpl)))
	if err != nil {
		return tmpl
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == name && len(data) > 0 {
			at %= len(data)
			end := min(at+n, len(data))
			data = append(data[:at:at], data[end:]...)
		}
		w, _ := zw.Create(f.Name)
		w.Write(data)
	}
	zw.Close()
	return out.Bytes()
}

// A bare template: no styles, numbering, settings, core properties or even
// relationships of its main part. Everything needed is added.
// bareTemplate has no styles, numbering, settings, core properties or
// even relationships of its main part.
func bareTemplate(t testing.TB) []byte {
	return zipOf(t, map[string][]byte{
		"[Content_Types].xml": []byte(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="` + ctMain + `"/></Types>`),
		"_rels/.rels":         []byte(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
		"word/document.xml":   []byte(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="` + wNS + `"><w:body><w:p><w:r><w:t>Mal uten noe</w:t></w:r></w:p></w:body></w:document>`),
	}, []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml"})
}

func TestBareTemplate(t *testing.T) {
	r := office(t, "naken.docx", "Mal uten noe", "Bakgrunn og formål", "1. Bystyret tar melding om oppstart")
	validate.OOXML(t, r.path)
	pages, sizes, data := r.pages, r.sizes, r.data
	ps := parts(t, data)
	for _, name := range []string{"word/styles.xml", "word/numbering.xml", "word/_rels/document.xml.rels", "docProps/core.xml"} {
		if _, ok := ps[name]; !ok {
			t.Errorf("%s not added", name)
		}
	}
	land := false
	for _, s := range sizes {
		land = land || s[0] > s[1]
	}
	if !land || len(pages) < 3 {
		t.Errorf("%d pages, sizes %v: want a landscape timeline", len(pages), sizes)
	}
}
