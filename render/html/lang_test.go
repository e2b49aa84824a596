package html_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/html"
)

// An English page of the bokmål Bodø plan is lang="en-GB" and marks the
// plan's own text lang="nb-NO" (WCAG 3.1.2): the activity name in its
// table cell, a body, a background paragraph. A bokmål page marks nothing.
func TestLanguageOfParts(t *testing.T) {
	s, probs := prosessplan.NewSchedule(examples.Bodo())
	if s == nil {
		t.Fatalf("NewSchedule: %v", probs)
	}
	marked := []string{
		`<span lang="nb-NO">Folkemøte om boligpolitikken</span>`,
		`<span lang="nb-NO">Rådmannen</span>`,
		`<span lang="nb-NO">Bodø kommune vedtok i bystyret 13. februar 2014`,
	}
	var files []string
	for _, tc := range []struct {
		lang prosessplan.Language
		page string // the <html> element's lang
		want bool
	}{
		{prosessplan.English, `<html lang="en-GB"`, true},
		{prosessplan.Bokmal, `<html lang="nb-NO"`, false},
	} {
		d := render.Build(s, render.Options{Language: tc.lang})
		var b bytes.Buffer
		if err := html.Write(&b, d); err != nil {
			t.Fatal(err)
		}
		page := b.String()
		if !strings.Contains(page, tc.page) {
			t.Errorf("%s: the page is not %s>", tc.lang, tc.page)
		}
		for _, m := range marked {
			if got := strings.Contains(page, m); got != tc.want {
				t.Errorf("%s: page has %s: %v, want %v", tc.lang, m, got, tc.want)
			}
		}
		if n := strings.Count(page, `<span lang=`); (n > 0) != tc.want {
			t.Errorf("%s: %d spans with a lang", tc.lang, n)
		}
		f := filepath.Join(t.TempDir(), "lang-"+string(tc.lang)+".html")
		if err := os.WriteFile(f, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	validate.HTML(t, files)
}
