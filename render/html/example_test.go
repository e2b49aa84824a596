package html_test

import (
	"bytes"
	"fmt"
	"log"
	"strings"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/html"
)

func ExampleWrite() {
	d := &render.Document{
		Title:    "Boligplan 2018–2021 – sluttbehandling",
		Language: prosessplan.Bokmal,
		Profile:  render.DefaultProfile("Bodø kommune"),
		Blocks: []render.Block{
			&render.Heading{Level: 0, Text: "Boligplan 2018–2021 – sluttbehandling", ID: "tittel"},
			&render.Heading{Level: 1, Text: "Saksgang", ID: "saksgang"},
			&render.Table{
				Caption: "Saksgang",
				Columns: []render.Column{{Title: "Utvalg", Width: 0.6}, {Title: "Møtedato", Width: 0.4}},
				Rows:    []render.Row{{Cells: []render.Cell{{Runs: render.Plain("Bystyret")}, {Runs: render.Plain("07.12.2017")}}}},
			},
		},
	}
	var buf bytes.Buffer
	if err := html.Write(&buf, d); err != nil {
		log.Fatal(err)
	}
	// The page is long (its CSS is inline); show the lines a reader meets.
	for _, l := range strings.Split(buf.String(), "\n") {
		if strings.HasPrefix(l, "<html") || strings.HasPrefix(l, "<h") && !strings.HasPrefix(l, "<head") || strings.HasPrefix(l, "<tr") {
			fmt.Println(l)
		}
	}
	// Output:
	// <html lang="nb-NO">
	// <h1 id="tittel">Boligplan 2018–2021 – sluttbehandling</h1>
	// <h2 id="saksgang">Saksgang</h2>
	// <tr><th scope="col">Utvalg</th><th scope="col">Møtedato</th></tr>
	// <tr><th scope="row">Bystyret</th><td>07.12.2017</td></tr>
}
