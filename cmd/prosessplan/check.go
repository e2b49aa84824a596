package main

import (
	"bytes"
	"errors"
	"fmt"
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

const checkLangUsage = "språk for meldingene: nb, nn eller en (standard: planens målform)"

func runCheck(c *command, args []string) int {
	pos, code, ok := c.parse(args)
	if !ok {
		return code
	}
	if len(pos) > 1 {
		return c.usage("%s", msgs.onePlan.In(c.lang))
	}
	p, code := c.load(pos)
	if p == nil {
		return code
	}
	lang := orLang(c.lang, p.Language)
	_, ps := schedule(p)
	if len(ps) == 0 {
		fmt.Fprintf(c.stdout, msgs.noProblems.In(lang)+"\n", displayName(p))
		return exitOK
	}
	printProblems(c.stdout, ps, lang)
	if ps.HasErrors() {
		return exitFail
	}
	return exitOK
}

// load reads the plan named in pos (none: the built-in example; "-":
// stdin), through the limit of a plan file and only if it is a regular
// file. On failure it reports to stderr and returns a nil plan and the
// exit code.
func (c *command) load(pos []string) (*prosessplan.Plan, int) {
	var (
		p   *prosessplan.Plan
		b   []byte
		err error
	)
	switch {
	case len(pos) == 0:
		p, err = builtin()
	case pos[0] == "-":
		if b, err = readLimited(c.stdin, "stdin", kindPlan); err == nil {
			p, err = prosessplan.Decode(bytes.NewReader(b), "stdin")
		}
	default:
		var f *os.File
		if f, err = openRegular(pos[0], kindPlan); err == nil {
			// Decode reads the file into a buffer of its size in one go; a
			// copy read here first would be held through the decoding, a
			// tenth of the memory of a large plan's render.
			p, err = prosessplan.Decode(sized(f), pos[0])
			f.Close()
		}
	}
	if err != nil {
		lang := orLang(c.lang, prosessplan.Bokmal)
		var ps prosessplan.Problems
		if errors.As(err, &ps) {
			printProblems(c.stderr, ps, lang)
		} else {
			c.fail(err, lang)
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
