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
// number (or its title when it has none) and the activity or case, so
// importing a newer file updates the events instead of adding copies.
//
// # Revisions: SEQUENCE and DTSTAMP
//
// A calendar program takes an update of an event it has when the new
// SEQUENCE is higher, or (for some) the DTSTAMP newer. Both come from the
// plan, never the clock, so the same plan gives the same bytes, and both
// rise when the plan's date (key "dato") or version (key "versjon") does:
//
//	SEQUENCE = days from 2000-01-01 to the plan's date × 1000 + version rank
//	DTSTAMP  = the plan's date at 00:00 UTC + version rank seconds
//
// The version rank of "M.N" (or "M") is 100×M + N, N at most 99 and the
// rank at most 999; a third number (1.2.3) does not count, and a version
// without digits ranks 0. So version
// 1.0 of a plan dated 2017-01-31 has SEQUENCE 6240100 and DTSTAMP
// 20170131T000140Z, and its version 1.1 of the same day 6240101 and
// 20170131T000141Z. A plan without a date uses its adoption date or its
// first date.
//
// # Concurrency
//
// Write keeps no state between calls and does not modify the schedule: it
// is safe for concurrent use, also on one Schedule from several goroutines.
package ics

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/internal/words"
)

// Option adjusts what Write puts in the calendar: WithLanguage,
// WithAllActivities, WithName, or an Options value.
type Option interface {
	apply(*config)
}

// config is what the options set.
type config struct {
	lang prosessplan.Language
	all  bool
	name string
}

type optionFunc func(*config)

func (f optionFunc) apply(c *config) { f(c) }

// WithLanguage sets the language of summaries and descriptions; by default
// it is the plan's målform.
func WithLanguage(l prosessplan.Language) Option {
	return optionFunc(func(c *config) { c.lang = l })
}

// WithAllActivities adds every activity of the plan as an event, not only
// milestones, deadlines, høringer and participation events.
func WithAllActivities() Option {
	return optionFunc(func(c *config) { c.all = true })
}

// WithName sets how summaries name the plan, e.g. "Boligplan 2018–2021"
// (render.Document.Subject); by default the plan's title.
func WithName(name string) Option {
	return optionFunc(func(c *config) { c.name = name })
}

// Options adjust what Write puts in the calendar, all in one value. It is
// an Option, so calls written before the With… options, Write(w, s,
// Options{…}), still compile; new code uses WithLanguage,
// WithAllActivities and WithName, the shape of every writer's options.
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

func (o Options) apply(c *config) {
	if o.Language != "" {
		c.lang = o.Language
	}
	if o.AllActivities {
		c.all = true
	}
	if o.Name != "" {
		c.name = o.Name
	}
}

// ErrNoPlan is returned when the schedule has no plan.
var ErrNoPlan = errors.New("ics: schedule has no plan")

// calText holds the fixed words of the calendar that the documents do
// not share (render/internal/words).
var calText = struct {
	deadline, route, participation, meeting prosessplan.Text
}{
	deadline:      prosessplan.Text{NB: "Frist for saksframlegg", NN: "Frist for saksframlegg", EN: "Deadline for the case presentation"},
	route:         prosessplan.Text{NB: "Saksgang", NN: "Saksgang", EN: "Routing"},
	participation: prosessplan.Text{NB: "Medvirkning", NN: "Medverknad", EN: "Participation"},
	meeting:       prosessplan.Text{NB: "Møte", NN: "Møte", EN: "Meeting"},
}

// event is one VEVENT before it is written.
type event struct {
	uid         string
	summary     []string // parts, joined
	key         int      // start in minutes since year 0, for sorting
	description []string // lines
	categories  []string
	location    string
	start, end  prosessplan.Time // end inclusive for dates
	cancelled   bool
	// tentative is an activity whose dates the plan marks as not yet
	// decided (foreløpig): calendar clients show such events as tentative.
	tentative   bool
	transparent bool
}

