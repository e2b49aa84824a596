package pdf

import (
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/render"
)

// Chart labels and phase ids are never cut with "…" (issue 13): the
// columns grow to the text, and a label too long for them wraps to a
// second line in the chart's type size; a row's marks are drawn with
// their symbols.
func TestGanttLabelsAndMarks(t *testing.T) {
	tests := []struct {
		name   string
		row    render.TimelineRow
		expect []string
	}{
		{"long label", render.TimelineRow{Number: "1.4", Label: "Styringsgruppen (rådmannens ledergruppe) godkjenner prosessplanen", First: 2, Last: 2, Point: true, Symbol: "◆", Color: "1F3864"},
			[]string{"1.4", "Styringsgruppen (rådmannens ledergruppe) godkjenner prosessplanen"}},
		{"longer label", render.TimelineRow{Number: "1.7", Label: "Melding om oppstart som politisk sak – gjennomgang i råd og komiteer før formannskapet og bystyret", First: 4, Last: 4, Point: true, Symbol: "◆"},
			[]string{"Melding om oppstart som politisk sak", "formannskapet og bystyret"}},
		{"phase id", render.TimelineRow{Phase: true, Number: "oppstart", Label: "Oppstart og planprogram", First: 0, Last: 5},
			[]string{"oppstart", "Oppstart og planprogram"}},
		{"marks", render.TimelineRow{Number: "2.2", Label: "Sluttbehandling", First: 8, Last: 8, Point: true, Symbol: "◆",
			Marks: []render.TimelineMark{{Column: 3, Symbol: "○", Label: "Eldrerådet 27.02.2017"}, {Column: 5, Symbol: "⚑", Label: "Frist for saksframlegg", Deadline: true}, {Column: -1, Symbol: "✗"}}},
			[]string{"Sluttbehandling", "○", "⚑"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := testTimeline(12, 5)
			tl.Rows = append(tl.Rows, tt.row)
			d := smallDocument()
			d.Blocks = []render.Block{&render.Heading{Level: 0, Text: "Tidslinje"}, tl}
			path := writeFile(t, "gantt-"+strings.ReplaceAll(tt.name, " ", "-")+".pdf", d)
			text := tool(t, "pdftotext", path, "-")
			if strings.Contains(text, "…") {
				t.Errorf("a label is cut with …:\n%s", text)
			}
			for _, e := range tt.expect {
				if !contains(text, e) {
					t.Errorf("chart lacks %q:\n%s", e, text)
				}
			}
			if strings.Contains(text, "✗") {
				t.Error("a mark outside the columns is drawn")
			}
			// Every piece of the label is in the chart's type size.
			words := strings.Fields(tt.row.Label)
			fs, _ := newFontSet(nil)
			l := newLayouter(d, fs)
			l.run()
			for _, pg := range l.pages {
				for _, o := range pg.ops {
					if o.kind == opText && strings.Contains(o.text, words[0]) && o.size != ganttFont {
						t.Errorf("label piece %q set in %.1f pt, want %.0f", o.text, o.size, ganttFont)
					}
				}
			}
		})
	}
}
