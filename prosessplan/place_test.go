package prosessplan_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// A body's meeting place (key "sted"), and a meeting's own place, decode,
// encode and decode again to the same plan; a meeting as a mapping needs
// its date.
func TestMeetingPlace(t *testing.T) {
	src, err := os.ReadFile("../cmd/prosessplan/testdata/liten.yaml")
	if err != nil {
		t.Fatal(err)
	}
	yml := strings.Replace(string(src), "    møter: [2026-03-19, 2026-06-18]\n",
		"    sted: Kommunestyresalen, Vågå rådhus\n    møter:\n      - 2026-03-19\n      - dato: 2026-06-18\n        sted: Vågåhallen\n", 1)
	p, err := prosessplan.Decode(strings.NewReader(yml), "plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	b := &p.Bodies[0]
	for _, tc := range []struct {
		d    prosessplan.Date
		want string
	}{
		{prosessplan.D(2026, 3, 19), "Kommunestyresalen, Vågå rådhus"},
		{prosessplan.D(2026, 6, 18), "Vågåhallen"},
	} {
		if got := b.MeetingPlace(tc.d); got != tc.want {
			t.Errorf("MeetingPlace(%s) = %q, want %q", tc.d, got, tc.want)
		}
	}
	if len(b.Meetings) != 2 {
		t.Errorf("meetings %v", b.Meetings)
	}

	var out bytes.Buffer
	if err := prosessplan.Encode(&out, p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "sted: Vågåhallen") || !strings.Contains(out.String(), "sted: Kommunestyresalen, Vågå rådhus") {
		t.Errorf("encoded plan lacks the places:\n%s", out.String())
	}
	q, err := prosessplan.Decode(&out, "plan.yaml")
	if err != nil {
		t.Fatalf("round trip: %v", err)
	}
	if qb := q.Bodies[0]; qb.Place != b.Place || qb.MeetingPlace(prosessplan.D(2026, 6, 18)) != "Vågåhallen" || len(qb.Meetings) != 2 {
		t.Errorf("round trip: %+v", qb)
	}

	bad := strings.Replace(yml, "      - dato: 2026-06-18\n", "      - dag: 2026-06-18\n", 1)
	_, err = prosessplan.Decode(strings.NewReader(bad), "plan.yaml")
	if err == nil || !strings.Contains(err.Error(), "dato") {
		t.Errorf("meeting without dato: %v", err)
	}
}