// Write writes s as one VCALENDAR to w.
func Write(w io.Writer, s *prosessplan.Schedule, opts ...Option) error {
	if s == nil || s.Plan == nil {
		return ErrNoPlan
	}
	var c config
	for _, o := range opts {
		if o != nil {
			o.apply(&c)
		}
	}
	p := s.Plan
	lang := c.lang
	if lang == "" {
		lang = p.Language
	}
	if lang != prosessplan.Nynorsk && lang != prosessplan.English {
		lang = prosessplan.Bokmal
	}
	ev := events(s, lang, c)

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
	stamp, seq := revision(s)
	for _, e := range ev {
		cw.raw("BEGIN:VEVENT")
		cw.text("UID", e.uid)
		cw.prop("DTSTAMP", stamp)
		cw.prop("SEQUENCE", seq)
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
		if e.location != "" {
			cw.text("LOCATION", e.location)
		}
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
		} else if e.tentative {
			cw.raw("STATUS:TENTATIVE")
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
func events(s *prosessplan.Schedule, lang prosessplan.Language, opts config) []event {
	p := s.Plan
	base := uidBase(p)
	name := opts.name
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
			partOf[id] = append(partOf[id], calText.participation.In(lang)+": "+line)
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
		if own < 0 && (opts.all || participation || defaultKind(a.Kind)) {
			e := event{
				uid:         base + "/aktivitet/" + a.ID,
				summary:     []string{a.Kind.Label(lang), ": ", a.Name, " – ", name},
				categories:  []string{a.Kind.Label(lang)},
				start:       a.Start,
				end:         a.End,
				cancelled:   a.Status == prosessplan.Cancelled,
				tentative:   a.Tentative,
				transparent: a.Kind != prosessplan.Meeting && a.Kind != prosessplan.Workshop && a.Kind != prosessplan.PublicMeeting,
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
			e.description = activityText(p, a, lang)
			e.description = append(e.description, partOf[a.ID]...)
			out = append(out, e)
		}
		if a.Decision == nil {
			continue
		}
		d := a.Decision
		kind := d.Kind.Label(lang)
		routeText := route(d, lang)
		intro := []string{}
		if d.Summary != "" {
			intro = append(intro, d.Summary)
		}
		intro = append(intro, words.Number.In(lang)+" "+a.ID+": "+a.Name)
		if routeText != "" {
			intro = append(intro, calText.route.In(lang)+": "+routeText)
		}
		// One deadline for the case: the saksframlegg is one document,
		// due for the first body of its saksgang; the event names every
		// body with its own deadline.
		var first prosessplan.Date
		var deadlineBodies, deadlines []string
		for i, st := range d.Steps {
			if st.Body == nil {
				continue
			}
			if !st.Deadline.IsZero() {
				if first.IsZero() || st.Deadline.Before(first) {
					first = st.Deadline
				}
				deadlineBodies = append(deadlineBodies, st.Body.Name)
				deadlines = append(deadlines, join(" ", st.Body.Name, words.Date(lang, st.Deadline)))
			}
			if st.Meeting.IsZero() {
				continue
			}
			desc := slices.Clip(intro)
			if !st.Deadline.IsZero() {
				desc = append(desc, calText.deadline.In(lang)+": "+words.Date(lang, st.Deadline))
			}
			if i == own {
				desc = append(desc, partOf[a.ID]...)
			}
			out = append(out, event{
				uid:         base + "/sak/" + a.ID + "/" + st.Body.ID,
				summary:     []string{st.Body.Name, ": ", kind, " – ", name},
				description: desc,
				categories:  []string{prosessplan.PoliticalDecision.Label(lang), calText.meeting.In(lang)},
				location:    st.Body.MeetingPlace(st.Meeting),
				start:       prosessplan.DayOf(st.Meeting),
				end:         prosessplan.DayOf(st.Meeting),
				cancelled:   a.Status == prosessplan.Cancelled,
				tentative:   a.Tentative,
				transparent: true,
			})
		}
		if !first.IsZero() {
			out = append(out, event{
				uid:         base + "/frist/" + a.ID,
				summary:     []string{calText.deadline.In(lang), " (", strings.Join(deadlineBodies, ", "), "): ", kind, " – ", name},
				description: append(slices.Clip(intro), calText.deadline.In(lang)+": "+strings.Join(deadlines, ", ")),
				categories:  []string{prosessplan.Deadline.Label(lang)},
				start:       prosessplan.DayOf(first),
				end:         prosessplan.DayOf(first),
				cancelled:   a.Status == prosessplan.Cancelled,
				tentative:   a.Tentative,
				transparent: true,
			})
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
	case prosessplan.Milestone, prosessplan.Deadline, prosessplan.PublicMeeting,
		prosessplan.Workshop, prosessplan.Hearing:
		return true
	}
	return false
}

func activityText(p *prosessplan.Plan, a *prosessplan.ScheduledActivity, lang prosessplan.Language) []string {
	var d []string
	head := words.Number.In(lang) + " " + a.ID
	if a.Phase != nil && a.Phase.Name != "" {
		head += ", " + words.Phase.In(lang) + ": " + a.Phase.Name
	}
	d = append(d, head)
	add := func(label, value string) {
		if value != "" {
			d = append(d, label+": "+value)
		}
	}
	add(words.Purpose.In(lang), a.Purpose)
	if a.Responsible != "" {
		add(words.Responsible.In(lang), p.Name(a.Responsible))
	}
	names := make([]string, len(a.Participants))
	for i, id := range a.Participants {
		names[i] = p.Name(id)
	}
	add(words.Participants.In(lang), strings.Join(names, ", "))
	add(words.Deliverable.In(lang), a.Deliverable)
	if a.Status != "" {
		add(words.Status.In(lang), a.Status.Label(lang))
	}
	add(words.Comment.In(lang), a.Comment)
	return d
}

// route describes a decision's saksgang: "Eldrerådet 12. oktober 2017, Bystyret 7. desember 2017".
func route(d *prosessplan.ScheduledDecision, lang prosessplan.Language) string {
	var parts []string
	for _, st := range d.Steps {
		if st.Body == nil {
			continue
		}
		parts = append(parts, join(" ", st.Body.Name, words.Date(lang, st.Meeting)))
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

// revision returns the DTSTAMP and SEQUENCE of every event, as the package
// documentation describes: both rise with the plan's date and version.
func revision(s *prosessplan.Schedule) (stamp, seq string) {
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
	r := versionRank(s.Plan.Version)
	days := max(0, prosessplan.D(2000, 1, 1).DaysUntil(d))
	return fmt.Sprintf("%sT%02d%02d%02dZ", date(d), r/3600, r/60%60, r%60), strconv.Itoa(days*1000 + r)
}

// versionRank maps a version "M.N" to 100×M + N (N at most 99, the whole
// at most 999): "1.0" is 100, "1.1" 101, "2.0" 200. Only the digits count
// ("v2 utkast 3" is 2.3), and a third number (1.2.3) does not; a version
// without digits ranks 0.
func versionRank(v string) int {
	var parts []int
	n, in := 0, false
	for _, r := range v {
		if r >= '0' && r <= '9' {
			n = min(n*10+int(r-'0'), 1000)
			in = true
			continue
		}
		if in {
			parts = append(parts, n)
			n, in = 0, false
		}
	}
	if in {
		parts = append(parts, n)
	}
	rank := 0
	if len(parts) > 0 {
		rank = 100 * parts[0]
	}
	if len(parts) > 1 {
		rank += min(parts[1], 99)
	}
	return min(rank, 999)
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
