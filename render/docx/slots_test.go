package docx

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/docx/internal/mktemplate"
)

// saksframlegg returns a saksframlegg with header fields (arkivkode still
// to fill in) and the Header block that prints them.
func saksframlegg() *render.Document {
	fields := []render.Field{
		{Key: render.FieldSaksbehandler, Label: "Saksbehandler", Value: "Åse Ødegård"},
		{Key: render.FieldArkivsak, Label: "Arkivsaksnr.", Value: "17/4711"},
		{Key: render.FieldArkivkode, Label: "Arkivkode", Value: ""},
		{Key: render.FieldLopenr, Label: "Løpenr.", Value: "52133/2017"},
		{Key: render.FieldDato, Label: "Dato", Value: "07.12.2017"},
		{Key: render.FieldTittel, Label: "Tittel", Value: "Boligplan 2018–2021 – melding om oppstart"},
	}
	kv := &render.KeyValue{Header: true}
	for _, f := range fields[:5] {
		kv.Pairs = append(kv.Pairs, render.Pair{Key: f.Label, Value: f.Value})
	}
	return &render.Document{
		Kind: render.SaksframleggDoc, Title: fields[5].Value, Language: "nb", Captions: bokmalCaptions,
		Decision: "1.7", Fields: fields,
		Blocks: []render.Block{
			kv,
			&render.Heading{Level: 1, Text: "Rådmannens innstilling"},
			&render.Paragraph{Runs: render.Plain("Bystyret tar melding om oppstart til orientering.")},
		},
	}
}

// TestTemplateSlots: a template's own slots for the header fields are
// filled and no second header block is printed; a template without slots
// gets the Header block, with the field still to fill in printed empty.
// slotTemplates are the templates saksframlegg() is written into: one
// with slots for every field, one without any, and kommunemal.dotx with
// its Saksbehandler control.
func slotTemplates(t testing.TB) map[string][]byte {
	classic, err := os.ReadFile(filepath.Join(templateDir, "kommunemal.dotx"))
	if err != nil {
		t.Fatal(err)
	}
	return map[string][]byte{
		"med-felt": mktemplate.Make(mktemplate.Slots),
		"uten-felt": zipOf(t, map[string][]byte{
			"[Content_Types].xml": []byte(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="` + ctMain + `"/></Types>`),
			"_rels/.rels":         []byte(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
			"word/document.xml":   []byte(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="` + wNS + `"><w:body><w:p><w:r><w:t>Mal uten felt</w:t></w:r></w:p><w:p><w:r><w:t>{{innhold}}</w:t></w:r></w:p></w:body></w:document>`),
		}, []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml"}),
		"kommunemal": classic,
	}
}

// TestTemplateSlots: a template's own slots for the header fields are
// filled and no second header block is printed; a template without slots
// gets the Header block, with the field still to fill in printed empty.
func TestTemplateSlots(t *testing.T) {
	res := map[string]*officeResult{}
	for name := range slotTemplates(t) {
		res[name] = office(t, "saksframlegg-"+name+".docx")
		validate.OOXML(t, res[name].path)
	}
	text := func(name string) string { return squash(strings.Join(res[name].pages, " ")) }
	docOf := func(name string) string { return string(parts(t, res[name].data)["word/document.xml"]) }

	t.Run("slots filled", func(t *testing.T) {
		txt := text("med-felt")
		for _, want := range []string{
			"Saksbehandler: Åse Ødegård", "Arkivsaksnr.: 17/4711", "Løpenr.: 52133/2017", "Dato: 07.12.2017",
			"Boligplan 2018–2021 – melding om oppstart", "Rådmannens innstilling",
		} {
			if !strings.Contains(txt, want) {
				t.Errorf("text lacks %q:\n%.600s", want, txt)
			}
		}
		for _, label := range []string{"Saksbehandler", "Arkivsaksnr.", "Arkivkode", "Løpenr.", "Dato:"} {
			if n := strings.Count(txt, label); n != 1 {
				t.Errorf("%q printed %d times, want once (the template's own)", label, n)
			}
		}
		for _, gone := range []string{mktemplate.DatePlaceholder, mktemplate.TitlePlaceholder} {
			if strings.Contains(txt, gone) {
				t.Errorf("placeholder text %q still there", gone)
			}
		}
		doc := docOf("med-felt")
		if strings.Count(doc, "<w:showingPlcHdr/>") != 0 {
			t.Error("a filled content control still says it shows its placeholder")
		}
		if strings.Contains(doc, `<w:rStyle w:val="Plassholdertekst"/></w:rPr><w:t xml:space="preserve">07.12.2017`) {
			t.Error("the date is set in the placeholder style")
		}
		if !strings.Contains(doc, `<w:tag w:val="dato"/>`) || !strings.Contains(doc, `<w:bookmarkStart w:id="7" w:name="Lopenr"/>`) {
			t.Error("the template's control or bookmark is gone")
		}
	})
	t.Run("no slots", func(t *testing.T) {
		txt := text("uten-felt")
		for _, want := range []string{"Mal uten felt", "Saksbehandler Åse Ødegård", "Arkivsaksnr. 17/4711", "Arkivkode", "Løpenr. 52133/2017", "Dato 07.12.2017"} {
			if !strings.Contains(txt, want) {
				t.Errorf("text lacks %q:\n%.600s", want, txt)
			}
		}
	})
	t.Run("control with its label", func(t *testing.T) {
		// kommunemal.dotx holds «Saksbehandler: Kari Nordmann» in a
		// control tagged Saksbehandler: the label stays, the name is ours;
		// the other fields have no slot there and are printed in the block.
		txt := text("kommunemal")
		for _, want := range []string{"Saksbehandler: Åse Ødegård", "Arkivsaksnr. 17/4711", "Løpenr. 52133/2017"} {
			if !strings.Contains(txt, want) {
				t.Errorf("text lacks %q:\n%.600s", want, txt)
			}
		}
		if strings.Contains(txt, mktemplate.Saksbehandler) || strings.Count(txt, "Saksbehandler") != 1 {
			t.Errorf("saksbehandler not replaced once:\n%.600s", txt)
		}
	})
}

// A slot in the template's page header is filled too, and the template's
// other header bytes stay as they were.
func TestHeaderSlot(t *testing.T) {
	tmpl := rezip(t, mktemplate.Make(mktemplate.Slots), "word/header2.xml", func(b []byte) []byte {
		return bytes.Replace(b, []byte(`</w:p></w:hdr>`), []byte(`<w:r><w:t xml:space="preserve"> – sak </w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="Arkivsak"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="Plassholdertekst"/></w:rPr><w:t>[Arkivsak]</w:t></w:r></w:sdtContent></w:sdt></w:p></w:hdr>`), 1)
	})
	var b bytes.Buffer
	if err := Write(&b, saksframlegg(), WithTemplate(bytes.NewReader(tmpl), int64(len(tmpl)))); err != nil {
		t.Fatal(err)
	}
	hdr := string(parts(t, b.Bytes())["word/header2.xml"])
	want := `<w:sdt><w:sdtPr><w:tag w:val="Arkivsak"/></w:sdtPr><w:sdtContent><w:r><w:rPr></w:rPr><w:t xml:space="preserve">17/4711</w:t></w:r></w:sdtContent></w:sdt>`
	if !strings.Contains(hdr, want) {
		t.Errorf("header2.xml:\n%s\nlacks\n%s", hdr, want)
	}
	if tm := string(parts(t, tmpl)["word/header2.xml"]); !strings.HasPrefix(hdr, tm[:strings.Index(tm, "<w:sdt>")]) {
		t.Error("the header's bytes before the slot changed")
	}
}
