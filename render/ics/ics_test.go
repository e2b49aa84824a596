package ics

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Boligplan 2018–2021", "Boligplan 2018–2021"},
		{`a\b`, `a\\b`},
		{"ett; to, tre", `ett\; to\, tre`},
		{"linje 1\nlinje 2", `linje 1\nlinje 2`},
		{"linje 1\r\nlinje 2", `linje 1\nlinje 2`},
		{"gammel\rmac", `gammel\nmac`},
		{"tab\there", "tab here"},
		{"bell\x07", "bell"},
		{`"sitat": æøå`, `"sitat": æøå`},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"short", "SUMMARY:kort", "SUMMARY:kort\r\n"},
		{"exactly 75", strings.Repeat("a", 75), strings.Repeat("a", 75) + "\r\n"},
		{"76 ASCII", strings.Repeat("a", 76), strings.Repeat("a", 75) + "\r\n a\r\n"},
		{"150 ASCII", strings.Repeat("b", 150),
			strings.Repeat("b", 75) + "\r\n " + strings.Repeat("b", 74) + "\r\n b\r\n"},
		// "ø" is two octets; at octet 75 it would be split, so it moves
		// whole to the next line.
		{"no split of ø", strings.Repeat("a", 74) + "øx",
			strings.Repeat("a", 74) + "\r\n øx\r\n"},
		// "–" is three octets starting at octet 73: the line breaks before it.
		{"no split of dash", strings.Repeat("a", 73) + "–b",
			strings.Repeat("a", 73) + "\r\n –b\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Fold(tt.in)
			if got != tt.want {
				t.Errorf("Fold:\n got %q\nwant %q", got, tt.want)
			}
			checkLines(t, got)
			if unfolded := strings.ReplaceAll(strings.TrimSuffix(got, "\r\n"), "\r\n ", ""); unfolded != tt.in {
				t.Errorf("unfolding gives %q, want %q", unfolded, tt.in)
			}
		})
	}
}

func TestFoldLongNorwegian(t *testing.T) {
	in := "DESCRIPTION:" + strings.Repeat("Høring og offentlig ettersyn – æøå ÆØÅ; ", 20)
	got := Fold(in)
	checkLines(t, got)
	if unfolded := strings.ReplaceAll(strings.TrimSuffix(got, "\r\n"), "\r\n ", ""); unfolded != in {
		t.Errorf("unfolding lost text")
	}
}

// checkLines asserts RFC 5545 line rules: CRLF endings, at most 75 octets,
// each line valid UTF-8 on its own.
func checkLines(t *testing.T, s string) {
	t.Helper()
	if !strings.HasSuffix(s, "\r\n") {
		t.Errorf("output does not end in CRLF")
	}
	for i, l := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line %d has %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i+1, l)
		}
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %d holds a bare CR or LF: %q", i+1, l)
		}
	}
}

