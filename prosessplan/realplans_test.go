package prosessplan

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// decodeString decodes a plan from YAML text, failing the test on error.
func decodeString(t *testing.T, src string) *Plan {
	t.Helper()
	p, err := Decode(strings.NewReader(src), "t.yaml")
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	return p
}

// TestFreeTextParties: responsible and participants that are not people
// of the organisation are kept as text; a near miss of an ID is still a
// typo.
func TestFreeTextParties(t *testing.T) {
	p := decodeString(t, `tittel: T
organisering:
  personer: [{id: prosjektleder, navn: Hanne Berg}]
organer: [{id: kommunestyret, navn: Kommunestyret, type: kommunestyre}]
faser:
  - aktiviteter:
      - nr: "1"
        ansvarlig: [prosjektleder, Kommunestyret]
        deltakere: [Innbyggere, høringsinstanser, seniorer, kommunestyret]
        start: 2018-10-01
      - nr: "2"
        ansvarlig: Innbyggere
        start: 2018-10-01
`)
	a := p.Activity("1")
	if got := a.ResponsibleParties(); !slices.Equal(got, []string{"prosjektleder", "Kommunestyret"}) {
		t.Errorf("ResponsibleParties = %q", got)
	}
	var names []string
	for _, x := range a.Participants {
		names = append(names, p.Name(x))
	}
	if want := []string{"Innbyggere", "høringsinstanser", "seniorer", "Kommunestyret"}; !slices.Equal(names, want) {
		t.Errorf("participant names = %q, want %q", names, want)
	}
	if p.Known("Innbyggere") || !p.Known("kommunestyret") {
		t.Errorf("Known: Innbyggere %v, kommunestyret %v", p.Known("Innbyggere"), p.Known("kommunestyret"))
	}
	if got := p.Activity("2").Responsible; got != "Innbyggere" {
		t.Errorf("single ansvarlig = %q", got)
	}

	_, err := Decode(strings.NewReader("tittel: T\norganisering: {personer: [{id: prosjektleder}]}\nfaser: [{aktiviteter: [{nr: 1, deltakere: [prosjektleer]}]}]\n"), "t.yaml")
	if err == nil || !strings.Contains(err.Error(), "ukjent deltaker «prosjektleer» — mente du «prosjektleder»?") {
		t.Errorf("a misspelt id: %v", err)
	}
}

// TestActivityKindsAndDecisionOnWorkshop: varsel, spørreundersøkelse,
// innspillsrunde and mekling are kinds; a workshop may carry a decision.
func TestActivityKindsAndDecisionOnWorkshop(t *testing.T) {
	p := decodeString(t, `tittel: T
organer: [{id: ks, navn: Kommunestyret, type: kommunestyre, møter: [2018-10-03]}]
faser:
  - aktiviteter:
      - {nr: "1", type: varsel om oppstart, start: 2018-09-03}
      - {nr: "2", type: spørjeundersøking, start: 2018-09-03, varighet: 2 uker}
      - {nr: "3", type: Innspillsrunde, start: 2018-09-03, varighet: 2 uker}
      - {nr: "4", type: kunngjøring, start: 2018-09-03}
      - nr: "5"
        type: arbeidsverksted
        start: 2018-10-03 17:00
        varighet: 120 min
        metode: Kafébord
        vedtak: {type: melding-om-oppstart, organ: ks}
`)
	want := []ActivityKind{Notice, Survey, InputRound, Notice, Workshop}
	for i, a := range p.Activities() {
		if a.Kind != want[i] {
			t.Errorf("activity %s: kind %q, want %q", a.ID, a.Kind, want[i])
		}
	}
	a := p.Activity("5")
	if !a.IsDecision() || a.Method != "Kafébord" {
		t.Fatalf("activity 5: decision %v, method %q", a.IsDecision(), a.Method)
	}
	s, probs := NewSchedule(p)
	if len(probs) > 0 {
		t.Fatalf("NewSchedule: %v", probs)
	}
	sa := s.Activity("5")
	if got := sa.Start.String() + "–" + sa.End.String(); got != "2018-10-03 17:00–2018-10-03 19:00" {
		t.Errorf("workshop with decision at %s", got)
	}
	if sa.Decision == nil || sa.Decision.Meeting() != D(2018, 10, 3) {
		t.Errorf("decision not at the meeting: %+v", sa.Decision)
	}
}

