package render_test

import (
	"fmt"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

func ExampleBuild() {
	s, _ := prosessplan.NewSchedule(examples.Bodo())
	d := render.Build(s, render.Options{})
	fmt.Println(d.Title)
	for _, b := range d.Blocks {
		if h, ok := b.(*render.Heading); ok && h.Level == 1 {
			fmt.Println("-", h.Text)
		}
	}
	// Output:
	// Prosessplan for rullering av boligpolitisk handlingsplan – Boligplan 2018–2021
	// - Bakgrunn
	// - Mandat
	// - Mål og ønsket resultat
	// - Plantype og rammer
	// - Organisering
	// - Medvirkning
	// - Framdriftsplan
	// - Politisk behandling
	// - Ressurser
	// - Suksessfaktorer og risiko
	// - Vedlegg
}

func ExampleBuildSaksframlegg() {
	s, _ := prosessplan.NewSchedule(examples.Bodo())
	for _, d := range render.BuildSaksframlegg(s, render.Options{}) {
		fmt.Println(d.FileName)
	}
	// Output:
	// saksframlegg-1-7-melding-om-oppstart
	// saksframlegg-3-3-utlegging-til-horing
	// saksframlegg-4-2-sluttbehandling
}

func ExampleSaksframlegg() {
	s, _ := prosessplan.NewSchedule(examples.Bodo())
	d, err := render.Saksframlegg(s, "4.2", render.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.FileName, d.Decision)
	for _, f := range d.Fields {
		fmt.Printf("%s: %q\n", f.Label, f.Value)
	}
	// The approval in rådmannens ledergruppe (1.4) is administrative.
	_, err = render.Saksframlegg(s, "1.4", render.Options{})
	fmt.Println(err)
	// Output:
	// saksframlegg-4-2-sluttbehandling 4.2
	// Saksbehandler: "Hanne Berg"
	// Arkivsaksnr.: "2017/1234"
	// Arkivkode: ""
	// Løpenr.: ""
	// Dato: "10.11.2017"
	// Tittel: "Boligplan 2018–2021 – sluttbehandling"
	// render: no political decision point with that number: "1.4"
}

// BuildTimeline gives every writer the same chart: here the row of the
// final decision, with the earlier meetings of its saksgang and the
// deadline for its saksframlegg.
func ExampleBuildTimeline() {
	s, _ := prosessplan.NewSchedule(examples.Bodo())
	tl := render.BuildTimeline(s, render.Options{})
	fmt.Println(tl.Title, "–", len(tl.Columns), "columns")
	for _, r := range tl.Rows {
		if r.Number != "4.2" {
			continue
		}
		fmt.Println(r.Symbol, r.Label, r.When)
		for _, m := range r.Marks {
			fmt.Println(" ", m.Symbol, m.Label)
		}
	}
	// Output:
	// Tidslinje – 49 columns
	// ◆ Sluttbehandling i bystyret 7. desember 2017 (uke 49)
	//   ○ Eldrerådet 20.11.2017
	//   ○ Råd for funksjonshemmede 21.11.2017
	//   ○ Ruspolitisk råd 22.11.2017
	//   ○ Ungdomsrådet 23.11.2017
	//   ○ Komite for plan, næring og miljø 27.11.2017
	//   ○ Formannskapet 29.11.2017
	//   ⚑ Frist for saksframlegg 10.11.2017
}
