// Package ics writes the dates of a scheduled plan as an iCalendar file
// (RFC 5545) that Outlook, Google Calendar and Apple Calendar import: the
// meetings where each decision point is treated, the deadlines for the
// finished saksframlegg, milestones and deadlines of the plan, and the
// participation events (folkemøter, verksteder, høringer).
//
// Events without a time of day are all-day events (DTEND is the day after
// the last day, as RFC 5545 wants). Activities whose start and end carry a
// time of day become timed events in the time zone Europe/Oslo, which the
// file defines in a VTIMEZONE, so a participant in another zone sees the
// right hour.
//
// Every event has a UID made from the municipality, the plan's archive case
// number (or its title when it has none) and the activity or case step, so
// importing a newer file updates the events instead of adding copies. The
// DTSTAMP is the plan's date, never the wall clock: the same plan gives the
// same bytes. Calendar programs that compare DTSTAMP before updating need a
// newer plan date to take the changes.
package ics

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// Options adjust what Write puts in the calendar.
type Options struct {
	// Language of summaries and descriptions; empty means the plan's målform.
	Language prosessplan.Language
	// AllActivities adds every activity of the plan as an event, not only
	// milestones, deadlines, høringer and participation events.
	AllActivities bool
	// Name is how summaries name the plan, e.g. "Boligplan 2018–2021"
	// (render.Document.Subject); empty means the plan's title.
	Name string
}

// ErrNoPlan is returned when the schedule has no plan.
var ErrNoPlan = errors.New("ics: schedule has no plan")

// words are the fixed words of the calendar that render.Words lacks.
type words struct {
	deadline      string // "Frist for saksframlegg"
	route         string // "Saksgang"
	participation string // "Medvirkning"
	meeting       string // "Møte"
}

var wordsByLang = map[prosessplan.Language]words{
	prosessplan.Bokmal:  {deadline: "Frist for saksframlegg", route: "Saksgang", participation: "Medvirkning", meeting: "Møte"},
	prosessplan.Nynorsk: {deadline: "Frist for saksframlegg", route: "Saksgang", participation: "Medverknad", meeting: "Møte"},
	prosessplan.English: {deadline: "Deadline for the case presentation", route: "Routing", participation: "Participation", meeting: "Meeting"},
}

// event is one VEVENT before it is written.
type event struct {
	uid         string
	summary     []string // parts, joined
	key         int      // start in minutes since year 0, for sorting
	description []string // lines
	categories  []string
	start, end  prosessplan.Time // end inclusive for dates
	cancelled   bool
	transparent bool
}

// Write writes s as one VCALENDAR to w.
func Write(w io.Writer, s *prosessplan.Schedule, opts Options) error {
	if s == nil || s.Plan == nil {
		return ErrNoPlan
	}
	p := s.Plan
	lang := opts.Language
	if lang == "" {
		lang = p.Language
	}
	if _, ok := wordsByLang[lang]; !ok {
		lang = prosessplan.Bokmal
	}
	ev := events(s, lang, opts)

	cw := &calWriter{w: bufio.NewWriterSize(w, 32<<10)}
	cw.raw("BEGIN:VCALENDAR")
	cw.raw("VERSION:2.0")
	cw.prop("PRODID", "-//go-prosessplan//prosessplan 1//"+strings.ToUpper(string(lang)))
	cw.raw("CALSCALE:GREGORIAN")
	cw.raw("METHOD:PUBLISH")
	cw.text("X-WR-CALNAME", p.Title)
	if slices.ContainsFunc(ev, func(e event) bool { return e.start.HasClock }) {
		cw.raw(osloTimeZone)
	}
	stamp := stampOf(s)
	for _, e := range ev {
		cw.raw("BEGIN:VEVENT")
		cw.text("UID", e.uid)
		cw.prop("DTSTAMP", stamp)
		if e.start.HasClock {
			cw.prop("DTSTART;TZID=Europe/Oslo", dateTime(e.start))
			if e.end.Compare(e.start) > 0 {
				cw.prop("DTEND;TZID=Europe/Oslo", dateTime(e.end))
			}
		} else {
			cw.prop("DTSTART;VALUE=DATE", date(e.start.Date))
			end := e.end.Date
			if end.Before(e.start.Date) {
				end = e.start.Date
			}
			cw.prop("DTEND;VALUE=DATE", date(end.AddDays(1)))
		}
		cw.text("SUMMARY", e.summary...)
		if len(e.description) > 0 {
			cw.text("DESCRIPTION", strings.Join(e.description, "\n"))
		}
		if len(e.categories) > 0 {
			cw.buf = append(cw.buf[:0], "CATEGORIES:"...)
			for i, c := range e.categories {
				if i > 0 {
					cw.buf = append(cw.buf, ',')
				}
				cw.buf = appendEscaped(cw.buf, c)
			}
			cw.flushLine()
		}
		if e.cancelled {
			cw.raw("STATUS:CANCELLED")
		} else {
			cw.raw("STATUS:CONFIRMED")
		}
		if e.transparent {
			cw.raw("TRANSP:TRANSPARENT")
		}
		cw.raw("END:VEVENT")
	}
	cw.raw("END:VCALENDAR")
	if err := cw.close(); err != nil {
		return fmt.Errorf("ics: %w", err)
	}
	return nil
}

