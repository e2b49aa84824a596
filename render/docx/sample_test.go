package docx

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"time"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// testLogo is a small PNG: a blue shield shape on white.
func testLogo() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 60, 72))
	for y := 0; y < 72; y++ {
		for x := 0; x < 60; x++ {
			c := color.RGBA{255, 255, 255, 255}
			if y < 50 || (x-30)*(x-30) < (72-y)*(72-y) {
				c = color.RGBA{0x1F, 0x4E, 0x79, 255}
				if (x/10+y/12)%2 == 0 {
					c = color.RGBA{0xF2, 0xC1, 0x00, 255}
				}
			}
			img.Set(x, y, c)
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		panic(err)
	}
	return b.Bytes()
}

var bokmalCaptions = render.Captions{
	Contents: "Innhold", Page: "Side", Of: "av", Week: "Uke",
	Legend: "Tegnforklaring", Continued: "(forts.)",
}

// sampleDoc is a hand-built document with every block type, Norwegian text
// and XML specials; its activity table has rows rows.
func sampleDoc(rows int) *render.Document {
	d := &render.Document{
		Kind:     render.ProcessPlanDoc,
		Title:    "Prosessplan for boligpolitisk handlingsplan 2018–2021",
		Subject:  "Rullering av boligpolitisk handlingsplan",
		Author:   "Bodø kommune",
		Keywords: []string{"prosessplan", "boligpolitikk", "Bodø"},
		Language: prosessplan.Bokmal,
		Created:  time.Date(2017, 12, 7, 0, 0, 0, 0, time.UTC),
		Profile: render.Profile{
			Municipality: "Bodø kommune", Logo: testLogo(), LogoAlt: "Bodø kommunes logo",
			PrimaryColor: "1F4E79", AccentColor: "2E75B6", Font: "Liberation Sans",
			ChiefExecutive: "kommunedirektør", FooterText: "Bodø kommune – Rådhuset, 8001 Bodø",
		},
		Captions:   bokmalCaptions,
		HeaderText: "Prosessplan – boligpolitisk handlingsplan",
		FooterText: "Prosessplan datert 7. desember 2017",
		FileName:   "prosessplan-boligplan-2018-2021",
	}
	b := []render.Block{
		&render.Heading{Level: 0, Text: "Prosessplan for boligpolitisk handlingsplan 2018–2021"},
		&render.KeyValue{Pairs: []render.Pair{
			{Key: "Kommune", Value: "Bodø kommune"},
			{Key: "Plantype", Value: "Temaplan"},
			{Key: "Prosjektleder", Value: "Åse Ødegård"},
			{Key: "Dato", Value: "7. desember 2017"},
		}},
		&render.TableOfContents{},
		&render.PageBreak{},
		&render.Heading{Level: 1, Text: "Bakgrunn og formål", ID: "bakgrunn"},
		&render.Paragraph{Runs: []render.Run{
			{Text: "Bystyret vedtok i sak 17/42 at "},
			{Text: "boligpolitisk handlingsplan", Bold: true},
			{Text: " skal rulleres. Planen gjelder særlig «unge i etableringsfasen» og "},
			{Text: "vanskeligstilte på boligmarkedet", Italic: true},
			{Text: ". Spesialtegn: a < b & c > d, \"sitat\" og ]]> skal stå som de er."},
		}},
		&render.Paragraph{Runs: []render.Run{
			{Text: "Se "},
			{Text: "framdriftsplanen", Link: "#framdrift"},
			{Text: " og "},
			{Text: "Husbankens veileder", Link: "https://www.husbanken.no/?a=1&b=2"},
			{Text: "."},
		}},
		&render.Heading{Level: 2, Text: "Mål for arbeidet", ID: "maal"},
		&render.List{Items: [][]render.Run{
			render.Plain("Flere skal eie egen bolig."),
			render.Plain("Færre bostedsløse – også i Øvre Løding."),
			{{Text: "Bedre samarbeid med "}, {Text: "Husbanken", Bold: true}},
		}},
		&render.Heading{Level: 3, Text: "Forslag til vedtak"},
		&render.List{Ordered: true, Items: [][]render.Run{
			render.Plain("Bystyret tar melding om oppstart av rullering av boligpolitisk handlingsplan til orientering."),
			render.Plain("Planen utarbeides som temaplan, i tråd med prosessplan datert 7. desember 2017."),
			render.Plain("Forslag til plan legges fram for politisk behandling i juni 2018."),
		}},
		&render.Paragraph{Style: render.ToComplete, Runs: render.Plain("[Saksbehandler fyller inn økonomiske konsekvenser her.]")},
		&render.Paragraph{Style: render.Note, Runs: render.Plain("Kilde: Bodø kommune, «Hvordan lage en god prosessplan» (2017).")},
		&render.List{Ordered: true, Items: [][]render.Run{
			render.Plain("Ny liste, første punkt (skal starte på 1)."),
			render.Plain("Andre punkt."),
		}},
		&render.Heading{Level: 1, Text: "Framdriftsplan", ID: "framdrift"},
		activityTable(rows),
		&render.Section{Orientation: render.Landscape},
		&render.Heading{Level: 1, Text: "Tidslinje", ID: "tidslinje"},
		sampleTimeline(),
		&render.Section{Orientation: render.Portrait},
		&render.Heading{Level: 1, Text: "Vedlegg", ID: "vedlegg"},
		&render.Paragraph{Runs: render.Plain("Æ, ø og å: blåbærsyltetøy på Ørland – siste side.")},
	}
	d.Blocks = b
	return d
}