// testSchedule is a small Bodø-like schedule built by hand, so these tests
// do not depend on the scheduler.
func testSchedule() *prosessplan.Schedule {
	p := &prosessplan.Plan{
		Title:        "Boligplan 2018–2021",
		Municipality: "Bodø kommune",
		Type:         prosessplan.Temaplan,
		Language:     prosessplan.Bokmal,
		CaseNumber:   "2016/4711",
		Date:         prosessplan.D(2017, 1, 31),
		People:       []prosessplan.Person{{ID: "pl", Name: "Kari Nordmann"}},
		Groups:       []prosessplan.Group{{ID: "pg", Name: "Prosjektgruppa"}},
		Bodies: []prosessplan.Body{
			{ID: "eldre", Name: "Eldrerådet", Kind: prosessplan.ElderlyCouncil, NoticeDays: 14},
			{ID: "bystyret", Name: "Bystyret", Kind: prosessplan.MunicipalCouncil, NoticeDays: 21},
		},
		Phases: []prosessplan.Phase{{
			ID: "1", Name: "Oppstart",
			Activities: []prosessplan.Activity{
				{ID: "1.1", Name: "Oppstartsmøte; prosjektgruppa, styringsgruppa", Kind: prosessplan.Meeting,
					Responsible: "pl", Purpose: "Starte arbeidet"},
				{ID: "1.2", Name: "Folkemøte på Sølvsuper", Kind: prosessplan.PublicMeeting,
					Responsible: "pg", Purpose: "Få innspill fra innbyggerne", Participants: []string{"pl", "pg"}},
				{ID: "1.3", Name: "Politisk verksted", Kind: prosessplan.Workshop, Responsible: "pg"},
				{ID: "1.4", Name: "Høring", Kind: prosessplan.Hearing, Status: prosessplan.Cancelled},
				{ID: "1.5", Name: "Sluttbehandling i bystyret", Kind: prosessplan.PoliticalDecision,
					Decision: &prosessplan.Decision{Kind: prosessplan.FinalDecision, Body: "bystyret",
						Route: []string{"eldre"}, Summary: "Bystyret vedtar Boligplan 2018–2021."}},
				{ID: "1.6", Name: "Planen er vedtatt", Kind: prosessplan.Milestone},
			},
		}},
		Participation: []prosessplan.Participation{
			{Who: "Innbyggere", How: "Kafédialog", Activities: []string{"1.1"}},
		},
	}
	ph := &p.Phases[0]
	sp := &prosessplan.ScheduledPhase{Phase: ph}
	s := &prosessplan.Schedule{Plan: p, Phases: []*prosessplan.ScheduledPhase{sp}}
	times := [][2]prosessplan.Time{
		{prosessplan.DayOf(prosessplan.D(2017, 2, 1)), prosessplan.DayOf(prosessplan.D(2017, 2, 1))},
		{prosessplan.At(prosessplan.D(2017, 4, 20), 18, 0), prosessplan.At(prosessplan.D(2017, 4, 20), 20, 30)},
		{prosessplan.At(prosessplan.D(2017, 11, 1), 9, 0), prosessplan.At(prosessplan.D(2017, 11, 1), 15, 0)},
		{prosessplan.DayOf(prosessplan.D(2017, 8, 15)), prosessplan.DayOf(prosessplan.D(2017, 9, 26))},
		{prosessplan.DayOf(prosessplan.D(2017, 11, 20)), prosessplan.DayOf(prosessplan.D(2017, 12, 7))},
		{prosessplan.DayOf(prosessplan.D(2017, 12, 7)), prosessplan.DayOf(prosessplan.D(2017, 12, 7))},
	}
	for i := range ph.Activities {
		a := &prosessplan.ScheduledActivity{Activity: &ph.Activities[i], Phase: ph, Start: times[i][0], End: times[i][1]}
		s.Activities = append(s.Activities, a)
		sp.Activities = append(sp.Activities, a)
	}
	dec := &prosessplan.ScheduledDecision{
		Decision: ph.Activities[4].Decision,
		Activity: s.Activities[4],
		Steps: []prosessplan.CaseStep{
			{Body: &p.Bodies[0], Meeting: prosessplan.D(2017, 11, 20), Deadline: prosessplan.D(2017, 11, 6)},
			{Body: &p.Bodies[1], Meeting: prosessplan.D(2017, 12, 7), Deadline: prosessplan.D(2017, 11, 16)},
		},
	}
	s.Activities[4].Decision = dec
	s.Decisions = []*prosessplan.ScheduledDecision{dec}
	s.Start, s.End = times[0][0], times[5][1]
	return s
}

