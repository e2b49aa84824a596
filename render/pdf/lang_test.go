package pdf

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// An English document of the bokmål Bodø plan marks the plan's own text
// as bokmål in the structure tree (WCAG 3.1.2): the activity name
// «Folkemøte om boligpolitikken» is drawn inside a Span with /Lang
// (nb-NO), while the document's /Lang is en. A bokmål document has no
// such spans.
func TestLanguageOfParts(t *testing.T) {
	s, prof := bodo(t)
	const name = "Folkemøte om boligpolitikken"
	spanLang := regexp.MustCompile(`/Type /StructElem /S /Span /P \d+ 0 R (?:/Pg \d+ 0 R )?/Lang \(nb-NO\)`)
	for _, tc := range []struct {
		lang  prosessplan.Language
		spans bool
	}{
		{prosessplan.English, true},
		{prosessplan.Nynorsk, true},
		{prosessplan.Bokmal, false},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			d := render.Build(s, render.Options{Profile: prof, Language: tc.lang})
			fs, err := newFontSet(nil)
			if err != nil {
				t.Fatal(err)
			}
			l := newLayouter(d, fs)
			l.run()
			l.furnish()
			found := 0
			for _, p := range l.pages {
				for _, o := range p.ops {
					if o.kind != opText || !strings.Contains(o.text, name) || o.mc == 0 {
						continue
					}
					id := p.parents[o.mc-1]
					e, lang := l.tags[id], l.lang[id]
					if e.role == roleFigure {
						// The Gantt chart, read through its
						// alternative text.
						continue
					}
					found++
					if marked := e.role == roleSpan && lang == "nb-NO"; marked != tc.spans {
						t.Errorf("%q is in a %s with /Lang %q; want it marked nb-NO: %v", o.text, e.role, lang, tc.spans)
					}
				}
			}
			if found == 0 {
				t.Fatalf("%q is not drawn as tagged text", name)
			}
			var b bytes.Buffer
			if err := Write(&b, d); err != nil {
				t.Fatal(err)
			}
			if got := spanLang.Match(b.Bytes()); got != tc.spans {
				t.Errorf("the structure tree has a Span with /Lang (nb-NO): %v, want %v", got, tc.spans)
			}
			// validate-pdf-tags when the test ends.
			writeFile(t, "lang-"+string(tc.lang)+".pdf", d)
		})
	}
}
