package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render/xlsx"
)

const importHelp = `
prosessplan import [-o FIL] [-lang nb|nn|en] [-force] FIL.xlsx

Leser et regneark som "prosessplan render" har laget, etter at noen har
redigert det i Excel eller LibreOffice, tilbake til en planfil, og skriver
hva som er endret: flyttede datoer, ny status eller ansvarlig, nye, slettede
og flyttede rader, med celle ("Framdrift!H14"). Det regnearket ikke viser
(organisering, organer, tekster, avhengigheter), kommer fra planfilen som
ligger lagret i regnearket.

Uten -o skrives planen til standard ut og endringene til standard feil; med
-o skrives endringene til standard ut. En fil som finnes fra før, blir ikke
overskrevet uten -force. Problemer i den nye planen skrives også ut; kjør
"prosessplan check" på den nye planfilen for å se dem igjen.

Avslutningskode: 0 når planen ble skrevet, 1 når regnearket ikke kunne leses
eller filen ikke skrives, 2 ved feil bruk.

Eksempel:
  prosessplan import -o plan.yaml ut/prosessplan-boligplan.xlsx
  prosessplan import ut/prosessplan-boligplan.xlsx > plan.yaml
`

const importLangUsage = "språk for endringene: nb, nn eller en (standard: planens målform)"

func runImport(c *command, args []string) int {
	out := c.String("o", "", "planfilen som skrives, f.eks. -o plan.yaml (standard: standard ut)")
	force := c.Bool("force", false, "overskriv -o-filen om den finnes fra før")
	pos, code, ok := c.parse(args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return c.usage("%s", msgs.oneWorkbook.In(c.lang))
	}
	lang := orLang(c.lang, prosessplan.Bokmal)
	data, err := readInput(pos[0], kindWorkbook)
	if err != nil {
		c.fail(err, lang)
		return exitFail
	}
	p, changes, err := xlsx.Read(bytes.NewReader(data), pos[0])
	if err != nil {
		var ps prosessplan.Problems
		var foreign *xlsx.NotProsessplanError
		if errors.As(err, &ps) {
			printProblems(c.stderr, ps, lang)
		} else if errors.As(err, &foreign) {
			c.failf("%s", foreign.Message(lang))
		} else {
			c.fail(err, lang)
		}
		return exitFail
	}
	lang = orLang(c.lang, p.Language)
	var b bytes.Buffer
	if err := prosessplan.Encode(&b, p); err != nil {
		c.fail(err, lang)
		return exitFail
	}
	report := c.stdout
	if *out == "" {
		c.data.Write(b.Bytes())
		report = c.stderr
	} else if err := writeNewFile(*out, b.Bytes(), *force); err != nil {
		if errors.Is(err, fs.ErrExist) {
			c.failf(msgs.exists.In(lang), *out)
		} else {
			c.fail(err, lang)
		}
		return exitFail
	}
	if len(changes) == 0 {
		fmt.Fprintln(report, msgs.importNoChange.In(lang))
	} else {
		fmt.Fprintf(report, plural(len(changes), msgs.importChanges, lang)+"\n", len(changes))
		for _, ch := range changes {
			ch.Language = lang
			fmt.Fprintln(report, "  "+ch.String())
		}
	}
	if *out != "" {
		fmt.Fprintf(report, msgs.wrote.In(lang)+"\n", *out)
	}
	if _, ps := prosessplan.CheckPlan(p); len(ps) > 0 {
		printProblems(c.stderr, ps, lang)
	}
	return exitOK
}

// plural picks the singular or plural of a sentence about n things, in
// language l.
func plural(n int, forms [2]prosessplan.Text, l prosessplan.Language) string {
	if n == 1 {
		return forms[0].In(l)
	}
	return forms[1].In(l)
}

func orLang(l, def prosessplan.Language) prosessplan.Language {
	if l == "" {
		return def
	}
	return l
}
