package docx_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"log"
	"os"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/docx"
)

func ExampleWrite() {
	d := &render.Document{
		Title:    "Melding om oppstart",
		Author:   "Bodø kommune",
		Language: prosessplan.Bokmal,
		Profile:  render.Profile{Municipality: "Bodø kommune"},
		Captions: render.Captions{Page: "Side", Of: "av"},
		Blocks: []render.Block{
			&render.Heading{Level: 1, Text: "Kommunedirektørens innstilling"},
			&render.List{Ordered: true, Items: [][]render.Run{
				render.Plain("Bystyret tar melding om oppstart til orientering."),
			}},
		},
	}
	var b bytes.Buffer
	if err := docx.Write(&b, d); err != nil {
		log.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range zr.File {
		fmt.Println(f.Name)
	}
	// Output:
	// [Content_Types].xml
	// _rels/.rels
	// word/document.xml
	// word/_rels/document.xml.rels
	// word/styles.xml
	// word/numbering.xml
	// word/settings.xml
	// word/header1.xml
	// word/footer1.xml
	// word/header2.xml
	// word/footer2.xml
	// docProps/core.xml
	// docProps/app.xml
}

func ExampleWithTemplate() {
	tmpl, err := os.ReadFile("../../testdata/templates/kommunemal.dotx")
	if err != nil {
		log.Fatal(err)
	}
	d := &render.Document{
		Title:    "Melding om oppstart",
		Language: prosessplan.Bokmal,
		Blocks:   []render.Block{&render.Paragraph{Runs: render.Plain("Innholdet kommer der malen har {{innhold}}.")}},
	}
	var b bytes.Buffer
	err = docx.Write(&b, d, docx.WithTemplate(bytes.NewReader(tmpl), int64(len(tmpl))), docx.WithPlaceholder("{{innhold}}"))
	fmt.Println(err)

	// A placeholder the template lacks is an error, and nothing is written.
	b.Reset()
	err = docx.Write(&b, d, docx.WithTemplate(bytes.NewReader(tmpl), int64(len(tmpl))), docx.WithPlaceholder("{{vedlegg}}"))
	fmt.Println(errors.Is(err, docx.ErrPlaceholder), b.Len())
	fmt.Println(err)
	// Output:
	// <nil>
	// true 0
	// docx: placeholder not found in the template: no paragraph "{{vedlegg}}"
}