// events returns the calendar's events ordered by start, then UID.
func events(s *prosessplan.Schedule, lang prosessplan.Language, opts Options) []event {
	p := s.Plan
	rw := render.WordsFor(lang)
	iw := wordsByLang[lang]
	base := uidBase(p)
	name := opts.Name
	if name == "" {
		name = p.Title
	}

	// Activities named by a participation entry are participation events
	// whatever their kind; the entry says who is reached, and how.
	partOf := map[string][]string{}
	for _, pa := range p.Participation {
		line := join(" – ", pa.Who, pa.How)
		if line == "" {
			continue
		}
		for _, id := range pa.Activities {
			partOf[id] = append(partOf[id], iw.participation+": "+line)
		}
	}

	var out []event
	for _, a := range s.Activities {
		if a.Activity == nil || a.Start.IsZero() {
			continue
		}
		_, participation := partOf[a.ID]
		// A decision is one happening: the meeting of the body that
		// decides. Its activity gets no event of its own on that day; the
		// meeting event carries what the activity would have said.
		own := ownMeeting(a)
		if own < 0 && (opts.AllActivities || participation || defaultKind(a.Kind)) {
			e := event{
				uid:         base + "/aktivitet/" + a.ID,
				summary:     []string{a.Kind.Label(lang), ": ", a.Name, " – ", name},
				categories:  []string{a.Kind.Label(lang)},
				start:       a.Start,
				end:         a.End,
				cancelled:   a.Status == prosessplan.Cancelled,
				transparent: a.Kind != prosessplan.Meeting && a.Kind != prosessplan.Workshop && a.Kind != prosessplan.PublicMeet,
			}
			if a.Kind == "" {
				e.summary = e.summary[2:]
				e.categories = nil
			}
			if e.end.IsZero() {
				e.end = e.start
			}
			if !(a.Start.HasClock && (a.End.HasClock || a.End.IsZero())) {
				e.start.HasClock, e.start.Minute = false, 0
				e.end.HasClock, e.end.Minute = false, 0
			}
			e.description = activityText(p, a, rw, lang)
			e.description = append(e.description, partOf[a.ID]...)
			out = append(out, e)
		}
		if a.Decision == nil {
			continue
		}
		d := a.Decision
		kind := d.Kind.Label(lang)
		routeText := route(d, rw)
		for i, st := range d.Steps {
			if st.Body == nil {
				continue
			}
			desc := []string{}
			if d.Summary != "" {
				desc = append(desc, d.Summary)
			}
			desc = append(desc, rw.Number+" "+a.ID+": "+a.Name)
			if routeText != "" {
				desc = append(desc, iw.route+": "+routeText)
			}
			if !st.Deadline.IsZero() {
				desc = append(desc, iw.deadline+": "+rw.Date(st.Deadline))
			}
			if !st.Meeting.IsZero() {
				meetingDesc := desc
				if i == own {
					meetingDesc = append(slices.Clip(desc), partOf[a.ID]...)
				}
				out = append(out, event{
					uid:         base + "/sak/" + a.ID + "/" + st.Body.ID,
					summary:     []string{st.Body.Name, ": ", kind, " – ", name},
					description: meetingDesc,
					categories:  []string{prosessplan.PoliticalDec.Label(lang), iw.meeting},
					start:       prosessplan.DayOf(st.Meeting),
					end:         prosessplan.DayOf(st.Meeting),
					cancelled:   a.Status == prosessplan.Cancelled,
					transparent: true,
				})
			}
			if !st.Deadline.IsZero() {
				out = append(out, event{
					uid:         base + "/frist/" + a.ID + "/" + st.Body.ID,
					summary:     []string{iw.deadline, " (", st.Body.Name, "): ", kind, " – ", name},
					description: desc,
					categories:  []string{prosessplan.Deadline.Label(lang)},
					start:       prosessplan.DayOf(st.Deadline),
					end:         prosessplan.DayOf(st.Deadline),
					cancelled:   a.Status == prosessplan.Cancelled,
					transparent: true,
				})
			}
		}
	}
	for i := range out {
		t := out[i].start
		out[i].key = ((t.Date.Year*13+int(t.Date.Month))*32+t.Date.Day)*1440 + t.Minute
	}
	slices.SortFunc(out, func(x, y event) int {
		if c := cmp.Compare(x.key, y.key); c != 0 {
			return c
		}
		return cmp.Compare(x.uid, y.uid)
	})
	return out
}