func write(t *testing.T, s *prosessplan.Schedule, opts ...Option) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, s, opts...); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestWrite(t *testing.T) {
	out := write(t, testSchedule(), Options{})
	checkLines(t, out)
	unfolded := strings.ReplaceAll(out, "\r\n ", "")
	for _, want := range []string{
		"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
		"X-WR-CALNAME:Boligplan 2018–2021\r\n",
		"BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo\r\n",
		// The decision meeting, all-day with an exclusive end.
		"UID:bodo-kommune/2016-4711/sak/1.5/bystyret\r\nDTSTAMP:20170131T000000Z\r\nSEQUENCE:6240000\r\n" +
			"DTSTART;VALUE=DATE:20171207\r\nDTEND;VALUE=DATE:20171208\r\n" +
			"SUMMARY:Bystyret: Sluttbehandling – Boligplan 2018–2021\r\n",
		"SUMMARY:Eldrerådet: Sluttbehandling – Boligplan 2018–2021\r\n",
		"DESCRIPTION:Bystyret vedtar Boligplan 2018–2021.\\nNr. 1.5: Sluttbehandling i bystyret\\n" +
			"Saksgang: Eldrerådet 20. november 2017\\, Bystyret 7. desember 2017\\n" +
			"Frist for saksframlegg: 16. november 2017\r\n",
		// The saksframlegg deadline: one for the case, on the first
		// body's day, naming every body and its own deadline.
		"UID:bodo-kommune/2016-4711/frist/1.5\r\nDTSTAMP:20170131T000000Z\r\nSEQUENCE:6240000\r\n" +
			"DTSTART;VALUE=DATE:20171106\r\nDTEND;VALUE=DATE:20171107\r\n" +
			"SUMMARY:Frist for saksframlegg (Eldrerådet\\, Bystyret): Sluttbehandling – Boligplan 2018–2021\r\n",
		"Frist for saksframlegg: Eldrerådet 6. november 2017\\, Bystyret 16. november 2017\r\n",
		// The folkemøte with its clock, in Oslo time.
		"DTSTART;TZID=Europe/Oslo:20170420T180000\r\nDTEND;TZID=Europe/Oslo:20170420T203000\r\n" +
			"SUMMARY:Folkemøte: Folkemøte på Sølvsuper – Boligplan 2018–2021\r\n",
		"DESCRIPTION:Nr. 1.2\\, Fase: Oppstart\\nHensikt: Få innspill fra innbyggerne\\n" +
			"Ansvarlig: Prosjektgruppa\\nDeltakere: Kari Nordmann\\, Prosjektgruppa\r\n",
		// A høring spans days; DTEND is the day after its last day.
		"DTSTART;VALUE=DATE:20170815\r\nDTEND;VALUE=DATE:20170927\r\n",
		"STATUS:CANCELLED\r\n",
		// An ordinary meeting named by a participation entry, with escaped ";" and ",".
		"SUMMARY:Møte: Oppstartsmøte\\; prosjektgruppa\\, styringsgruppa – Boligplan 2018–2021\r\n",
		"Medvirkning: Innbyggere – Kafédialog",
		"SUMMARY:Milepæl: Planen er vedtatt – Boligplan 2018–2021\r\n",
		"END:VCALENDAR\r\n",
	} {
		if !strings.Contains(unfolded, want) {
			t.Errorf("calendar lacks %q", want)
		}
	}
	// Five activities (folkemøte, verksted, høring, milepæl and the meeting
	// named by a participation entry), two meetings and one deadline.
	if n := strings.Count(out, "BEGIN:VEVENT"); n != 8 {
		t.Errorf("%d events, want 8", n)
	}
	if n := strings.Count(out, "SUMMARY:Frist for saksframlegg"); n != 1 {
		t.Errorf("%d deadline events for one case, want 1", n)
	}
	if strings.Contains(out, "Sluttbehandling i bystyret – ") {
		t.Errorf("the decision activity itself is in the calendar without AllActivities")
	}
}

