package examples_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// TestBodo checks that the built-in example decodes, schedules and passes
// Check without errors or warnings, and that its dates are the ones the
// sources give.
func TestBodo(t *testing.T) {
	p := examples.Bodo()
	if p.File != "bodo.yaml" {
		t.Errorf("File = %q, want bodo.yaml", p.File)
	}
	s, probs := prosessplan.NewSchedule(p)
	for _, pr := range probs {
		t.Errorf("NewSchedule: %s", pr.Error())
	}
	for _, pr := range prosessplan.Check(s) {
		if pr.Severity != prosessplan.SeverityAdvice {
			t.Errorf("Check: %s %s: %s", pr.Severity.Label(prosessplan.Bokmal), pr.Code, pr.Error())
		}
	}
	final := s.Activity("4.2")
	if final == nil || final.Decision == nil {
		t.Fatal("no final decision 4.2")
	}
	if got, want := final.Decision.Meeting(), prosessplan.D(2017, 12, 7); got != want {
		t.Errorf("Boligplan 2018–2021 adopted %v, want %v", got, want)
	}
	var route []string
	for _, st := range final.Decision.Steps {
		route = append(route, st.Body.Name+" "+st.Meeting.String())
	}
	want := "Eldrerådet 2017-11-20, Råd for funksjonshemmede 2017-11-21, Ruspolitisk råd 2017-11-22, " +
		"Ungdomsrådet 2017-11-23, Komite for plan, næring og miljø 2017-11-27, Formannskapet 2017-11-29, Bystyret 2017-12-07"
	if got := strings.Join(route, ", "); got != want {
		t.Errorf("saksgang of the final decision:\n%s\nwant\n%s", got, want)
	}
	// Approval in rådmannens ledergruppe is an administrative decision: a
	// milestone, not a political decision point.
	if s.Activity("1.4").Decision != nil || s.Activity("1.4").Kind != prosessplan.Milestone {
		t.Error("1.4 is a political decision; want an administrative milestone")
	}
	approval := s.Activity("1.4").AdminDecision
	if m := approval.Meeting(); m != prosessplan.D(2017, 1, 31) || approval.Steps[0].Body.Name != "Rådmannens ledergruppe" {
		t.Errorf("process plan approved by %s on %v, want Rådmannens ledergruppe at the end of January 2017",
			approval.Steps[0].Body.Name, m)
	}
	// No meeting and no høring in July (fellesferie).
	for _, a := range s.Activities {
		if a.Kind == prosessplan.Work {
			continue
		}
		for d := a.Start.Date; !d.After(a.End.Date); d = d.AddDays(1) {
			if d.Month == 7 {
				t.Errorf("activity %s (%s) is held in July: %v–%v", a.ID, a.Kind, a.Start, a.End)
				break
			}
		}
	}
	for _, b := range p.Bodies {
		for _, m := range b.Meetings {
			if m.Month == 7 {
				t.Errorf("%s meets in July: %v", b.Name, m)
			}
		}
	}
}

// TestBodoIllustrative checks that the file says which details are
// invented: a header explaining it, and "# illustrativt" on the details.
func TestBodoIllustrative(t *testing.T) {
	src := string(examples.BodoYAML)
	if !strings.Contains(src, "«# illustrativt: …»") {
		t.Error("bodo.yaml lacks the header that explains the illustrative details")
	}
	for _, s := range []string{"møteplanen for 2017", "saksbehandler: Hanne Berg # illustrativt", "risikoene og ressursene", "seks uker"} {
		if !strings.Contains(src, s) {
			t.Errorf("bodo.yaml does not mark %q as illustrative", s)
		}
	}
}

// TestBodoCopies checks that each call returns a plan of its own.
func TestBodoCopies(t *testing.T) {
	a, b := examples.Bodo(), examples.Bodo()
	a.Title = "endret"
	if b.Title == "endret" {
		t.Error("Bodo returns shared plans")
	}
	var buf bytes.Buffer
	if err := prosessplan.Encode(&buf, b); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "format: 1\ntittel: Prosessplan for rullering av boligpolitisk handlingsplan") {
		t.Errorf("encoded example starts %q", buf.String()[:80])
	}
}

func ExampleBodo() {
	p := examples.Bodo()
	s, _ := prosessplan.NewSchedule(p)
	fmt.Println(p.Title)
	fmt.Println(p.Municipality, "–", p.Type.Label(prosessplan.Bokmal))
	for _, d := range s.Decisions {
		fmt.Printf("%s: %s %s\n", d.Activity.ID, d.Kind.Label(prosessplan.Bokmal), d.Meeting())
	}
	// Output:
	// Prosessplan for rullering av boligpolitisk handlingsplan – Boligplan 2018–2021
	// Bodø kommune – Temaplan
	// 1.7: Melding om oppstart 2017-03-16
	// 3.3: Utlegging til høring og offentlig ettersyn 2017-09-13
	// 4.2: Sluttbehandling 2017-12-07
}

// TestBodoProfile checks the embedded layout: Bodø's 2017 title for the
// chief executive and a logo that is a PNG.
func TestBodoProfile(t *testing.T) {
	p := examples.BodoProfile()
	if p.Municipality != "Bodø kommune" || p.ChiefExecutive != "rådmann" {
		t.Errorf("profile = %q, %q; want Bodø kommune, rådmann", p.Municipality, p.ChiefExecutive)
	}
	if !bytes.HasPrefix(p.Logo, []byte("\x89PNG")) || p.LogoAlt == "" {
		t.Errorf("logo: %d bytes, alt %q; want a PNG with alt text", len(p.Logo), p.LogoAlt)
	}
}
