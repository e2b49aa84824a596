package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// TestCountsLine checks the summary line under the problems: one of
// something is singular in every language.
func TestCountsLine(t *testing.T) {
	problems := func(e, w, a int) prosessplan.Problems {
		var ps prosessplan.Problems
		for sev, n := range map[prosessplan.Severity]int{prosessplan.SeverityError: e, prosessplan.SeverityWarning: w, prosessplan.SeverityAdvice: a} {
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
		got := fmt.Sprintf(msgs.hasErrors.In(tc.lang), "plan.yaml", count(tc.n, msgs.errorN, tc.lang))
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s %d: %q, want it to begin %q", tc.lang, tc.n, got, tc.want)
		}
	}
}

// TestNynorskMessages keeps the command's nynorsk to one norm: "ukjend",
// and the e-infinitive the documents use.
func TestNynorskMessages(t *testing.T) {
	m := msgs
	for _, x := range []prosessplan.Text{m.noProblems, m.hasErrors, m.notOurs, m.unknownFormat, m.unknownLang,
		m.unknownType, m.unknownPDF, m.wrote, m.importChanges[0], m.importChanges[1], m.importNoChange, m.interrupted,
		m.flagUnknown, m.flagNeedsArg, m.seeHelp, m.onePlan, m.unusedTmpl, m.unusedArchive, m.newLang, m.cannotRead,
		m.cannotWrite, m.tooLarge, m.notExist, m.otherOS, m.cannotMake, m.tooWide, m.sameName, m.tmplNotWord, m.tmplOther, m.tmplPlaceholder} {
		s := x.In(prosessplan.Nynorsk)
		for _, bad := range []string{"ukjent", "å laga", "å skriva", "å lesa", "å gjera"} {
			if strings.Contains(s, bad) {
				t.Errorf("nynorsk %q has %q", s, bad)
			}
		}
	}
}

// TestMessagesShowControlCharacters: escape sequences and invisible
// characters from a plan (or its file name) reach the terminal as
// visible escapes, never raw.
func TestMessagesShowControlCharacters(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "plan\x1b[2J.yaml")
	plan := readFile(t, "testdata/liten.yaml")
	plan = strings.Replace(plan, "kommune: Vågå kommune\n", "kommune: Vågå kommune\n\"tittel\\e]0;pwned\\a\": x\n\"kommune\\u200d\": y\n", 1)
	if err := os.WriteFile(name, []byte(plan), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCmd(t, "", "check", name)
	if r.code != 1 {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
	for _, out := range []string{r.stdout, r.stderr} {
		if strings.ContainsAny(out, "\x1b\x07\u200d") {
			t.Errorf("raw control characters in the output: %q", out)
		}
	}
	// The file name is shown with visible escapes; the decoder names each
	// invisible character in a key instead of printing it.
	for _, want := range []string{`plan\x1b[2J.yaml:`, `(U+001B ESCAPE)`, `«kommune» har et usynlig tegn (U+200D ZERO WIDTH JOINER)`} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %s:\n%s", want, r.stderr)
		}
	}
}

func TestVisible(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Bodø kommune\n", "Bodø kommune\n"},
		{"a\x1b[2Jb", `a\x1b[2Jb`},
		{"\r\x00\x7f", `\x0d\x00\x7f`},
		{"\u0085\u009b", `\u0085\u009b`},
		{"høyre\u202eventre\u2066", `høyre\u202eventre\u2066`},
		{"ugyldig \xff byte", `ugyldig \xff byte`},
		{"tab\tok", "tab\tok"},
	} {
		var b bytes.Buffer
		fmt.Fprint(termWriter{&b}, tc.in)
		if b.String() != tc.want {
			t.Errorf("%q: %q, want %q", tc.in, b.String(), tc.want)
		}
	}
}