func TestWriteAllActivitiesAndLanguage(t *testing.T) {
	s := testSchedule()
	all := write(t, s, Options{AllActivities: true})
	// The decision activity runs from the first meeting of its case to the
	// last: its meetings are its events, with or without AllActivities.
	if n, m := strings.Count(all, "BEGIN:VEVENT"), strings.Count(write(t, s, Options{}), "BEGIN:VEVENT"); n != m {
		t.Errorf("AllActivities gives %d events, want %d", n, m)
	}
	if strings.Contains(all, "UID:bodo-kommune/2016-4711/aktivitet/1.5\r\n") {
		t.Errorf("AllActivities gives the decision activity an event beside its meetings")
	}
	en := strings.ReplaceAll(write(t, s, Options{Language: prosessplan.English}), "\r\n ", "")
	for _, want := range []string{
		"SUMMARY:Bystyret: Final reading – Boligplan 2018–2021\r\n",
		"SUMMARY:Deadline for the case presentation (Eldrerådet\\, Bystyret): Final reading",
		`Routing: Eldrerådet 20 November 2017\, Bystyret 7 December 2017`,
	} {
		if !strings.Contains(en, want) {
			t.Errorf("English calendar lacks %q", want)
		}
	}
	if strings.Contains(en, "Saksgang") || strings.Contains(en, "Hensikt") {
		t.Errorf("English calendar holds bokmål words")
	}
	s.Plan.Language = prosessplan.Nynorsk
	nn := write(t, s, Options{})
	if !strings.Contains(nn, "Medverknad") || !strings.Contains(nn, "Føremål") {
		t.Errorf("nynorsk calendar lacks nynorsk words")
	}
}

func TestWriteStable(t *testing.T) {
	a := write(t, testSchedule(), Options{AllActivities: true})
	b := write(t, testSchedule(), Options{AllActivities: true})
	if a != b {
		t.Fatal("two writes of the same plan differ")
	}
	// Renaming the plan keeps the UIDs when it has a case number.
	s := testSchedule()
	s.Plan.Title = "Boligpolitisk handlingsplan"
	if uids(write(t, s, Options{})) != uids(write(t, testSchedule(), Options{})) {
		t.Errorf("UIDs change with the title although the case number is set")
	}
	// Without a case number the title names the plan.
	s.Plan.CaseNumber = ""
	if !strings.Contains(write(t, s, Options{}), "UID:bodo-kommune/boligpolitisk-handlingsplan/sak/1.5/bystyret\r\n") {
		t.Errorf("UID not derived from the title")
	}
}

func uids(cal string) string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(cal, "\r\n ", ""), "\r\n") {
		if strings.HasPrefix(l, "UID:") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestWriteName(t *testing.T) {
	s := testSchedule()
	s.Plan.Title = "Prosessplan for rullering av boligpolitisk handlingsplan – Boligplan 2018–2021"
	out := write(t, s, Options{Name: "Boligplan 2018–2021"})
	if !strings.Contains(out, "SUMMARY:Bystyret: Sluttbehandling – Boligplan 2018–2021\r\n") {
		t.Errorf("summary does not use Options.Name")
	}
	if !strings.Contains(strings.ReplaceAll(out, "\r\n ", ""), "X-WR-CALNAME:Prosessplan for rullering av boligpolitisk handlingsplan – Boligplan 2018–2021\r\n") {
		t.Errorf("the calendar is not named by the plan's title")
	}
}

func TestWriteNoTimeZoneWithoutClock(t *testing.T) {
	s := testSchedule()
	for _, a := range s.Activities {
		a.Start.HasClock, a.End.HasClock = false, false
	}
	if out := write(t, s, Options{}); strings.Contains(out, "VTIMEZONE") || strings.Contains(out, "TZID") {
		t.Errorf("calendar of all-day events defines a time zone")
	}
}

type failWriter struct{ n int }

var errDisk = errors.New("disk full")

func (f *failWriter) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errDisk
	}
	f.n--
	return len(p), nil
}

func TestWriteErrors(t *testing.T) {
	if err := Write(&bytes.Buffer{}, nil, Options{}); !errors.Is(err, ErrNoPlan) {
		t.Errorf("nil schedule: err = %v, want ErrNoPlan", err)
	}
	if err := Write(&failWriter{n: 0}, testSchedule(), Options{}); !errors.Is(err, errDisk) {
		t.Errorf("failing writer: err = %v, want it to wrap %v", err, errDisk)
	}
}

// nodeParser returns the path of ical.js's module, installed by .ci/run
// with npm into $PROSESSPLAN_NODE_DIR (default ~/.cache/prosessplan-node).
func nodeParser(t *testing.T) (node, module string) {
	t.Helper()
	dir := os.Getenv("PROSESSPLAN_NODE_DIR")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, ".cache", "prosessplan-node")
	}
	module = filepath.Join(dir, "node_modules", "ical.js", "dist", "ical.js")
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(module)
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("node or ical.js missing (%v); .ci/run must install them", err)
		}
		t.Skipf("node or ical.js missing (%v); run: npm install --prefix %s ical.js@2", err, dir)
	}
	return node, module
}

