package main

import (
	"fmt"
	"io"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// messages are the command's own sentences in one language. The problems
// themselves come worded from the library.
type messages struct {
	noProblems string // file
	counts     string // errors, warnings, advice, each with its noun (see count)
	hasErrors  string // file, errors with their noun
	// Singular and plural of the nouns the counts use.
	errorN, warningN, adviceN [2]string
	notOurs                   string // path
	unknownFormat             string // format, list
	unknownLang               string // lang
	unknownType               string // type, list
	unknownPDF                string // value
	wrote                     string // path (for -o of new and import)
	importChanges             string // n
	importNoChange            string
	interrupted               string
	oneWorkbook               string
	exists                    string // path
}

var msgs = map[prosessplan.Language]*messages{
	prosessplan.Bokmal: {
		noProblems:     "%s: ingen problemer funnet.",
		counts:         "%s, %s, %s.",
		errorN:         [2]string{"feil", "feil"},
		warningN:       [2]string{"advarsel", "advarsler"},
		adviceN:        [2]string{"råd", "råd"},
		hasErrors:      "%s har %s og blir ikke laget. Rett feilene, eller bruk -draft for å lage et utkast med problemene i et vedlegg.",
		notOurs:        "%s finnes fra før og er ikke skrevet av prosessplan, eller er endret siden. Flytt den, velg en annen mappe med -o, eller bruk -force for å overskrive den.",
		unknownFormat:  "ukjent format %q: velg blant %s",
		unknownLang:    "ukjent språk %q: velg nb, nn eller en",
		unknownType:    "ukjent plantype %q: velg blant %s",
		unknownPDF:     "ukjent verdi %q for -pdf: velg publisering eller arkiv",
		wrote:          "skrev %s",
		importChanges:  "%d endringer fra regnearket:",
		importNoChange: "Ingen endringer fra regnearket.",
		interrupted:    "avbrutt; ingen filer er endret.",
		oneWorkbook:    "oppgi ett regneark (.xlsx); se prosessplan import -h",
		exists:         "%s finnes fra før; bruk -force for å overskrive den",
	},
	prosessplan.Nynorsk: {
		noProblems:     "%s: ingen problem funne.",
		counts:         "%s, %s, %s.",
		errorN:         [2]string{"feil", "feil"},
		warningN:       [2]string{"åtvaring", "åtvaringar"},
		adviceN:        [2]string{"råd", "råd"},
		hasErrors:      "%s har %s og blir ikkje laga. Rett feila, eller bruk -draft for å lage eit utkast med problema i eit vedlegg.",
		notOurs:        "%s finst frå før og er ikkje skriven av prosessplan, eller er endra sidan. Flytt han, vel ei anna mappe med -o, eller bruk -force for å skrive over han.",
		unknownFormat:  "ukjend format %q: vel mellom %s",
		unknownLang:    "ukjend språk %q: vel nb, nn eller en",
		unknownType:    "ukjend plantype %q: vel mellom %s",
		unknownPDF:     "ukjend verdi %q for -pdf: vel publisering eller arkiv",
		wrote:          "skreiv %s",
		importChanges:  "%d endringar frå reknearket:",
		importNoChange: "Ingen endringar frå reknearket.",
		interrupted:    "avbrote; ingen filer er endra.",
		oneWorkbook:    "oppgi eitt rekneark (.xlsx); sjå prosessplan import -h",
		exists:         "%s finst frå før; bruk -force for å skrive over han",
	},
	prosessplan.English: {
		noProblems:     "%s: no problems found.",
		counts:         "%s, %s, %s.",
		errorN:         [2]string{"error", "errors"},
		warningN:       [2]string{"warning", "warnings"},
		adviceN:        [2]string{"piece of advice", "pieces of advice"},
		hasErrors:      "%s has %s and is not rendered. Fix them, or use -draft to render a draft that lists the problems in an appendix.",
		notOurs:        "%s exists and was not written by prosessplan, or was changed since. Move it, choose another folder with -o, or use -force to overwrite it.",
		unknownFormat:  "unknown format %q: choose from %s",
		unknownLang:    "unknown language %q: choose nb, nn or en",
		unknownType:    "unknown plan type %q: choose from %s",
		unknownPDF:     "unknown value %q for -pdf: choose publisering or arkiv",
		wrote:          "wrote %s",
		importChanges:  "%d changes from the workbook:",
		importNoChange: "No changes from the workbook.",
		interrupted:    "interrupted; no file was changed.",
		oneWorkbook:    "give one workbook (.xlsx); see prosessplan import -h",
		exists:         "%s exists; use -force to overwrite it",
	},
}

func msgFor(l prosessplan.Language) *messages {
	if m, ok := msgs[l]; ok {
		return m
	}
	return msgs[prosessplan.Bokmal]
}

// parseLang reads a -lang value; "" means "the plan's".
func parseLang(s string) (prosessplan.Language, bool) {
	switch s {
	case "":
		return "", true
	case "nb", "nn", "en":
		return prosessplan.Language(s), true
	}
	return "", false
}

// printProblems writes one line per problem, as compilers do:
// "plan.yaml:12:5: feil: message [PP-CODE]", and a count.
func printProblems(w io.Writer, ps prosessplan.Problems, l prosessplan.Language) {
	var n [3]int
	for _, p := range ps {
		pos := ""
		if p.Pos.File != "" {
			pos = p.Pos.File + ":"
		}
		if p.Pos.Line > 0 {
			pos += fmt.Sprintf("%d:", p.Pos.Line)
			if p.Pos.Col > 0 {
				pos += fmt.Sprintf("%d:", p.Pos.Col)
			}
		}
		if pos != "" {
			pos += " "
		}
		code := ""
		if p.Code != "" {
			code = " [" + p.Code + "]"
		}
		fmt.Fprintf(w, "%s%s: %s%s\n", pos, p.Severity.Label(l), p.Message(l), code)
		if p.Severity >= prosessplan.Error && p.Severity <= prosessplan.Advice {
			n[p.Severity]++
		}
	}
	m := msgFor(l)
	fmt.Fprintf(w, m.counts+"\n", count(n[0], m.errorN), count(n[1], m.warningN), count(n[2], m.adviceN))
}

// count writes n with the singular or plural of a noun: "1 advarsel",
// "0 advarsler". All three languages use the singular for exactly one.
func count(n int, noun [2]string) string {
	if n == 1 {
		return "1 " + noun[0]
	}
	return fmt.Sprintf("%d %s", n, noun[1])
}

func countErrors(ps prosessplan.Problems) int {
	n := 0
	for _, p := range ps {
		if p.Severity == prosessplan.Error {
			n++
		}
	}
	return n
}