// ownMeeting returns the index of the step of a's decision whose meeting
// the activity stands for, or -1: the activity begins and ends on meeting
// days of its own case (usually it is the deciding body's one day), so
// the meeting events already say everything its own event would.
func ownMeeting(a *prosessplan.ScheduledActivity) int {
	if a.Decision == nil {
		return -1
	}
	end := a.End.Date
	if a.End.IsZero() {
		end = a.Start.Date
	}
	first, last := -1, -1
	for i, st := range a.Decision.Steps {
		if st.Body == nil || st.Meeting.IsZero() {
			continue
		}
		if st.Meeting == a.Start.Date {
			first = i
		}
		if st.Meeting == end {
			last = i
		}
	}
	if first < 0 {
		return -1
	}
	return last
}

// defaultKind reports whether activities of kind k are in the calendar
// without Options.AllActivities: the dates people outside the project
// group need.
func defaultKind(k prosessplan.ActivityKind) bool {
	switch k {
	case prosessplan.Milestone, prosessplan.Deadline, prosessplan.PublicMeet,
		prosessplan.Workshop, prosessplan.Hearing:
		return true
	}
	return false
}

func activityText(p *prosessplan.Plan, a *prosessplan.ScheduledActivity, rw *render.Words, lang prosessplan.Language) []string {
	var d []string
	head := rw.Number + " " + a.ID
	if a.Phase != nil && a.Phase.Name != "" {
		head += ", " + rw.Phase + ": " + a.Phase.Name
	}
	d = append(d, head)
	add := func(label, value string) {
		if value != "" {
			d = append(d, label+": "+value)
		}
	}
	add(rw.Purpose, a.Purpose)
	if a.Responsible != "" {
		add(rw.Responsible, p.Name(a.Responsible))
	}
	names := make([]string, len(a.Participants))
	for i, id := range a.Participants {
		names[i] = p.Name(id)
	}
	add(rw.Participants, strings.Join(names, ", "))
	add(rw.Deliverable, a.Deliverable)
	if a.Status != "" {
		add(rw.Status, a.Status.Label(lang))
	}
	add(rw.Comment, a.Comment)
	return d
}

// route describes a decision's saksgang: "Eldrerådet 12. oktober 2017, Bystyret 7. desember 2017".
func route(d *prosessplan.ScheduledDecision, rw *render.Words) string {
	var parts []string
	for _, st := range d.Steps {
		if st.Body == nil {
			continue
		}
		parts = append(parts, join(" ", st.Body.Name, rw.Date(st.Meeting)))
	}
	return strings.Join(parts, ", ")
}

func join(sep string, parts ...string) string {
	var nonEmpty []string
	for _, s := range parts {
		if s != "" {
			nonEmpty = append(nonEmpty, s)
		}
	}
	return strings.Join(nonEmpty, sep)
}

// uidBase names the plan in UIDs. The archive case number outlives a change
// of title (Bodø's "Boligpolitisk handlingsplan" became "Boligplan"), so it
// is preferred when the plan has one.
func uidBase(p *prosessplan.Plan) string {
	key := p.CaseNumber
	if key == "" {
		key = p.Title
	}
	return render.Slug(p.Municipality) + "/" + render.Slug(key)
}

// stampOf is the DTSTAMP of every event: the plan's date (or, lacking one,
// its adoption or first date) at midnight UTC.
func stampOf(s *prosessplan.Schedule) string {
	d := s.Plan.Date
	if d.IsZero() {
		d = s.Plan.AdoptedDate
	}
	if d.IsZero() {
		d = s.Start.Date
	}
	if d.IsZero() {
		d = prosessplan.D(2000, 1, 1)
	}
	return date(d) + "T000000Z"
}

