package ics

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
)

func scheduled(t testing.TB, n int) *prosessplan.Schedule {
	t.Helper()
	s, ps := prosessplan.NewSchedule(plantest.Generate(n))
	if ps.HasErrors() {
		t.Fatalf("generated plan: %v", ps)
	}
	return s
}

// TestParseGeneratedWithICALJS writes every activity of a scheduled
// 1,000-activity plan and has ical.js read each event back with the dates
// the schedule gave it.
func TestParseGeneratedWithICALJS(t *testing.T) {
	node, module := nodeParser(t)
	s := scheduled(t, 1000)
	var b bytes.Buffer
	if err := Write(&b, s, Options{AllActivities: true}); err != nil {
		t.Fatal(err)
	}
	checkLines(t, b.String())
	dir := t.TempDir()
	file := filepath.Join(dir, "plan.ics")
	script := filepath.Join(dir, "parse.mjs")
	os.WriteFile(file, b.Bytes(), 0o644)
	os.WriteFile(script, []byte(strings.Replace(parseScript, "%q", jsString(module), 1)), 0o644)
	raw, err := exec.Command(node, script, file).Output()
	if err != nil {
		t.Fatalf("ical.js: %v", err)
	}
	var got parsed
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	starts := map[string]string{}
	for _, e := range got.Events {
		starts[e.UID] = e.Start
	}
	base := uidBase(s.Plan)
	for _, a := range s.Activities {
		if ownMeeting(a) >= 0 {
			// Its meetings stand for it; they are checked below.
			if _, ok := starts[base+"/aktivitet/"+a.ID]; ok {
				t.Errorf("decision activity %s has an event beside its meetings", a.ID)
			}
			continue
		}
		want := a.Start.Date.String()
		if a.Start.HasClock {
			want = fmt.Sprintf("%sT%02d:%02d:00", a.Start.Date, a.Start.Minute/60, a.Start.Minute%60)
		}
		if got := starts[base+"/aktivitet/"+a.ID]; got != want {
			t.Errorf("activity %s starts %q in ical.js, %q in the schedule", a.ID, got, want)
		}
	}
	meetings := 0
	for _, d := range s.Decisions {
		for _, st := range d.Steps {
			if st.Meeting.IsZero() {
				continue
			}
			meetings++
			if got := starts[base+"/sak/"+d.Activity.ID+"/"+st.Body.ID]; got != st.Meeting.String() {
				t.Errorf("decision %s in %s on %q, want %s", d.Activity.ID, st.Body.ID, got, st.Meeting)
			}
		}
	}
	if meetings == 0 {
		t.Error("the generated plan has no decision meetings to check")
	}
}

// BenchmarkWrite writes every activity of generated plans.
func BenchmarkWrite(b *testing.B) {
	for _, n := range []int{50, 1000, 10000} {
		s := scheduled(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(io.Discard, s, Options{AllActivities: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