func activityTable(rows int) *render.Table {
	t := &render.Table{
		Caption: "Aktiviteter i prosessen",
		Columns: []render.Column{
			{Title: "Nr.", Width: 0.07},
			{Title: "Aktivitet", Width: 0.33},
			{Title: "Ansvarlig", Width: 0.2},
			{Title: "Start", Width: 0.13, Align: render.Right},
			{Title: "Slutt", Width: 0.13, Align: render.Right},
			{Title: "Status", Width: 0.14, Align: render.Center},
		},
	}
	phases := []string{"Oppstart", "Kunnskapsgrunnlag", "Medvirkning", "Planforslag", "Høring og offentlig ettersyn", "Vedtak"}
	per := max(rows/len(phases), 1)
	for i := 0; i < rows; i++ {
		if i%per == 0 && i/per < len(phases) {
			p := i / per
			t.Rows = append(t.Rows, render.Row{Group: true, Cells: []render.Cell{{Runs: render.Plain(fmt.Sprintf("Fase %d: %s", p+1, phases[p]))}}})
		}
		d := prosessplan.D(2018, 1, 8).AddDays(i * 3)
		e := d.AddDays(10)
		fill := ""
		if i%17 == 5 {
			fill = "FFF2CC"
		}
		name := fmt.Sprintf("Arbeidsmøte %d i prosjektgruppa – gjennomgang av kunnskapsgrunnlag", i+1)
		t.Rows = append(t.Rows, render.Row{Cells: []render.Cell{
			{Runs: render.Plain(fmt.Sprintf("%d.%d", i/per+1, i%per+1))},
			{Runs: render.Plain(name)},
			{Runs: render.Plain("Plan- og utviklingsavdelingen")},
			{Runs: render.Plain(fmt.Sprintf("%02d.%02d.%d", d.Day, d.Month, d.Year))},
			{Runs: render.Plain(fmt.Sprintf("%02d.%02d.%d", e.Day, e.Month, e.Year))},
			{Runs: render.Plain("Ikke startet"), Fill: fill},
		}})
		if i == 3 {
			// A cell spanning the last two columns.
			last := &t.Rows[len(t.Rows)-1]
			last.Cells = append(last.Cells[:4], render.Cell{Runs: render.Plain("Løpende gjennom hele året"), Span: 2})
		}
	}
	return t
}