// date formats d as an iCalendar DATE, 20171207.
func date(d prosessplan.Date) string {
	var b [8]byte
	digits(b[0:4], d.Year)
	digits(b[4:6], int(d.Month))
	digits(b[6:8], d.Day)
	return string(b[:])
}

// dateTime formats t as a local DATE-TIME, 20171207T183000.
func dateTime(t prosessplan.Time) string {
	var b [6]byte
	digits(b[0:2], t.Minute/60)
	digits(b[2:4], t.Minute%60)
	b[4], b[5] = '0', '0'
	return date(t.Date) + "T" + string(b[:])
}

// digits writes n, zero-padded, into b.
func digits(b []byte, n int) {
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
}

// osloTimeZone defines Europe/Oslo with the EU summer-time rules that have
// applied since 1996 (last Sunday of March and October).
const osloTimeZone = "BEGIN:VTIMEZONE\r\n" +
	"TZID:Europe/Oslo\r\n" +
	"BEGIN:DAYLIGHT\r\n" +
	"TZOFFSETFROM:+0100\r\n" +
	"TZOFFSETTO:+0200\r\n" +
	"TZNAME:CEST\r\n" +
	"DTSTART:19810329T020000\r\n" +
	"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n" +
	"END:DAYLIGHT\r\n" +
	"BEGIN:STANDARD\r\n" +
	"TZOFFSETFROM:+0200\r\n" +
	"TZOFFSETTO:+0100\r\n" +
	"TZNAME:CET\r\n" +
	"DTSTART:19961027T030000\r\n" +
	"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n" +
	"END:STANDARD\r\n" +
	"END:VTIMEZONE"

// calWriter writes content lines, folded, through a buffer; the buffer
// keeps the first error.
type calWriter struct {
	w    *bufio.Writer
	buf  []byte // the current line, unfolded
	fold []byte // the current line, folded
}

// raw writes s, which is one or more complete lines without their last CRLF.
func (c *calWriter) raw(s string) {
	c.w.WriteString(s)
	c.w.WriteString("\r\n")
}

// prop writes the property name:value with value written as it is.
func (c *calWriter) prop(name, value string) {
	c.buf = append(append(append(c.buf[:0], name...), ':'), value...)
	c.flushLine()
}

// text writes the property name with the TEXT value of parts joined, each
// escaped.
func (c *calWriter) text(name string, parts ...string) {
	c.buf = append(append(c.buf[:0], name...), ':')
	for _, p := range parts {
		c.buf = appendEscaped(c.buf, p)
	}
	c.flushLine()
}

func (c *calWriter) flushLine() {
	c.fold = appendFolded(c.fold[:0], c.buf)
	c.w.Write(c.fold)
}

func (c *calWriter) close() error {
	return c.w.Flush()
}

// Escape escapes s as an iCalendar TEXT value: backslash, semicolon and
// comma get a backslash, a line break becomes \n. Other control characters,
// which RFC 5545 forbids in TEXT, are dropped (a tab becomes a space).
func Escape(s string) string { return string(appendEscaped(nil, s)) }

func appendEscaped(b []byte, s string) []byte {
	start := 0 // s[start:i] is still to be copied
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '\\' && c != ';' && c != ',' && c != 0x7f {
			continue
		}
		b = append(b, s[start:i]...)
		start = i + 1
		switch c {
		case '\\', ';', ',':
			b = append(b, '\\', c)
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			b = append(b, '\\', 'n')
		case '\n':
			b = append(b, '\\', 'n')
		case '\t':
			b = append(b, ' ')
		}
		// Other control characters are dropped.
	}
	return append(b, s[start:]...)
}

// Fold returns the content line s folded as RFC 5545 § 3.1 asks: no line
// longer than 75 octets, continuation lines starting with a space, and a
// UTF-8 sequence never split across lines. Every line ends in CRLF.
func Fold(s string) string { return string(appendFolded(nil, []byte(s))) }

func appendFolded(b, s []byte) []byte {
	const max = 75
	limit := max // octets allowed on the current line
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b = append(b, s[:cut]...)
		b = append(b, "\r\n "...)
		s = s[cut:]
		limit = max - 1 // the leading space counts
	}
	b = append(b, s...)
	return append(b, "\r\n"...)
}
