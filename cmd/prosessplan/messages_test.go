package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// TestCountsLine checks the summary line under the problems: one of
// something is singular in every language.
func TestCountsLine(t *testing.T) {
	problems := func(e, w, a int) prosessplan.Problems {
		var ps prosessplan.Problems
		for sev, n := range map[prosessplan.Severity]int{prosessplan.Error: e, prosessplan.Warning: w, prosessplan.Advice: a} {
			for i := 0; i < n; i++ {
				ps = append(ps, prosessplan.Problem{Code: "PP-X", Severity: sev, Text: map[prosessplan.Language]string{prosessplan.Bokmal: "x"}})
			}
		}
		return ps
	}
	for _, tc := range []struct {
		lang    prosessplan.Language
		e, w, a int
		want    string
	}{
		{prosessplan.Bokmal, 0, 1, 0, "0 feil, 1 advarsel, 0 råd."},
		{prosessplan.Bokmal, 1, 2, 1, "1 feil, 2 advarsler, 1 råd."},
		{prosessplan.Bokmal, 2, 0, 2, "2 feil, 0 advarsler, 2 råd."},
		{prosessplan.Nynorsk, 0, 1, 0, "0 feil, 1 åtvaring, 0 råd."},
		{prosessplan.Nynorsk, 3, 2, 0, "3 feil, 2 åtvaringar, 0 råd."},
		{prosessplan.English, 1, 0, 0, "1 error, 0 warnings, 0 pieces of advice."},
		{prosessplan.English, 2, 1, 1, "2 errors, 1 warning, 1 piece of advice."},
	} {
		var b bytes.Buffer
		printProblems(&b, problems(tc.e, tc.w, tc.a), tc.lang)
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		if got := lines[len(lines)-1]; got != tc.want {
			t.Errorf("%s %d/%d/%d: %q, want %q", tc.lang, tc.e, tc.w, tc.a, got, tc.want)
		}
	}
}

// TestHasErrorsLine checks the sentence that refuses to render a plan with errors.
func TestHasErrorsLine(t *testing.T) {
	for _, tc := range []struct {
		lang prosessplan.Language
		n    int
		want string
	}{
		{prosessplan.English, 1, "plan.yaml has 1 error and is not rendered."},
		{prosessplan.English, 2, "plan.yaml has 2 errors and is not rendered."},
		{prosessplan.Bokmal, 1, "plan.yaml har 1 feil og blir ikke laget."},
		{prosessplan.Nynorsk, 2, "plan.yaml har 2 feil og blir ikkje laga. Rett feila, eller bruk -draft for å lage eit utkast"},
	} {
		m := msgFor(tc.lang)
		got := fmt.Sprintf(m.hasErrors, "plan.yaml", count(tc.n, m.errorN))
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s %d: %q, want it to begin %q", tc.lang, tc.n, got, tc.want)
		}
	}
}

// TestNynorskMessages keeps the command's nynorsk to one norm: "ukjend",
// and the e-infinitive the documents use.
func TestNynorskMessages(t *testing.T) {
	m := *msgFor(prosessplan.Nynorsk)
	for _, s := range []string{m.noProblems, m.hasErrors, m.notOurs, m.unknownFormat, m.unknownLang,
		m.unknownType, m.unknownPDF, m.wrote, m.importChanges[0], m.importChanges[1], m.importNoChange, m.interrupted,
		m.flagUnknown, m.flagNeedsArg, m.seeHelp, m.onePlan, m.unusedTmpl, m.unusedArchive, m.newLang, m.cannotRead,
		m.cannotWrite, m.tooLarge, m.notExist, m.otherOS, m.sameName, m.tmplNotWord, m.tmplOther, m.tmplPlaceholder} {
		for _, bad := range []string{"ukjent", "å laga", "å skriva", "å lesa", "å gjera"} {
			if strings.Contains(s, bad) {
				t.Errorf("nynorsk %q has %q", s, bad)
			}
		}
	}
}