// TestDecisionEndRefused: a decision's "slutt" on another day than its
// meeting is an error, not ignored.
func TestDecisionEndRefused(t *testing.T) {
	p := decodeString(t, `tittel: T
organer: [{id: ks, navn: Kommunestyret, type: kommunestyre, møter: [2018-10-04]}]
faser:
  - aktiviteter:
      - nr: "1"
        start: 2018-10-01
        slutt: 2018-10-20
        vedtak: {type: sluttbehandling, organ: ks}
`)
	s, probs := NewSchedule(p)
	if len(probs) != 1 || probs[0].Code != CodeDecisionEnd {
		t.Fatalf("problems = %v, want one %s", probs, CodeDecisionEnd)
	}
	if msg := probs[0].Message(Bokmal); !strings.Contains(msg, "behandles på møtet 2018-10-04, men har sluttdato 2018-10-20") {
		t.Errorf("message: %s", msg)
	}
	if got := s.Activity("1").Start.Date; got != D(2018, 10, 4) {
		t.Errorf("the start is the earliest day: the meeting is %s, want 2018-10-04", got)
	}
}

// TestMonthsAndTentative: months as dates, with their working days, and
// the tentative marker.
func TestMonthsAndTentative(t *testing.T) {
	p := decodeString(t, `tittel: T
faser:
  - aktiviteter:
      - {nr: "1", navn: Hele oktober, start: 2018-10}
      - {nr: "2", navn: Fra september, start: september 2018, slutt: ~okt. 2018}
      - {nr: "3", navn: Foreløpig, start: 2018-11-05, varighet: 5 dager, foreløpig: ja}
      - {nr: "4", navn: Juli, start: 2017-07, varighet: 3 dager}
`)
	tests := []struct {
		id         string
		start, end string
		tentative  bool
		sp, ep     Precision
	}{
		{"1", "2018-10-01", "2018-10-31", false, MonthPrecision, DayPrecision},
		{"2", "2018-09-03", "2018-10-31", true, MonthPrecision, MonthPrecision},
		{"3", "2018-11-05", "2018-11-09", true, DayPrecision, DayPrecision},
		{"4", "2017-07-03", "2017-07-05", false, MonthPrecision, DayPrecision},
	}
	s, probs := NewSchedule(p)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	for _, tt := range tests {
		a := s.Activity(tt.id)
		if a.Start.String() != tt.start || a.End.String() != tt.end {
			t.Errorf("%s: %s–%s, want %s–%s", tt.id, a.Start, a.End, tt.start, tt.end)
		}
		if a.Tentative != tt.tentative || a.StartPrecision != tt.sp || a.EndPrecision != tt.ep {
			t.Errorf("%s: tentative %v precision %d/%d, want %v %d/%d", tt.id, a.Tentative, a.StartPrecision, a.EndPrecision, tt.tentative, tt.sp, tt.ep)
		}
	}
	var buf strings.Builder
	if err := Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"start: 2018-10\n", "start: 2018-09\n", "slutt: 2018-10\n", "foreløpig: true\n"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("Encode lacks %q:\n%s", want, buf.String())
		}
	}
	_, err := Decode(strings.NewReader("tittel: T\nfaser: [{aktiviteter: [{nr: 1, start: 2018-13}]}]\n"), "t.yaml")
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Code != "PP-DECODE-DATE" {
		t.Errorf("month 13: %v", err)
	}
}
