package pdf

import (
	"fmt"
	"time"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// testPhases are the phase names of the hand-built test document.
var testPhases = []string{"Oppstart og planprogram", "Kunnskapsgrunnlag og medvirkning", "Planforslag", "Høring og offentlig ettersyn", "Sluttbehandling"}

// testDocument builds a Document by hand that uses every block type:
// headings 0–3, paragraphs with bold, italic and link runs in every
// style, lists, a 300-row table with group rows, spans and fills, a
// key–value block, a 60-week, 80-row timeline in a landscape section, a
// table of contents and a page break. The text has æøå and symbols
// Liberation Sans lacks.
func testDocument(rows int) *render.Document {
	d := &render.Document{
		Kind:     render.ProcessPlanDoc,
		Title:    "Prosessplan for kommuneplanens arealdel 2026–2038",
		Subject:  "Prosessplan",
		Author:   "Bodø kommune",
		Keywords: []string{"prosessplan", "arealplan", "Bodø"},
		Language: prosessplan.Bokmal,
		Created:  time.Date(2026, 3, 2, 10, 30, 0, 0, time.UTC),
		Profile: render.Profile{
			Municipality: "Bodø kommune",
			PrimaryColor: "1F4E79",
			AccentColor:  "9DC3E6",
			FooterText:   "Bodø kommune – Plan og miljø",
		},
		Captions: render.Captions{
			Contents: "Innhold", Page: "Side", Of: "av", Week: "Uke",
			Legend: "Tegnforklaring", Continued: "(forts.)",
		},
		HeaderText: "Prosessplan – kommuneplanens arealdel",
		FooterText: "Bodø kommune – Plan og miljø",
		FileName:   "prosessplan-arealdel",
	}
	add := func(b ...render.Block) { d.Blocks = append(d.Blocks, b...) }
	add(&render.Heading{Level: 0, Text: "Prosessplan for kommuneplanens arealdel 2026–2038", ID: "tittel"},
		&render.KeyValue{Pairs: []render.Pair{
			{Key: "Plantype", Value: "Kommuneplanens arealdel"},
			{Key: "Ansvarlig", Value: "Kommunedirektøren ved Plan og miljø, Bodø kommune"},
			{Key: "Vedtatt", Value: "Formannskapet 7. desember 2017, sak 17/123"},
			{Key: "Særlige forhold", Value: "Planen berører reindrift, sjøsamiske interesser og nærområdene til Bodø lufthavn – krever tett dialog med Sametinget og Avinor."},
		}},
		&render.TableOfContents{Title: "Innhold"},
		&render.PageBreak{},
		&render.Heading{Level: 1, Text: "Innledning", ID: "innledning"},
		&render.Paragraph{Runs: []render.Run{
			{Text: "Prosessplanen viser "}, {Text: "hvem", Bold: true}, {Text: " som gjør "},
			{Text: "hva", Italic: true}, {Text: " og når. Se "},
			{Text: "tidslinjen", Link: "#tidslinje"}, {Text: " og "},
			{Text: "planveilederen", Link: "https://www.regjeringen.no/no/dokumenter/planveileder/id1"},
			{Text: ". Særskilte tegn: ★ milepæl, ⚑ frist, ◆ vedtak, ● aktivitet. Ærlig talt, øyeblikkelig Åsane-nær."},
		}},
		&render.Paragraph{Style: render.ToComplete, Runs: render.Plain("[Skriv her hvorfor planarbeidet startes, og hva kommunestyret har bestemt om målene for planen. Teksten fylles ut av saksbehandler.]")},
		&render.Paragraph{Style: render.Note, Runs: render.Plain("Kilde: Bodø kommune, «Hvordan lage en god prosessplan» (illustrativt eksempel). Tegn: ★ ⚑ ◆ ●.")},
		&render.Heading{Level: 2, Text: "Mål for medvirkning", ID: "mal"},
		&render.List{Items: [][]render.Run{
			render.Plain("Barn og unge skal høres tidlig, gjennom skolene og ungdomsrådet."),
			{{Text: "Eldrerådet", Bold: true}, {Text: " og rådet for personer med funksjonsnedsettelse får saken før vedtak."}},
			render.Plain("Næringsliv, reindrift og fiskeri inviteres til egne møter."),
		}},
		&render.List{Ordered: true, Items: [][]render.Run{
			render.Plain("Varsel om oppstart og høring av planprogram (minst seks uker)."),
			render.Plain("Fastsetting av planprogram i formannskapet."),
			render.Plain("Offentlig ettersyn av planforslaget, deretter sluttbehandling i bystyret."),
		}},
		&render.Heading{Level: 3, Text: "Et underavsnitt på nivå tre", ID: "niva3"},
		&render.Paragraph{Runs: render.Plain("Et ord som er altfor langt for en smal celle: Kommuneplanarealdelsrevisjonsprosessoppfølgingsansvarlig.")},
	)
	// A long activity table.
	t := &render.Table{Caption: "Aktiviteter", Columns: []render.Column{
		{Title: "Nr.", Width: 0.07},
		{Title: "Aktivitet", Width: 0.35},
		{Title: "Ansvarlig", Width: 0.18},
		{Title: "Start", Width: 0.13, Align: render.Right},
		{Title: "Slutt", Width: 0.13, Align: render.Right},
		{Title: "Status", Width: 0.14, Align: render.Center},
	}}
	for i := 0; i < rows; i++ {
		if i%60 == 0 {
			ph := testPhases[(i/60)%len(testPhases)]
			t.Rows = append(t.Rows, render.Row{Group: true, Cells: []render.Cell{{Runs: render.Plain(fmt.Sprintf("Fase %d: %s", i/60+1, ph)), Span: 6}}})
		}
		text := fmt.Sprintf("Aktivitet %d: møte med grunneiere på Skjerstad", i+1)
		if i%7 == 3 {
			text += " og gjennomgang av innspill fra høringen – særlig om strandsonen, friluftsliv og reindriftens flyttleier, som må vurderes på nytt"
		}
		fill := ""
		if i%11 == 5 {
			fill = "FFF2CC"
		}
		t.Rows = append(t.Rows, render.Row{Cells: []render.Cell{
			{Runs: render.Plain(fmt.Sprintf("%d.%d", i/60+1, i%60+1))},
			{Runs: []render.Run{{Text: text}}},
			{Runs: render.Plain("Planavdelingen")},
			{Runs: render.Plain(fmt.Sprintf("%02d.%02d.2026", i%28+1, i%12+1))},
			{Runs: render.Plain(fmt.Sprintf("%02d.%02d.2027", i%28+1, i%12+1))},
			{Runs: render.Plain("Pågår ●"), Fill: fill},
		}})
	}
	add(&render.Heading{Level: 1, Text: "Aktiviteter og ansvar", ID: "aktiviteter"}, t)
	add(&render.Section{Orientation: render.Landscape},
		&render.Heading{Level: 1, Text: "Tidslinje", ID: "tidslinje"},
		testTimeline(60, 80),
		&render.Section{Orientation: render.Portrait},
		&render.Heading{Level: 1, Text: "Vedlegg: merknader", ID: "vedlegg"},
		&render.Paragraph{Runs: render.Plain("Siste side, stående format. Æ Ø Å æ ø å é ü – “sitat” ‘enkelt’ … §§ 11-12–11-15.")},
	)
	return d
}

// testTimeline builds a weekly timeline of weeks columns from week 49 of
// 2025, with rows rows in five phases, holidays shaded.
func testTimeline(weeks, rows int) *render.Timeline {
	tl := &render.Timeline{Title: "Tidslinje for planarbeidet", Granularity: render.ByWeek,
		AltText: "Gantt-diagram over aktivitetene"}
	start := time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)
	months := []string{"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"}
	lastMonth := -1
	for i := 0; i < weeks; i++ {
		d := start.AddDate(0, 0, 7*i)
		_, wk := d.ISOWeek()
		c := render.TimeColumn{Label: fmt.Sprint(wk), SubLabel: fmt.Sprintf("%d.%d", d.Day(), int(d.Month()))}
		switch {
		case wk == 52 || wk == 1:
			c.Shaded, c.ShadeReason = true, "Jul og nyttår"
		case wk >= 28 && wk <= 31:
			c.Shaded, c.ShadeReason = true, "Fellesferie"
		case wk == 14:
			c.Shaded, c.ShadeReason = true, "Påske"
		}
		tl.Columns = append(tl.Columns, c)
		if m := int(d.Month()) - 1; m != lastMonth {
			tl.Groups = append(tl.Groups, render.ColumnGroup{Label: fmt.Sprintf("%s %d", months[m], d.Year()), First: i, Last: i})
			lastMonth = m
		} else {
			tl.Groups[len(tl.Groups)-1].Last = i
		}
	}
	kinds := []struct {
		kind    prosessplan.ActivityKind
		label   string
		sym     string
		color   string
		hatched bool
		point   bool
	}{
		{"", "Arbeid", "●", "5B9BD5", false, false},
		{"", "Medvirkning", "▲", "70AD47", false, false},
		{"", "Høring / offentlig ettersyn", "⚑", "ED7D31", true, false},
		{"", "Politisk vedtak", "◆", "C00000", false, true},
		{"", "Milepæl", "★", "7030A0", false, true},
	}
	for _, k := range kinds {
		tl.Legend = append(tl.Legend, render.LegendItem{Label: k.label, Symbol: k.sym, Color: k.color, Hatched: k.hatched})
	}
	tl.Legend = append(tl.Legend, render.LegendItem{Label: "Kritisk linje", Critical: true})
	perPhase := rows / len(testPhases)
	for i := 0; i < rows; i++ {
		if i%perPhase == 0 {
			p := i / perPhase
			first := p * weeks / len(testPhases)
			last := (p+1)*weeks/len(testPhases) - 1
			tl.Rows = append(tl.Rows, render.TimelineRow{Phase: true, Number: fmt.Sprint(p + 1), Label: testPhases[p], First: first, Last: last, Color: "1F4E79"})
		}
		k := kinds[i%len(kinds)]
		first := (i * (weeks - 6)) / rows
		last := first + 2 + i%5
		if k.point {
			last = first
		}
		tl.Rows = append(tl.Rows, render.TimelineRow{
			Number: fmt.Sprintf("%d.%d", i/perPhase+1, i%perPhase+1),
			Label:  fmt.Sprintf("Aktivitet %d – %s på Hålogaland", i+1, k.label),
			First:  first, Last: last, Point: k.point, Symbol: k.sym, Color: k.color,
			Hatched: k.hatched, Critical: i%9 == 0,
		})
	}
	return tl
}
