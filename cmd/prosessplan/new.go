package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
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

const newLangUsage = "planens målform: nb eller nn, f.eks. -lang nn (standard: nb)"

func runNew(c *command, args []string) int {
	typeFlag := c.String("type", "", "plantypen, f.eks. -type kommunedelplan (må oppgis)")
	startFlag := c.String("start", "", "første dag i arbeidet, f.eks. -start 2027-01-04 (standard: førstkommende mandag)")
	out := c.String("o", "", "filen planen skrives til, f.eks. -o plan.yaml (standard: standard ut)")
	force := c.Bool("force", false, "overskriv -o-filen om den finnes fra før")
	c.norwegianOnly = true
	pos, code, ok := c.parse(args)
	if !ok {
		return code
	}
	lang := orLang(c.lang, prosessplan.Bokmal)
	if len(pos) > 0 {
		return c.usage(msgs.newArg.In(lang), pos[0])
	}
	var types []string
	for _, t := range prosessplan.AllPlanTypes() {
		types = append(types, string(t))
	}
	t := prosessplan.PlanType(*typeFlag)
	if _, known := prosessplan.RulesFor(t); !known {
		return c.usage(msgs.unknownType.In(lang), *typeFlag, strings.Join(types, ", "))
	}
	var start prosessplan.Date
	if *startFlag != "" {
		tm, err := time.Parse("2006-01-02", *startFlag)
		if err != nil {
			return c.usage(msgs.newStart.In(lang), *startFlag)
		}
		start = prosessplan.DateOf(tm)
	} else {
		// The one use of the clock: a new plan starts next Monday.
		start = prosessplan.DateOf(time.Now()).AddDays(7).Monday()
	}
	p := prosessplan.NewStarter(t, lang, start)
	if p == nil {
		return c.usage(msgs.unknownType.In(lang), *typeFlag, strings.Join(types, ", "))
	}
	var b bytes.Buffer
	if err := prosessplan.Encode(&b, p); err != nil {
		c.fail(err, lang)
		return exitFail
	}
	if *out == "" {
		c.data.Write(b.Bytes())
		return exitOK
	}
	if err := writeNewFile(*out, b.Bytes(), *force); err != nil {
		if errors.Is(err, fs.ErrExist) {
			c.failf(msgs.exists.In(lang), *out)
		} else {
			c.fail(err, lang)
		}
		return exitFail
	}
	fmt.Fprintln(c.stdout, *out)
	return exitOK
}

// writeNewFile writes b to name atomically; without force it fails with an
// error matching fs.ErrExist when name exists. Something that is not a
// regular file (a FIFO, a device, a folder) is refused even with force.
func writeNewFile(name string, b []byte, force bool) error {
	if err := checkOutputPath(name); err != nil {
		return err
	}
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