const parseScript = `
import ICAL from %q;
import { readFileSync } from "node:fs";
const comp = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], "utf8")));
const out = comp.getAllSubcomponents("vevent").map(v => {
  const e = new ICAL.Event(v);
  return {
    uid: e.uid, summary: e.summary, description: e.description || "",
    start: e.startDate.toString(), end: e.endDate ? e.endDate.toString() : "",
    isDate: e.startDate.isDate, tz: e.startDate.zone ? e.startDate.zone.tzid : "",
    utcStart: e.startDate.isDate ? "" : e.startDate.toUnixTime(),
    status: v.getFirstPropertyValue("status") || "",
    location: e.location || "", sequence: e.sequence,
    stamp: v.getFirstPropertyValue("dtstamp").toString(),
  };
});
console.log(JSON.stringify({name: comp.getFirstPropertyValue("x-wr-calname"), events: out}));
`

type parsed struct {
	Name   string `json:"name"`
	Events []struct {
		UID, Summary, Description, Start, End, Tz, Status string
		Location, Stamp                                   string
		Sequence                                          int
		IsDate                                            bool
		UTCStart                                          json.RawMessage
	} `json:"events"`
}

// TestParseWithICALJS parses the calendar with Mozilla's ical.js, a parser
// that shares no code with ours.
func TestParseWithICALJS(t *testing.T) {
	node, module := nodeParser(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "plan.ics")
	s := testSchedule()
	s.Plan.Version = "1.0"
	s.Plan.Bodies[1].Place = "Bystyresalen, Rådhuset"
	s.Plan.Bodies[0].Place = "Bystyresalen, Rådhuset"
	s.Plan.Bodies[0].MeetingPlaces = map[prosessplan.Date]string{prosessplan.D(2017, 11, 20): "Stormen bibliotek"}
	if err := os.WriteFile(file, []byte(write(t, s, Options{AllActivities: true})), 0o644); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "parse.mjs")
	if err := os.WriteFile(script, []byte(strings.Replace(parseScript, "%q", jsString(module), 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, script, file)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("ical.js: %v\n%s", err, stderr.String())
	}
	var got parsed
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatalf("%v: %s", err, raw)
	}
	if got.Name != "Boligplan 2018–2021" {
		t.Errorf("calendar name = %q", got.Name)
	}
	byUID := map[string]int{}
	for i, e := range got.Events {
		if _, dup := byUID[e.UID]; dup {
			t.Errorf("UID %s appears twice", e.UID)
		}
		byUID[e.UID] = i
	}
	if len(got.Events) != 8 {
		t.Errorf("ical.js found %d events, want 8", len(got.Events))
	}
	check := func(uid, summary, start, end string, isDate bool) {
		t.Helper()
		i, ok := byUID[uid]
		if !ok {
			t.Errorf("no event %s", uid)
			return
		}
		e := got.Events[i]
		if e.Summary != summary || e.Start != start || e.End != end || e.IsDate != isDate {
			t.Errorf("event %s = %q %s..%s date=%v, want %q %s..%s date=%v",
				uid, e.Summary, e.Start, e.End, e.IsDate, summary, start, end, isDate)
		}
	}
	check("bodo-kommune/2016-4711/sak/1.5/bystyret",
		"Bystyret: Sluttbehandling – Boligplan 2018–2021", "2017-12-07", "2017-12-08", true)
	check("bodo-kommune/2016-4711/frist/1.5",
		"Frist for saksframlegg (Eldrerådet, Bystyret): Sluttbehandling – Boligplan 2018–2021", "2017-11-06", "2017-11-07", true)
	if i, ok := byUID["bodo-kommune/2016-4711/sak/1.5/bystyret"]; ok {
		if e := got.Events[i]; e.Location != "Bystyresalen, Rådhuset" || e.Sequence != 6240100 || e.Stamp != "2017-01-31T00:01:40Z" {
			t.Errorf("bystyre meeting: location %q, sequence %d, stamp %s", e.Location, e.Sequence, e.Stamp)
		}
	}
	if i, ok := byUID["bodo-kommune/2016-4711/sak/1.5/eldre"]; ok && got.Events[i].Location != "Stormen bibliotek" {
		t.Errorf("eldreråd meeting: location %q, want its own place", got.Events[i].Location)
	}
	check("bodo-kommune/2016-4711/aktivitet/1.1",
		"Møte: Oppstartsmøte; prosjektgruppa, styringsgruppa – Boligplan 2018–2021", "2017-02-01", "2017-02-02", true)
	check("bodo-kommune/2016-4711/aktivitet/1.4",
		"Høring og offentlig ettersyn: Høring – Boligplan 2018–2021", "2017-08-15", "2017-09-27", true)
	check("bodo-kommune/2016-4711/aktivitet/1.2",
		"Folkemøte: Folkemøte på Sølvsuper – Boligplan 2018–2021", "2017-04-20T18:00:00", "2017-04-20T20:30:00", false)
	if i, ok := byUID["bodo-kommune/2016-4711/aktivitet/1.2"]; ok {
		e := got.Events[i]
		// 18:00 in Oslo summer time is 16:00 UTC: 1492704000.
		if e.Tz != "Europe/Oslo" || string(e.UTCStart) != "1492704000" {
			t.Errorf("folkemøte zone %q, UTC start %s; want Europe/Oslo, 1492704000", e.Tz, e.UTCStart)
		}
		if !strings.Contains(e.Description, "Deltakere: Kari Nordmann, Prosjektgruppa") {
			t.Errorf("description after unescaping = %q", e.Description)
		}
	}
	// 09:00 after the end of summer time is 08:00 UTC: 1509523200.
	if i, ok := byUID["bodo-kommune/2016-4711/aktivitet/1.3"]; !ok || string(got.Events[i].UTCStart) != "1509523200" {
		t.Errorf("verksted in winter time: UTC start %s, want 1509523200", got.Events[i].UTCStart)
	}
	if i, ok := byUID["bodo-kommune/2016-4711/aktivitet/1.4"]; ok && got.Events[i].Status != "CANCELLED" {
		t.Errorf("cancelled høring has status %q", got.Events[i].Status)
	}
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestDecisionOnce checks the reviewer's case: a decision linked from a
// participation row is one event, the meeting, and that event tells who
// is reached and how.
func TestDecisionOnce(t *testing.T) {
	s := testSchedule()
	// The decision as Bodø has it: one day, the bystyre meeting.
	s.Activities[4].Start = prosessplan.DayOf(prosessplan.D(2017, 12, 7))
	s.Activities[4].End = s.Activities[4].Start
	s.Plan.Participation = append(s.Plan.Participation,
		prosessplan.Participation{Who: "Bystyret", How: "Vedtak i møte", Activities: []string{"1.5"}})
	for _, opts := range []Options{{}, {AllActivities: true}} {
		out := strings.ReplaceAll(write(t, s, opts), "\r\n ", "")
		var onDay []string
		for _, ev := range strings.Split(out, "BEGIN:VEVENT")[1:] {
			if strings.Contains(ev, "DTSTART;VALUE=DATE:20171207\r\n") && strings.Contains(ev, "Sluttbehandling") {
				i := strings.Index(ev, "SUMMARY:")
				onDay = append(onDay, ev[i+len("SUMMARY:"):i+strings.Index(ev[i:], "\r\n")])
			}
		}
		if want := []string{"Bystyret: Sluttbehandling – Boligplan 2018–2021"}; !slices.Equal(onDay, want) {
			t.Errorf("AllActivities=%v: events of the decision on 7 December %q, want %q", opts.AllActivities, onDay, want)
		}
		if !strings.Contains(out, "Frist for saksframlegg: 16. november 2017\\nMedvirkning: Bystyret – Vedtak i møte\r\n") {
			t.Errorf("AllActivities=%v: the meeting does not carry the participation line:\n%s", opts.AllActivities, out)
		}
		if strings.Count(out, "Medvirkning: Bystyret – Vedtak i møte") != 1 {
			t.Errorf("AllActivities=%v: the participation line is not on exactly one event", opts.AllActivities)
		}
	}
}

