package md_test

import (
	"os"

	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/md"
)

func ExampleWrite() {
	d := &render.Document{Blocks: []render.Block{
		&render.Heading{Level: 1, Text: "Politisk behandling", ID: "politisk-behandling"},
		&render.Table{
			Columns: []render.Column{{Title: "Vedtaksorgan", Width: 0.5}, {Title: "Møtedato", Width: 0.5}},
			Rows:    []render.Row{{Cells: []render.Cell{{Runs: render.Plain("Bystyret")}, {Runs: render.Plain("7. desember 2017")}}}},
		},
		&render.Paragraph{Style: render.ToComplete, Runs: render.Plain("Gjør rede for høringsuttalelsene.")},
	}}
	md.Write(os.Stdout, d)
	// Output:
	// ## Politisk behandling
	//
	// | Vedtaksorgan | Møtedato |
	// | --- | --- |
	// | Bystyret | 7. desember 2017 |
	//
	// *\[Gjør rede for høringsuttalelsene.\]*
}
