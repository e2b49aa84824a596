package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
)

// A plan whose activities say how they are carried out (metode) gets the
// Metode column of Distriktssenteret's templates beside Hensikt, and an
// edit there is read back; a plan without methods has no empty column.
func TestMethodColumn(t *testing.T) {
	p := plantest.Generate(20)
	_, data := writeFile(t, schedule(t, p), render.Options{}, "uten.xlsx")
	if e := openEdit(t, data); e.get("E", firstData-1) == "Metode" {
		t.Errorf("a plan without methods has a Metode column")
	}

	p.Activity("1.2").Method = "Gruppearbeid med gule lapper"
	_, data = writeFile(t, schedule(t, p), render.Options{}, "med.xlsx")
	e := openEdit(t, data)
	if h := e.get("E", firstData-1); h != "Metode" {
		t.Fatalf("column E is titled %q, want Metode", h)
	}
	if m := e.get("E", e.row("1.2")); m != "Gruppearbeid med gule lapper" {
		t.Errorf("1.2's Metode cell = %q", m)
	}
	e.set("E", e.row("1.3"), "Kafédialog")
	got, changes, err := Read(bytes.NewReader(e.bytes()), "med.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if m := got.Activity("1.3").Method; m != "Kafédialog" {
		t.Errorf("1.3 method read back = %q, want Kafédialog", m)
	}
	if m := got.Activity("1.2").Method; m != "Gruppearbeid med gule lapper" {
		t.Errorf("1.2 method read back = %q", m)
	}
	var report []string
	for _, c := range changes {
		report = append(report, c.String())
	}
	if r := strings.Join(report, "\n"); !strings.Contains(r, "Metode endret fra «» til «Kafédialog»") {
		t.Errorf("change report:\n%s", r)
	}
}

// Every party responsible for an activity is in its Ansvarlig cell, and an
// edited cell is read back as the first responsible and the others.
func TestEveryResponsible(t *testing.T) {
	p := plantest.Generate(20)
	a := p.Activity("1.2")
	a.AlsoResponsible = []string{"Innbyggere"}
	_, data := writeFile(t, schedule(t, p), render.Options{}, "ansvar.xlsx")
	e := openEdit(t, data)
	want := p.Name(a.Responsible) + ", Innbyggere"
	if got := e.get("E", e.row("1.2")); got != want {
		t.Errorf("1.2 Ansvarlig = %q, want %q", got, want)
	}
	e.set("E", e.row("1.3"), p.Name(a.Responsible)+", Seniorrådet")
	got, _, err := Read(bytes.NewReader(e.bytes()), "ansvar.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if g := got.Activity("1.2"); g.Responsible != a.Responsible || len(g.AlsoResponsible) != 1 || g.AlsoResponsible[0] != "Innbyggere" {
		t.Errorf("1.2 read back: %q + %q", g.Responsible, g.AlsoResponsible)
	}
	if g := got.Activity("1.3"); g.Responsible != a.Responsible || len(g.AlsoResponsible) != 1 || g.AlsoResponsible[0] != "Seniorrådet" {
		t.Errorf("1.3 read back: %q + %q", g.Responsible, g.AlsoResponsible)
	}
}
