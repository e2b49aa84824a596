package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

const newHelp = `
prosessplan new -type TYPE [-lang nb|nn] [-start DATO] [-o FIL] [-force]

Lager en ny plan for en plantype, med stegene loven krever (for en temaplan:
anbefaler), minste høringsfrister, en enkel organisering og en møteplan. Den
nye planen består "prosessplan check". Bytt ut plassholdertekstene, legg inn
kommunens egne møtedatoer, og bygg videre.

Plantyper: temaplan, kommunedelplan, kommuneplanens-samfunnsdel,
kommuneplanens-arealdel, kommunal-planstrategi, reguleringsplan.

Uten -o skrives planen til standard ut. En fil som finnes fra før, blir ikke
overskrevet uten -force.

Eksempel:
  prosessplan new -type kommunedelplan -o plan.yaml
  prosessplan new -type temaplan -lang nn -start 2027-01-04 -o plan.yaml
`

func runNew(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("new", newHelp, stdout, stderr)
	typeFlag := fs.String("type", "", "plantypen, f.eks. -type kommunedelplan (må oppgis)")
	langFlag := fs.String("lang", "", "planens målform: nb eller nn, f.eks. -lang nn (standard: nb)")
	startFlag := fs.String("start", "", "første dag i arbeidet, f.eks. -start 2027-01-04 (standard: førstkommende mandag)")
	out := fs.String("o", "", "filen planen skrives til, f.eks. -o plan.yaml (standard: standard ut)")
	force := fs.Bool("force", false, "overskriv -o-filen om den finnes fra før")
	pos, code, ok := fs.parse(args)
	if !ok {
		return code
	}
	lang, good := parseLang(*langFlag)
	if lang == "" {
		lang = prosessplan.Bokmal
	}
	if !good || lang == prosessplan.English {
		fmt.Fprintf(stderr, "prosessplan new: ukjent målform %q: velg nb eller nn\n", *langFlag)
		return exitUsage
	}
	m := msgFor(lang)
	if len(pos) > 0 {
		fmt.Fprintf(stderr, "prosessplan new: uventet argument %q; planfilen oppgis med -o\n", pos[0])
		return exitUsage
	}
	var types []string
	for _, t := range prosessplan.AllPlanTypes() {
		types = append(types, string(t))
	}
	t := prosessplan.PlanType(*typeFlag)
	if _, known := prosessplan.RulesFor(t); !known {
		fmt.Fprintf(stderr, "prosessplan new: "+m.unknownType+"\n", *typeFlag, strings.Join(types, ", "))
		return exitUsage
	}
	var start prosessplan.Date
	if *startFlag != "" {
		tm, err := time.Parse("2006-01-02", *startFlag)
		if err != nil {
			fmt.Fprintf(stderr, "prosessplan new: -start %q er ikke en dato som 2027-01-04\n", *startFlag)
			return exitUsage
		}
		start = prosessplan.DateOf(tm)
	} else {
		// The one use of the clock: a new plan starts next Monday.
		start = prosessplan.DateOf(time.Now()).AddDays(7).Monday()
	}
	p := prosessplan.NewStarter(t, lang, start)
	if p == nil {
		fmt.Fprintf(stderr, "prosessplan new: "+m.unknownType+"\n", *typeFlag, strings.Join(types, ", "))
		return exitUsage
	}
	var b bytes.Buffer
	if err := prosessplan.Encode(&b, p); err != nil {
		fmt.Fprintf(stderr, "prosessplan new: %v\n", err)
		return exitFail
	}
	if *out == "" {
		stdout.Write(b.Bytes())
		return exitOK
	}
	if err := writeNewFile(*out, b.Bytes(), *force); err != nil {
		if os.IsExist(err) {
			fmt.Fprintf(stderr, "prosessplan new: "+m.exists+"\n", *out)
		} else {
			fmt.Fprintf(stderr, "prosessplan new: %v\n", err)
		}
		return exitFail
	}
	fmt.Fprintln(stdout, *out)
	return exitOK
}

// writeNewFile writes b to name atomically; without force it fails with an
// error for which os.IsExist is true when name exists.
func writeNewFile(name string, b []byte, force bool) error {
	if !force {
		if _, err := os.Lstat(name); err == nil {
			return os.ErrExist
		}
	}
	_, err := writeAtomic(name, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
	return err
}
