package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/prosessplan"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	plan, changes, err := run(dir, &out)
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 3 {
		t.Errorf("%d changes, want 3: %v", len(changes), changes)
	}
	for _, want := range []string{
		"3 changes:\n",
		"Framdrift!J16: 1.5 Referansegrupper etableres: Status endret fra «Ikke startet» til «Ferdig»\n",
		"2.3 Folkemøte om boligpolitikken: Start endret fra «29.03.2017» til «05.04.2017»\n",
		"2.3 Folkemøte om boligpolitikken: Slutt endret fra «29.03.2017» til «05.04.2017»\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if a := plan.Activity("2.3"); a.Start.Date != prosessplan.D(2017, 4, 5) || a.End.Date != prosessplan.D(2017, 4, 5) {
		t.Errorf("folkemøte %v–%v, want 2017-04-05", a.Start, a.End)
	}
	if a := plan.Activity("1.5"); a.Status != prosessplan.Done {
		t.Errorf("1.5 has status %q, want ferdig", a.Status)
	}
	if _, ps := prosessplan.CheckPlan(plan); ps.HasErrors() {
		t.Errorf("the edited plan has errors: %v", ps)
	}
	validate.OOXML(t, dir+"/boligplan.xlsx", dir+"/boligplan-redigert.xlsx")
}
