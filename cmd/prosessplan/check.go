package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

const checkHelp = `
prosessplan check [-lang nb|nn|en] [FIL|-]

Sjekker en plan: at hver aktivitet har hvem, hva, når og hvorfor, at datoene
henger sammen, at høringsfrister og saksgang følger reglene for plantypen
(plan- og bygningsloven, kommuneloven), og at politiske vedtak har et møte i
møteplanen. Skriver ett problem per linje: fil:linje:kolonne: alvorlighet:
melding [KODE].

Uten FIL sjekkes det innebygde eksempelet (Bodø kommunes Boligplan 2018–2021).
"-" leser planen fra standard inn.

Avslutningskode: 0 når planen ikke har feil (advarsler og råd er lov),
1 når den har feil eller ikke kan leses, 2 ved feil bruk.

Eksempel:
  prosessplan check plan.yaml
  prosessplan check -lang en plan.yaml
  cat plan.yaml | prosessplan check -
`

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", checkHelp, stdout, stderr)
	langFlag := fs.String("lang", "", "språk for meldingene: nb, nn eller en (standard: planens målform)")
	pos, code, ok := fs.parse(args)
	if !ok {
		return code
	}
	lang, ok := parseLang(*langFlag)
	if !ok {
		fmt.Fprintf(stderr, "prosessplan check: "+msgFor("").unknownLang+"\n", *langFlag)
		return exitUsage
	}
	if len(pos) > 1 {
		fmt.Fprintln(stderr, "prosessplan check: bare én planfil om gangen")
		return exitUsage
	}
	p, code := load(pos, stdin, lang, stderr)
	if p == nil {
		return code
	}
	if lang == "" {
		lang = p.Language
	}
	_, ps := schedule(p)
	if len(ps) == 0 {
		fmt.Fprintf(stdout, msgFor(lang).noProblems+"\n", displayName(p))
		return exitOK
	}
	printProblems(stdout, ps, lang)
	if ps.HasErrors() {
		return exitFail
	}
	return exitOK
}

// load reads the plan named in pos (none: the built-in example; "-":
// stdin). On failure it reports to stderr and returns a nil plan and the
// exit code.
func load(pos []string, stdin io.Reader, lang prosessplan.Language, stderr io.Writer) (*prosessplan.Plan, int) {
	var (
		p   *prosessplan.Plan
		err error
	)
	switch {
	case len(pos) == 0:
		p, err = builtin()
	case pos[0] == "-":
		p, err = prosessplan.Decode(stdin, "stdin")
	default:
		var f *os.File
		f, err = os.Open(pos[0])
		if err == nil {
			p, err = prosessplan.Decode(f, pos[0])
			f.Close()
		}
	}
	if err != nil {
		var ps prosessplan.Problems
		if errors.As(err, &ps) {
			if lang == "" {
				lang = prosessplan.Bokmal
			}
			printProblems(stderr, ps, lang)
		} else {
			fmt.Fprintf(stderr, "prosessplan: %v\n", err)
		}
		return nil, exitFail
	}
	return p, exitOK
}

// schedule computes the plan's dates and checks it.
func schedule(p *prosessplan.Plan) (*prosessplan.Schedule, prosessplan.Problems) {
	return prosessplan.CheckPlan(p)
}

func displayName(p *prosessplan.Plan) string {
	if p.File != "" {
		return p.File
	}
	return p.Title
}
