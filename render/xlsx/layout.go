package xlsx

import (
	"math"
	"strings"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render/internal/words"
)

// colKey names a column of the activity table. Read finds columns by their
// titles, so a planner may move or insert columns.
type colKey int

const (
	cNr colKey = iota
	cPhase
	cActivity
	cPurpose
	cResponsible
	cParticipants
	cType
	cStart
	cEnd
	cStatus
	cDeliverable
	// cCritical marks an activity on the critical path; the bar of a
	// marked row gets a red frame. The planner may clear or set it.
	cCritical
	// cMethod is how the activity is carried out (Metode), as in
	// Distriktssenteret's templates; the column is there when some
	// activity of the plan has a method.
	cMethod
	nKeys
)

// column is one column of the activity table.
type column struct {
	key   colKey
	width float64
}

// Week, day and month plans put the dates after the who and what, as the
// Distriktssenteret long template does; workshop plans put the clock times
// first, as its short template does. Every column prints: the why
// (Hensikt), the who-else (Deltakere) and the deliverable are what a
// process plan exists to state. The printed chart runs over as many pages
// wide as it needs, with Nr, Fase and Aktivitet repeated on each, rather
// than shrinking to one page. Long texts wrap.
var (
	longColumns = []column{
		{cNr, 5}, {cPhase, 14}, {cActivity, 28}, {cPurpose, 30},
		{cResponsible, 14}, {cParticipants, 20}, {cType, 12},
		{cStart, 10}, {cEnd, 10}, {cStatus, 10}, {cDeliverable, 20}, {cCritical, 7},
	}
	shortColumns = []column{
		{cNr, 5}, {cPhase, 12}, {cStart, 6}, {cEnd, 6}, {cActivity, 28},
		{cPurpose, 30}, {cType, 12}, {cResponsible, 14}, {cParticipants, 20},
		{cDeliverable, 20}, {cStatus, 10}, {cCritical, 7},
	}
)

// withMethod returns cols with a Metode column after Hensikt.
func withMethod(cols []column) []column {
	out := make([]column, 0, len(cols)+1)
	for _, c := range cols {
		out = append(out, c)
		if c.key == cPurpose {
			out = append(out, column{cMethod, 20})
		}
	}
	return out
}

// title returns the column's title in language l.
func (k colKey) title(l prosessplan.Language) string {
	switch k {
	case cNr:
		return words.Number.In(l)
	case cPhase:
		return words.Phase.In(l)
	case cActivity:
		return words.Activity.In(l)
	case cPurpose:
		return words.Purpose.In(l)
	case cResponsible:
		return words.Responsible.In(l)
	case cParticipants:
		return words.Participants.In(l)
	case cType:
		return words.Type.In(l)
	case cStart:
		return words.Start.In(l)
	case cEnd:
		return words.End.In(l)
	case cStatus:
		return words.Status.In(l)
	case cDeliverable:
		return words.Deliverable.In(l)
	case cMethod:
		return words.Method.In(l)
	}
	return ""
}

// shortTitle returns the title the short (workshop) template gives column
// k, or "" where it uses the common one.
func (k colKey) shortTitle(l prosessplan.Language) string {
	switch k {
	case cStart:
		return bookText.ColFrom.In(l)
	case cEnd:
		return bookText.ColTo.In(l)
	case cActivity:
		return bookText.AgendaItem.In(l)
	case cResponsible:
		return bookText.Leads.In(l)
	case cDeliverable:
		return bookText.Output.In(l)
	}
	return ""
}

// colTitle returns the title of column k in language l, in the short
// template's words when clock is set.
func colTitle(k colKey, l prosessplan.Language, clock bool) string {
	if k == cCritical {
		return bookText.Critical.In(l)
	}
	if clock {
		if t := k.shortTitle(l); t != "" {
			return t
		}
	}
	return k.title(l)
}

// keyOfTitle maps a column title in any language, of either template, to its key.
func keyOfTitle(s string) (colKey, bool) {
	s = normalize(s)
	for _, l := range languages {
		for k := colKey(0); k < nKeys; k++ {
			if normalize(colTitle(k, l, false)) == s || normalize(colTitle(k, l, true)) == s {
				return k, true
			}
		}
	}
	return 0, false
}

// normalize folds case, surrounding space and a trailing full stop, so "Nr"
// matches "Nr." and "aktivitet" matches "Aktivitet".
func normalize(s string) string {
	return strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s)), ".")
}

// Rows of the Framdrift sheet. The two hidden rows hold each time column's
// first and last moment as numbers, so the bar formulas compare dates with
// dates whatever the visible headers say.
//
// The column titles stand in the last header row, beside the Mondays, so
// that it can carry the autofilter: the hidden rows are above it, not in
// the filtered range.
const (
	rowTitle    = 1
	rowMuni     = 2
	rowResult   = 3
	rowVersion  = 4
	rowColStart = 6
	rowColEnd   = 7
	rowGroups   = 8  // months over weeks
	rowLabels   = 9  // week numbers
	rowSub      = 10 // Mondays; the column titles
	rowHead     = rowSub
	firstData   = 11
	// spareRows are empty rows left under the last activity, with bars and
	// drop-downs, for the planner's new activities.
	spareRows = 3
)

// epoch is day 0 of Excel's 1900 date system (with its 1900 leap-year bug
// folded in, so serials from 1 March 1900 on are right).
var epoch = prosessplan.D(1899, 12, 30)

// serial returns the Excel serial number of t. A time of day gets half a
// second more, so that a program that truncates to whole minutes when it
// shows "hh:mm" does not show 09:14 for a 09:15 that binary fractions put a
// hair below it.
func serial(t prosessplan.Time) float64 {
	days := epoch.DaysUntil(t.Date)
	if !t.HasClock {
		return float64(days)
	}
	return (float64(days)*24*60*60 + float64(t.Minute)*60 + 0.5) / (24 * 60 * 60)
}

// fromSerial returns the time of the Excel serial v, rounded to the minute.
func fromSerial(v float64, clock bool) prosessplan.Time {
	mins := int64(math.Round(v * 24 * 60))
	days := mins / (24 * 60)
	t := prosessplan.Time{Date: epoch.AddDays(int(days))}
	if clock {
		t.Minute = int(mins - days*24*60)
		t.HasClock = true
	}
	return t
}

// mix returns colour c (RRGGBB) blended with white; share is how much of c stays.
func mix(c string, share float64) string {
	if len(c) != 6 {
		return c
	}
	const hex = "0123456789ABCDEF"
	out := make([]byte, 6)
	for i := 0; i < 6; i += 2 {
		v := unhex(c[i])*16 + unhex(c[i+1])
		m := int(math.Round(float64(v)*share + 255*(1-share)))
		out[i], out[i+1] = hex[m/16], hex[m%16]
	}
	return string(out)
}

func unhex(b byte) int {
	switch {
	case '0' <= b && b <= '9':
		return int(b - '0')
	case 'a' <= b && b <= 'f':
		return int(b-'a') + 10
	case 'A' <= b && b <= 'F':
		return int(b-'A') + 10
	}
	return 0
}

// quote returns s as an en-US formula string literal.
func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