// One change is singular in every language: «1 endring», not «1 endringer».
func TestImportChangesCount(t *testing.T) {
	for _, tc := range []struct {
		lang prosessplan.Language
		n    int
		want string
	}{
		{prosessplan.Bokmal, 1, "1 endring fra regnearket:"},
		{prosessplan.Bokmal, 3, "3 endringer fra regnearket:"},
		{prosessplan.Nynorsk, 1, "1 endring frå reknearket:"},
		{prosessplan.Nynorsk, 2, "2 endringar frå reknearket:"},
		{prosessplan.English, 1, "1 change from the workbook:"},
		{prosessplan.English, 2, "2 changes from the workbook:"},
	} {
		if got := fmt.Sprintf(plural(tc.n, msgs.importChanges, tc.lang), tc.n); got != tc.want {
			t.Errorf("%s %d: %q, want %q", tc.lang, tc.n, got, tc.want)
		}
	}
}

// Template errors name the template, not the file being written, and
// follow -lang; they come before anything is rendered.
func TestTemplateErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "mal.dotx")
	os.WriteFile(bad, []byte("%PDF-1.7\n"), 0o644)
	for _, tc := range []struct{ lang, want string }{
		{"", "prosessplan render: malen " + bad + " er ikke et Word-dokument (.dotx eller .docx)\n"},
		{"nn", "prosessplan render: malen " + bad + " er ikkje eit Word-dokument (.dotx eller .docx)\n"},
		{"en", "prosessplan render: the template " + bad + " is not a Word document (.dotx or .docx)\n"},
	} {
		dir := t.TempDir()
		r := runCmd(t, "", "render", "-o", dir, "-format", "docx", "-template", bad, "-lang", tc.lang, "testdata/liten.yaml")
		if tc.lang == "" {
			r = runCmd(t, "", "render", "-o", dir, "-format", "docx", "-template", bad, "testdata/liten.yaml")
		}
		if r.code != 1 || !strings.HasSuffix(r.stderr, tc.want) {
			t.Errorf("-lang %q: exit %d, stderr:\n%s\nwant it to end %q", tc.lang, r.code, r.stderr, tc.want)
		}
	}
}

// TestTooLongWorkbook: a draft whose dates lie centuries apart (check
// refuses it with PP-TOO-LONG, -draft renders it anyway) gets a sentence
// that says what is wrong and what to do, not «feil i programmet».
func TestTooLongWorkbook(t *testing.T) {
	plan := `format: 1
tittel: Lang plan
kommune: Vågå kommune
organisering:
  personer:
    - id: pl
      navn: Åse Øvrebø
faser:
  - id: "1"
    navn: Oppstart
    aktiviteter:
      - nr: "1.1"
        navn: Første
        hensikt: Starte.
        ansvarlig: pl
        type: arbeid
        start: 2017-01-09
        slutt: 2017-01-20
      - nr: "1.2"
        navn: Siste
        hensikt: Slutte.
        ansvarlig: pl
        type: arbeid
        start: 3500-01-10
        slutt: 3500-01-21
`
	name := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(name, []byte(plan), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, want string }{
		{"nb", "tidslinjen blir bredere enn et regneark har kolonner"},
		{"nn", "tidslinja blir breiare enn eit rekneark har kolonnar"},
		{"en", "wider than a worksheet has columns"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			r := runCmd(t, "", "render", "-draft", "-lang", tc.lang, "-format", "xlsx", "-o", t.TempDir(), name)
			if r.code == 0 {
				t.Errorf("exit 0, want a failure")
			}
			if !strings.Contains(r.stderr, tc.want) || !strings.Contains(r.stderr, "prosessplan-lang-plan.xlsx") {
				t.Errorf("stderr %q, want the file named and %q", r.stderr, tc.want)
			}
			for _, bad := range []string{"feil i programmet", "fault in the program", "cannot convert"} {
				if strings.Contains(r.stderr, bad) {
					t.Errorf("stderr has %q: %s", bad, r.stderr)
				}
			}
		})
	}
}
