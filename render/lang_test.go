package render_test

import (
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// runsOf returns every run of d's paragraphs, lists and tables.
func runsOf(d *render.Document) []render.Run {
	var out []render.Run
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *render.Paragraph:
			out = append(out, b.Runs...)
		case *render.List:
			for _, it := range b.Items {
				out = append(out, it...)
			}
		case *render.Table:
			for _, r := range b.Rows {
				for _, c := range r.Cells {
					out = append(out, c.Runs...)
				}
			}
		}
	}
	return out
}

// langOf returns the Lang of the first run whose text is text, and whether
// there is one.
func langOf(d *render.Document, text string) (prosessplan.Language, bool) {
	for _, r := range runsOf(d) {
		if r.Text == text {
			return r.Lang, true
		}
	}
	return "", false
}

// An English or nynorsk document of the bokmål Bodø plan marks the plan's
// own text (an activity name, a body, a group, a person's title) as bokmål
// (WCAG 3.1.2), and not its own words; a bokmål document marks nothing.
func TestLanguageOfParts(t *testing.T) {
	s, probs := prosessplan.NewSchedule(examples.Bodo())
	if s == nil {
		t.Fatalf("NewSchedule: %v", probs)
	}
	plan := []string{
		"Folkemøte om boligpolitikken", // activity name
		"Rådmannen",                    // body
		"Husbanken",                    // member organisation
		"Jonas Nilsen, rådgiver, samfunnsplanlegging", // a title with a comma
		"Tverrfaglig prosjektgruppe",                  // group, in a table
		"Hanne Berg, prosjektleder",                   // person and title
		"Styringsgruppe (rådmannens ledergruppe)",     // group
		"Kampanjer for innspill på kommunens nettside og Facebook-side",
	}
	for _, tc := range []struct {
		lang prosessplan.Language
		want prosessplan.Language
		own  string // a run in the document's own words, never marked
	}{
		{prosessplan.English, prosessplan.Bokmal, "Steering group"},
		{prosessplan.Nynorsk, prosessplan.Bokmal, "Referansegruppe"},
		{prosessplan.Bokmal, "", "Referansegruppe"},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			docs := append([]*render.Document{render.Build(s, render.Options{Language: tc.lang})},
				render.BuildSaksframlegg(s, render.Options{Language: tc.lang})...)
			for _, text := range plan {
				got, ok := langOf(docs[0], text)
				if !ok {
					t.Errorf("no run %q in the plan document", text)
				} else if got != tc.want {
					t.Errorf("run %q: Lang %q, want %q", text, got, tc.want)
				}
			}
			if got, ok := langOf(docs[0], tc.own); !ok || got != "" {
				t.Errorf("run %q (found %v): Lang %q, want none", tc.own, ok, got)
			}
			for _, d := range docs {
				marked := 0
				for _, r := range runsOf(d) {
					if r.Lang != "" {
						marked++
						if r.Lang != tc.want {
							t.Errorf("%s: run %q has Lang %q, want %q", d.FileName, r.Text, r.Lang, tc.want)
						}
					}
				}
				if (marked > 0) != (tc.want != "") {
					t.Errorf("%s: %d runs marked, want them marked %q", d.FileName, marked, tc.want)
				}
			}
		})
	}
}

// The nynorsk and English words of a document are never taken for the
// plan's: a run is marked only when it is one of the plan's texts.
func TestLanguageOfPartsOnlyPlanText(t *testing.T) {
	s, _ := prosessplan.NewSchedule(examples.Bodo())
	d := render.Build(s, render.Options{Language: prosessplan.English})
	for _, r := range runsOf(d) {
		if r.Lang != "" && strings.Contains(r.Text, "week") {
			t.Errorf("run %q in English words is marked %q", r.Text, r.Lang)
		}
	}
}