// sampleTimeline is a 40-week chart from week 2 of 2018 with the Easter
// week and the summer holiday shaded.
func sampleTimeline() *render.Timeline {
	t := &render.Timeline{
		Title:       "Tidslinje for planarbeidet",
		AltText:     "Gantt-diagram over planarbeidet fra januar til oktober 2018; aktivitetstabellen har samme innhold som tekst.",
		Granularity: render.ByWeek,
	}
	start := prosessplan.D(2018, 1, 8)
	months := []string{"jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"}
	for i := 0; i < 40; i++ {
		d := start.AddDays(7 * i)
		_, wk := d.ISOWeek()
		c := render.TimeColumn{
			Start: prosessplan.Time{Date: d}, End: prosessplan.Time{Date: d.AddDays(6)},
			Label: fmt.Sprint(wk), SubLabel: fmt.Sprintf("%d.%d", d.Day, d.Month),
		}
		if wk == 13 {
			c.Shaded, c.ShadeReason = true, "Påske"
		}
		if wk >= 28 && wk <= 31 {
			c.Shaded, c.ShadeReason = true, "Fellesferie"
		}
		t.Columns = append(t.Columns, c)
		m := int(d.AddDays(3).Month) - 1
		if n := len(t.Groups); n == 0 || t.Groups[n-1].Label != months[m]+" 2018" {
			t.Groups = append(t.Groups, render.ColumnGroup{Label: months[m] + " 2018", First: i, Last: i})
		} else {
			t.Groups[n-1].Last = i
		}
	}
	add := func(r render.TimelineRow) { t.Rows = append(t.Rows, r) }
	add(render.TimelineRow{Phase: true, Number: "1", Label: "Oppstart", First: 0, Last: 6, Color: "1F4E79"})
	add(render.TimelineRow{Number: "1.1", Label: "Utarbeide prosessplan", Kind: prosessplan.Work, First: 0, Last: 3, Symbol: "●", Color: "5B9BD5"})
	add(render.TimelineRow{Number: "1.2", Label: "Melding om oppstart i bystyret", Kind: prosessplan.PoliticalDecision, First: 5, Last: 5, Point: true, Symbol: "◆", Color: "C00000", Critical: true,
		Marks: []render.TimelineMark{
			{Column: 2, Symbol: "⚑", Label: "Frist for saksframlegg 22.01.2018", Deadline: true},
			{Column: 3, Symbol: "○", Label: "Eldrerådet 29.01.2018"},
			{Column: 4, Symbol: "○", Label: "Formannskapet 07.02.2018"},
		}})
	add(render.TimelineRow{Phase: true, Number: "2", Label: "Medvirkning og planforslag", First: 7, Last: 25, Color: "1F4E79"})
	add(render.TimelineRow{Number: "2.1", Label: "Arbeidsverksted med næringsliv og frivillighet", Kind: prosessplan.Workshop, First: 8, Last: 9, Symbol: "▲", Color: "70AD47"})
	add(render.TimelineRow{Number: "2.2", Label: "Høring og offentlig ettersyn (6 uker)", Kind: prosessplan.Hearing, First: 26, Last: 31, Symbol: "⚑", Color: "ED7D31", Hatched: true, Status: "pågår"})
	add(render.TimelineRow{Number: "3.1", Label: "Sluttbehandling i bystyret", Kind: prosessplan.PoliticalDecision, First: 36, Last: 36, Point: true, Symbol: "★", Color: "C00000"})
	t.Legend = []render.LegendItem{
		{Kind: prosessplan.Work, Label: "Arbeid", Symbol: "●", Color: "5B9BD5"},
		{Kind: prosessplan.Workshop, Label: "Arbeidsverksted", Symbol: "▲", Color: "70AD47"},
		{Kind: prosessplan.Hearing, Label: "Høring og offentlig ettersyn", Symbol: "⚑", Color: "ED7D31", Hatched: true},
		{Kind: prosessplan.PoliticalDecision, Label: "Politisk behandling", Symbol: "◆", Color: "C00000"},
		{Kind: prosessplan.Milestone, Label: "Milepæl", Symbol: "★", Color: "C00000"},
		{Label: "Møte i råd og utvalg", Symbol: "○"},
		{Label: "Frist for saksframlegg", Symbol: "⚑"},
		{Label: "Kritisk linje", Critical: true},
	}
	return t
}
