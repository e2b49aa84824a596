package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

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

func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("import", importHelp, stdout, stderr)
	out := fs.String("o", "", "planfilen som skrives, f.eks. -o plan.yaml (standard: standard ut)")
	langFlag := fs.String("lang", "", "språk for endringene: nb, nn eller en (standard: planens målform)")
	force := fs.Bool("force", false, "overskriv -o-filen om den finnes fra før")
	pos, code, ok := fs.parse(args)
	if !ok {
		return code
	}
	lang, good := parseLang(*langFlag)
	if !good {
		fmt.Fprintf(stderr, "prosessplan import: "+msgFor("").unknownLang+"\n", *langFlag)
		return exitUsage
	}
	if len(pos) != 1 {
		fmt.Fprintln(stderr, "prosessplan import: "+msgFor(lang).oneWorkbook)
		return exitUsage
	}
	f, err := os.Open(pos[0])
	if err != nil {
		fmt.Fprintf(stderr, "prosessplan import: %v\n", err)
		return exitFail
	}
	p, changes, err := xlsx.Read(f, pos[0])
	f.Close()
	if err != nil {
		var ps prosessplan.Problems
		var foreign *xlsx.NotProsessplanError
		if errors.As(err, &ps) {
			printProblems(stderr, ps, orLang(lang, prosessplan.Bokmal))
		} else if errors.As(err, &foreign) {
			fmt.Fprintf(stderr, "prosessplan import: %s\n", foreign.Message(orLang(lang, prosessplan.Bokmal)))
		} else {
			fmt.Fprintf(stderr, "prosessplan import: %v\n", err)
		}
		return exitFail
	}
	lang = orLang(lang, p.Language)
	m := msgFor(lang)
	var b bytes.Buffer
	if err := prosessplan.Encode(&b, p); err != nil {
		fmt.Fprintf(stderr, "prosessplan import: %v\n", err)
		return exitFail
	}
	report := stdout
	if *out == "" {
		stdout.Write(b.Bytes())
		report = stderr
	} else if err := writeNewFile(*out, b.Bytes(), *force); err != nil {
		if os.IsExist(err) {
			fmt.Fprintf(stderr, "prosessplan import: "+m.exists+"\n", *out)
		} else {
			fmt.Fprintf(stderr, "prosessplan import: %v\n", err)
		}
		return exitFail
	}
	if len(changes) == 0 {
		fmt.Fprintln(report, m.importNoChange)
	} else {
		fmt.Fprintf(report, m.importChanges+"\n", len(changes))
		for _, c := range changes {
			c.Language = lang
			fmt.Fprintln(report, "  "+c.String())
		}
	}
	if *out != "" {
		fmt.Fprintf(report, m.wrote+"\n", *out)
	}
	if _, ps := prosessplan.CheckPlan(p); len(ps) > 0 {
		printProblems(stderr, ps, lang)
	}
	return exitOK
}

func orLang(l, def prosessplan.Language) prosessplan.Language {
	if l == "" {
		return def
	}
	return l
}