// SEQUENCE and DTSTAMP rise when the plan's version or date does, so a
// calendar program takes the update; one version gives one value.
func TestRevisionRises(t *testing.T) {
	revs := []struct {
		version    string
		date       prosessplan.Date
		stamp, seq string
	}{
		{"", prosessplan.D(2017, 1, 31), "20170131T000000Z", "6240000"},
		{"0.9", prosessplan.D(2017, 1, 31), "20170131T000009Z", "6240009"},
		{"1.0", prosessplan.D(2017, 1, 31), "20170131T000140Z", "6240100"},
		{"1.1", prosessplan.D(2017, 1, 31), "20170131T000141Z", "6240101"},
		{"1.1", prosessplan.D(2017, 2, 1), "20170201T000141Z", "6241101"},
		{"versjon 2", prosessplan.D(2017, 2, 1), "20170201T000320Z", "6241200"},
		{"2.10", prosessplan.D(2017, 2, 1), "20170201T000330Z", "6241210"},
		{"9.99.1", prosessplan.D(2017, 2, 1), "20170201T001639Z", "6241999"},
	}
	prev := ""
	for _, r := range revs {
		s := testSchedule()
		s.Plan.Version, s.Plan.Date = r.version, r.date
		out := write(t, s, nil)
		want := "DTSTAMP:" + r.stamp + "\r\nSEQUENCE:" + r.seq + "\r\n"
		if !strings.Contains(out, want) {
			t.Errorf("version %q of %s: calendar lacks %q", r.version, r.date, want)
		}
		if out != write(t, s, nil) {
			t.Errorf("version %q: two writes differ", r.version)
		}
		if r.seq <= prev {
			t.Errorf("table not rising at %q", r.version)
		}
		prev = r.seq
	}
}

