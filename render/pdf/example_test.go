package pdf_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/pdf"
)

func ExampleWrite() {
	d := &render.Document{
		Title:    "Prosessplan for Boligplan 2018–2021",
		Author:   "Bodø kommune",
		Created:  time.Date(2017, 1, 24, 0, 0, 0, 0, time.UTC),
		Profile:  render.Profile{Municipality: "Bodø kommune"},
		Captions: render.Captions{Page: "Side", Of: "av", Continued: "(forts.)"},
		Blocks: []render.Block{
			&render.Heading{Level: 0, Text: "Prosessplan for Boligplan 2018–2021", ID: "tittel"},
			&render.Paragraph{Runs: render.Plain("Planen skal vedtas i bystyret 7. desember 2017.")},
			&render.Table{Caption: "Aktiviteter", Columns: []render.Column{
				{Title: "Nr.", Width: 0.1}, {Title: "Aktivitet", Width: 0.6}, {Title: "Når", Width: 0.3},
			}, Rows: []render.Row{
				{Cells: []render.Cell{{Runs: render.Plain("1.1")}, {Runs: render.Plain("Oppstart av rulleringen")}, {Runs: render.Plain("januar 2017")}}},
			}},
		},
	}
	var b bytes.Buffer
	if err := pdf.Write(&b, d); err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(b.Bytes()[:8]))
	// Output: %PDF-1.7
}

// WithWarnings reports characters that no font can draw (they are drawn
// as "?"); invisible formatting characters such as U+2066 are dropped
// without a warning.
func ExampleWithWarnings() {
	d := &render.Document{
		Title: "Møteplan",
		Blocks: []render.Block{
			&render.Heading{Level: 0, Text: "Møteplan"},
			&render.Paragraph{Runs: render.Plain("Folkemøte 🎉 på \u2066Rønvik\u2069 skole")},
		},
	}
	var b bytes.Buffer
	err := pdf.Write(&b, d, pdf.WithWarnings(func(w error) {
		var m *pdf.MissingCharsError
		if errors.As(w, &m) {
			fmt.Printf("%d character(s) drawn as ?: %U\n", len(m.Chars), m.Chars)
		}
	}))
	if err != nil {
		log.Fatal(err)
	}
	// Output: 1 character(s) drawn as ?: [U+1F389]
}

// Archive makes the tagged PDF/A-2b for the archive from the Word file
// (here read from disk; render/docx writes it). It needs LibreOffice.
func ExampleArchive() {
	word, err := os.Open("prosessplan-boligplan-2018-2021.docx")
	if err != nil {
		log.Fatal(err)
	}
	defer word.Close()
	out, err := os.Create("prosessplan-boligplan-2018-2021-arkiv.pdf")
	if err != nil {
		log.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := pdf.Archive(ctx, word, out); errors.Is(err, pdf.ErrNoLibreOffice) {
		log.Fatal("install LibreOffice for the archive copy")
	} else if err != nil {
		log.Fatal(err)
	}
	if err := out.Close(); err != nil {
		log.Fatal(err)
	}
}
