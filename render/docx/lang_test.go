package docx

import (
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// runBefore returns the run (from its <w:r>) whose text ends just before
// the index i in doc.
func runBefore(doc string, i int) string {
	return doc[strings.LastIndex(doc[:i], "<w:r>"):i]
}

// An English Word document of the bokmål Bodø plan has en-GB as its
// language and marks the plan's own text w:lang="nb-NO" on its runs (WCAG
// 3.1.2): the activity name «Folkemøte om boligpolitikken», a body. The
// document's own words keep its language; a bokmål document marks no run.
func TestLanguageOfParts(t *testing.T) {
	s, prof := bodo(t)
	var files []string
	for _, tc := range []struct {
		lang    prosessplan.Language
		styles  string // the default language in styles.xml
		marked  bool
		ownWord string // a run of the document's own words
	}{
		{prosessplan.English, `<w:lang w:val="en-GB"`, true, "Steering group"},
		{prosessplan.Bokmal, `<w:lang w:val="nb-NO"`, false, "Styringsgruppe"},
	} {
		d := render.Build(s, render.Options{Profile: prof, Language: tc.lang})
		path, data := writeFile(t, "lang-"+string(tc.lang)+".docx", d)
		p := parts(t, data)
		if !strings.Contains(string(p["word/styles.xml"]), tc.styles) {
			t.Errorf("%s: styles.xml lacks %s", tc.lang, tc.styles)
		}
		doc := string(p["word/document.xml"])
		// The activity table and the lists mark the plan's text; the
		// timeline grid's labels (TimelineRow has no Lang) do not.
		for _, text := range []string{"Folkemøte om boligpolitikken", "Rådmannen"} {
			n, marked := 0, 0
			for i := strings.Index(doc, ">"+text+"</w:t>"); i >= 0; {
				n++
				if strings.Contains(runBefore(doc, i), `<w:lang w:val="nb-NO"/>`) {
					marked++
				}
				j := strings.Index(doc[i+1:], ">"+text+"</w:t>")
				if j < 0 {
					break
				}
				i += 1 + j
			}
			if n == 0 {
				t.Errorf("%s: no run %q", tc.lang, text)
			}
			if (marked > 0) != tc.marked {
				t.Errorf("%s: %d of %d runs %q marked nb-NO, want marked: %v", tc.lang, marked, n, text, tc.marked)
			}
		}
		if i := strings.Index(doc, ">"+tc.ownWord+"</w:t>"); i < 0 {
			t.Errorf("%s: no run %q", tc.lang, tc.ownWord)
		} else if r := runBefore(doc, i); strings.Contains(r, "<w:lang") {
			t.Errorf("%s: run %q has a language of its own: %s", tc.lang, tc.ownWord, r)
		}
		files = append(files, path)
	}
	validate.OOXML(t, files...)
}