// LOCATION is the meeting's own place, or the body's; deadlines have none.
func TestMeetingLocation(t *testing.T) {
	s := testSchedule()
	s.Plan.Bodies[1].Place = "Bystyresalen; Rådhuset"
	s.Plan.Bodies[0].MeetingPlaces = map[prosessplan.Date]string{prosessplan.D(2017, 11, 20): "Stormen bibliotek"}
	out := write(t, s, WithLanguage(prosessplan.Bokmal), WithName("Boligplan"))
	for _, want := range []string{
		"SUMMARY:Bystyret: Sluttbehandling – Boligplan\r\nLOCATION:Bystyresalen\\; Rådhuset\r\n",
		"SUMMARY:Eldrerådet: Sluttbehandling – Boligplan\r\nLOCATION:Stormen bibliotek\r\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("calendar lacks %q", want)
		}
	}
	if n := strings.Count(out, "LOCATION:"); n != 2 {
		t.Errorf("%d LOCATION lines, want 2 (the meetings)", n)
	}
}

// An activity whose dates the plan marks as foreløpig is a tentative
// event, so a calendar client shows it as not yet decided.
func TestTentative(t *testing.T) {
	s := testSchedule()
	for i := range s.Activities {
		if s.Activities[i].ID == "1.2" {
			a := *s.Activities[i].Activity
			a.Tentative = true
			s.Activities[i].Activity = &a
		}
	}
	out := strings.ReplaceAll(write(t, s, Options{}), "\r\n ", "")
	for _, ev := range strings.Split(out, "BEGIN:VEVENT")[1:] {
		tentative := strings.Contains(ev, "STATUS:TENTATIVE\r\n")
		if folk := strings.Contains(ev, "SUMMARY:Folkemøte: Folkemøte på Sølvsuper"); folk != tentative {
			t.Errorf("folkemøte %v, STATUS:TENTATIVE %v in:\n%s", folk, tentative, ev)
		}
	}
}
