package render

import (
	"strconv"
	"strings"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render/internal/words"
)

// Colours of the activity kinds: muted, and each paired with a symbol or
// hatching (see kindSymbol) so that colour is never the only signal.
var kindColors = map[prosessplan.ActivityKind]string{
	prosessplan.Work:              "9FB3C8",
	prosessplan.Meeting:           "4F81BD",
	prosessplan.Workshop:          "E3A33B",
	prosessplan.PublicMeeting:     "2E8B57",
	prosessplan.Hearing:           "B9648B",
	prosessplan.PoliticalDecision: "1F3864",
	prosessplan.Deadline:          "C0392B",
	prosessplan.Milestone:         "B8860B",
	// The kinds of issue 11 take hues the eight above leave free, as dark
	// as theirs so a symbol or white text on them reads.
	prosessplan.Notice:     "00796B",
	prosessplan.Survey:     "6A4C93",
	prosessplan.InputRound: "5B7F2B",
	prosessplan.Mediation:  "8D4E2A",
}

// criticalColor outlines bars on the critical path.
const criticalColor = "9C0006"

var kindSymbols = map[prosessplan.ActivityKind]string{
	prosessplan.Meeting:           "●",
	prosessplan.Workshop:          "▲",
	prosessplan.PublicMeeting:     "■",
	prosessplan.PoliticalDecision: "◆",
	prosessplan.Milestone:         "★",
	prosessplan.Deadline:          "⚑",
	prosessplan.Notice:            "✉",
	prosessplan.Survey:            "☑",
	prosessplan.InputRound:        "✎",
	prosessplan.Mediation:         "⚖",
}

// legendOrder is the order kinds appear in a legend.
var legendOrder = []prosessplan.ActivityKind{
	prosessplan.Work, prosessplan.Meeting, prosessplan.Workshop, prosessplan.PublicMeeting,
	prosessplan.Hearing, prosessplan.PoliticalDecision, prosessplan.Milestone, prosessplan.Deadline,
	prosessplan.Notice, prosessplan.Survey, prosessplan.InputRound, prosessplan.Mediation,
}

// KindSymbol returns the symbol drawn with activities of kind k (● møte,
// ▲ arbeidsverksted, ■ folkemøte, ◆ politisk behandling, ★ milepæl,
// ⚑ frist, ✉ varsel, ☑ spørreundersøkelse, ✎ innspillsrunde, ⚖ mekling);
// "" for work and høring, which are drawn as plain and hatched bars.
func KindSymbol(k prosessplan.ActivityKind) string { return kindSymbols[k] }

// KindColor returns the RRGGBB colour of bars of kind k.
func KindColor(k prosessplan.ActivityKind) string {
	if c, ok := kindColors[k]; ok {
		return c
	}
	return kindColors[prosessplan.Work]
}

func isPointKind(k prosessplan.ActivityKind) bool {
	return k == prosessplan.PoliticalDecision || k == prosessplan.Milestone || k == prosessplan.Deadline
}

// grid maps times to column indexes for one granularity.
type grid struct {
	g     Granularity
	first prosessplan.Date // first day (ByDay), Monday (ByWeek), 1st of month (ByMonth), the day (ByMinutes)
	min0  int              // first minute, ByMinutes
	slot  int
	n     int
}

func (gr *grid) col(t prosessplan.Time, end bool) int {
	var i int
	switch gr.g {
	case ByMinutes:
		m := t.Minute
		if t.Date != gr.first {
			if t.Date.Before(gr.first) {
				m = 0
			} else {
				m = 24 * 60
			}
		}
		if end && m > gr.min0 && t.HasClock {
			m--
		}
		i = (m - gr.min0) / gr.slot
		if m < gr.min0 {
			i = -1
		}
	case ByDay:
		i = gr.first.DaysUntil(t.Date)
	case ByWeek:
		days := gr.first.DaysUntil(t.Date)
		if days < 0 {
			i = -1
		} else {
			i = days / 7
		}
	case ByMonth:
		i = (t.Date.Year-gr.first.Year)*12 + int(t.Date.Month) - int(gr.first.Month)
	}
	return i
}

// BuildTimeline returns the Gantt chart geometry of s: the time columns
// (days, ISO weeks, months or 5–10 minute slots), their upper headers,
// holiday and summer shading, one band per phase and one bar or point per
// activity, and the legend of the kinds used.
func BuildTimeline(s *prosessplan.Schedule, opts Options) *Timeline {
	lang := opts.Language
	if lang == "" && s.Plan != nil {
		lang = s.Plan.Language
	}
	if lang != prosessplan.Nynorsk && lang != prosessplan.English {
		lang = prosessplan.Bokmal
	}
	prof := DefaultProfile("")
	if opts.Profile != nil {
		prof = *opts.Profile
	}
	tl := &Timeline{Title: words.TimelineTitle.In(lang)}
	start, end := span(s)
	if start.IsZero() {
		return tl
	}
	g := opts.Granularity
	if g == Auto {
		g = autoGranularity(s, start, end)
	}
	tl.Granularity = g
	gr := columns(tl, s, lang, g, start, end)

	used := map[prosessplan.ActivityKind]bool{}
	critical, usedRoute, usedDeadline := false, false, false
	bar := func(r *TimelineRow) {
		if r.Start.IsZero() {
			r.First, r.Last = -1, -1
			return
		}
		e := r.End
		if e.IsZero() || e.Compare(r.Start) < 0 {
			e = r.Start
		}
		r.First, r.Last = gr.col(r.Start, false), gr.col(e, true)
		if r.Last < r.First {
			r.Last = r.First
		}
		if r.Last < 0 || r.First >= gr.n {
			r.First, r.Last = -1, -1
			return
		}
		r.First = max(r.First, 0)
		r.Last = min(r.Last, gr.n-1)
	}
	addActivity := func(a *prosessplan.ScheduledActivity) {
		r := TimelineRow{
			Number: a.ID, Label: a.Name, Kind: a.Kind, Start: a.Start, End: a.End,
			Symbol: kindSymbols[a.Kind], Color: KindColor(a.Kind),
			Hatched: a.Kind == prosessplan.Hearing, Critical: a.Critical,
			Point: isPointKind(a.Kind),
		}
		if a.Status != "" {
			r.Status = a.Status.Label(lang)
		}
		if r.Point {
			r.End = r.Start
		}
		r.When = words.MarkTentative(lang, words.Span(lang, r.Start, r.End), a.Activity)
		bar(&r)
		if a.Decision != nil {
			r.Marks = routeMarks(a.Decision, lang, gr)
			for _, m := range r.Marks {
				if m.Deadline {
					usedDeadline = true
				} else {
					usedRoute = true
				}
			}
		}
		used[a.Kind] = true
		critical = critical || a.Critical
		tl.Rows = append(tl.Rows, r)
	}
	seen := make(map[*prosessplan.ScheduledActivity]bool, len(s.Activities))
	tl.Rows = make([]TimelineRow, 0, len(s.Phases)+len(s.Activities))
	for _, ph := range s.Phases {
		r := TimelineRow{Phase: true, Number: ph.ID, Label: ph.Name, Start: ph.Start, End: ph.End,
			Color: prof.PrimaryColor}
		if !ph.Start.IsZero() {
			r.When = words.Period(lang, ph.Start.Date, ph.End.Date) + " (" + words.Weeks(lang, ph.Start.Date, ph.End.Date) + ")"
		}
		bar(&r)
		tl.Rows = append(tl.Rows, r)
		for _, a := range ph.Activities {
			seen[a] = true
			addActivity(a)
		}
	}
	for _, a := range s.Activities {
		if !seen[a] {
			addActivity(a)
		}
	}
	for _, k := range legendOrder {
		if used[k] {
			tl.Legend = append(tl.Legend, LegendItem{Kind: k, Label: k.Label(lang), Symbol: kindSymbols[k],
				Color: KindColor(k), Hatched: k == prosessplan.Hearing})
			delete(used, k)
		}
	}
	if len(used) > 0 { // kinds outside the known set, in a stable order
		var rest []string
		for k := range used {
			rest = append(rest, string(k))
		}
		sortStrings(rest)
		for _, k := range rest {
			kk := prosessplan.ActivityKind(k)
			tl.Legend = append(tl.Legend, LegendItem{Kind: kk, Label: kk.Label(lang), Color: KindColor(kk)})
		}
	}
	if usedRoute {
		tl.Legend = append(tl.Legend, LegendItem{Label: words.RouteMeeting.In(lang), Symbol: routeSymbol,
			Color: KindColor(prosessplan.PoliticalDecision)})
	}
	if usedDeadline {
		tl.Legend = append(tl.Legend, LegendItem{Label: words.Deadline.In(lang), Symbol: deadlineSymbol,
			Color: KindColor(prosessplan.Deadline)})
	}
	if critical {
		// The colour is the outline the PDF draws round critical bars; a
		// writer that marks them otherwise (bold in Word) ignores it.
		tl.Legend = append(tl.Legend, LegendItem{Label: words.CriticalPath.In(lang), Color: criticalColor, Critical: true})
	}
	for _, c := range tl.Columns {
		if c.Shaded {
			tl.ShadedLabel = words.Shaded.In(lang)
			break
		}
	}
	tl.AltText = altText(s, lang, g, tl.SlotMinutes, start, end)
	return tl
}

// Symbols of the marks on a decision's row: an earlier meeting in its
// saksgang, and the deadline for its saksframlegg.
const (
	routeSymbol    = "○"
	deadlineSymbol = "⚑"
)

// routeMarks returns the marks on a decision's row: each meeting of its
// saksgang before the deciding one, and the saksframlegg deadline, which
// is the earliest deadline of the saksgang (the case must be ready for its
// first meeting).
func routeMarks(d *prosessplan.ScheduledDecision, lang prosessplan.Language, gr *grid) []TimelineMark {
	var marks []TimelineMark
	mark := func(at prosessplan.Date, symbol, label string, deadline bool) {
		t := prosessplan.DayOf(at)
		c := gr.col(t, false)
		if c < 0 || c >= gr.n {
			c = -1
		}
		marks = append(marks, TimelineMark{Column: c, At: t, Symbol: symbol, Label: label, Deadline: deadline})
	}
	var deadline prosessplan.Date
	for i, st := range d.Steps {
		if !st.Deadline.IsZero() && (deadline.IsZero() || st.Deadline.Before(deadline)) {
			deadline = st.Deadline
		}
		if i == len(d.Steps)-1 || st.Meeting.IsZero() {
			continue
		}
		name := ""
		if st.Body != nil {
			name = st.Body.Name
		}
		mark(st.Meeting, routeSymbol, strings.TrimSpace(name+" "+words.ShortDate(lang, st.Meeting)), false)
	}
	if !deadline.IsZero() {
		mark(deadline, deadlineSymbol, words.Deadline.In(lang)+" "+words.ShortDate(lang, deadline), true)
	}
	return marks
}

func sortStrings(ss []string) {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && ss[j] < ss[j-1]; j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
}

// span is the schedule's first and last moment, from the schedule itself
// or, when it has none, from its activities.
func span(s *prosessplan.Schedule) (start, end prosessplan.Time) {
	start, end = s.Start, s.End
	for _, a := range s.Activities {
		if !a.Start.IsZero() && (start.IsZero() || a.Start.Compare(start) < 0) {
			start = a.Start
		}
		e := a.End
		if e.IsZero() {
			e = a.Start
		}
		if !e.IsZero() && (end.IsZero() || e.Compare(end) > 0) {
			end = e
		}
	}
	if end.IsZero() || end.Compare(start) < 0 {
		end = start
	}
	return start, end
}

func autoGranularity(s *prosessplan.Schedule, start, end prosessplan.Time) Granularity {
	if start.Date == end.Date {
		clock := true
		for _, a := range s.Activities {
			if !a.Start.IsZero() && !a.Start.HasClock {
				clock = false
			}
		}
		if clock && start.HasClock {
			return ByMinutes
		}
	}
	days := start.Date.DaysUntil(end.Date) + 1
	switch {
	case days <= 42:
		return ByDay
	case days > 3*365+1:
		return ByMonth
	}
	return ByWeek
}

func columns(tl *Timeline, s *prosessplan.Schedule, lang prosessplan.Language, g Granularity, start, end prosessplan.Time) *grid {
	cal := s.Calendar
	gr := &grid{g: g}
	group := func(label string, i int) {
		if n := len(tl.Groups); n > 0 && tl.Groups[n-1].Label == label {
			tl.Groups[n-1].Last = i
			return
		}
		tl.Groups = append(tl.Groups, ColumnGroup{Label: label, First: i, Last: i})
	}
	switch g {
	case ByMinutes:
		endMin := end.Minute
		if end.Date != start.Date || !end.HasClock {
			endMin = 24 * 60
		}
		slot := 5
		if endMin-start.Minute > 120 {
			slot = 10
		}
		tl.SlotMinutes = slot
		gr.first, gr.slot = start.Date, slot
		gr.min0 = start.Minute / slot * slot
		for m := gr.min0; m < endMin || m == gr.min0; m += slot {
			i := len(tl.Columns)
			tl.Columns = append(tl.Columns, TimeColumn{
				Start: prosessplan.At(start.Date, m/60, m%60),
				End:   prosessplan.At(start.Date, (m+slot)/60, (m+slot)%60),
				Label: words.Clock(lang, m),
			})
			group(words.ClockWord.In(lang)+" "+strconv.Itoa(m/60), i)
		}
	case ByDay:
		gr.first = start.Date
		for d := start.Date; !d.After(end.Date); d = d.AddDays(1) {
			i := len(tl.Columns)
			c := TimeColumn{Start: prosessplan.DayOf(d), End: prosessplan.DayOf(d),
				Label: strconv.Itoa(d.Day), SubLabel: words.WeekdaysShort[d.Weekday()].In(lang)}
			c.Shaded, c.ShadeReason = dayShade(cal, lang, d)
			tl.Columns = append(tl.Columns, c)
			group(upperFirst(words.WeekOf(lang, d)), i)
		}
	case ByMonth:
		gr.first = prosessplan.D(start.Date.Year, start.Date.Month, 1)
		for d := gr.first; !d.After(end.Date); d = prosessplan.D(d.Year, d.Month+1, 1) {
			i := len(tl.Columns)
			last := prosessplan.D(d.Year, d.Month+1, 1).AddDays(-1)
			c := TimeColumn{Start: prosessplan.DayOf(d), End: prosessplan.DayOf(last), Label: words.MonthsShort[d.Month-1].In(lang)}
			if cal != nil {
				n := 0
				for x := d; !x.After(last); x = x.AddDays(1) {
					if !prosessplan.IsWeekend(x) && cal.InSummerHoliday(x) {
						n++
					}
				}
				if n >= 10 {
					c.Shaded, c.ShadeReason = true, words.Summer.In(lang)
				}
			}
			tl.Columns = append(tl.Columns, c)
			group(strconv.Itoa(d.Year), i)
		}
	default: // ByWeek
		gr.first = start.Date.Monday()
		for d := gr.first; !d.After(end.Date); d = d.AddDays(7) {
			i := len(tl.Columns)
			_, wk := d.ISOWeek()
			c := TimeColumn{Start: prosessplan.DayOf(d), End: prosessplan.DayOf(d.AddDays(6)),
				Label: strconv.Itoa(wk), SubLabel: words.DayMonth(lang, d)}
			c.Shaded, c.ShadeReason = weekShade(cal, lang, d)
			tl.Columns = append(tl.Columns, c)
			// A week belongs to the month of its Thursday, as ISO weeks do to years.
			th := d.AddDays(3)
			group(words.Months[th.Month-1].In(lang), i)
		}
		yearOnMonths(tl, lang)
	}
	gr.n = len(tl.Columns)
	return gr
}

// yearOnMonths puts the year on the month headers of a week grid: on the
// first month and on every January, so a reader finds it at the same
// places however wide a writer draws a month. A month of fewer than four
// weeks gets the short name ("jan 2017"), which fits where "januar 2017"
// would be cut; when the first month is only a week or two, the second
// carries the year too.
func yearOnMonths(tl *Timeline, lang prosessplan.Language) {
	for i := range tl.Groups {
		g := &tl.Groups[i]
		th := tl.Columns[g.First].Start.Date.AddDays(3)
		weeks := g.Last - g.First + 1
		if !(i == 0 || th.Month == 1 || i == 1 && tl.Groups[0].Last-tl.Groups[0].First < 2) {
			continue
		}
		if weeks < 4 {
			g.Label = words.MonthsShort[th.Month-1].In(lang) + " " + strconv.Itoa(th.Year)
		} else {
			g.Label = words.MonthYear(lang, th)
		}
	}
}

func dayShade(cal *prosessplan.Calendar, lang prosessplan.Language, d prosessplan.Date) (bool, string) {
	if cal != nil {
		if name, ok := cal.Holiday(d, lang); ok {
			return true, name
		}
		if c, ok := cal.Closure(d); ok {
			return true, c.Name
		}
		if cal.InSummerHoliday(d) {
			return true, words.Summer.In(lang)
		}
	}
	if prosessplan.IsWeekend(d) {
		return true, words.Weekend.In(lang)
	}
	if prosessplan.InChristmas(d) {
		return true, words.Christmas.In(lang)
	}
	return false, ""
}

// weekShade shades a week when most of it is summer holiday, or when at
// least two of its weekdays are holidays or closures (Easter, Christmas):
// a planner then knows the week is short.
func weekShade(cal *prosessplan.Calendar, lang prosessplan.Language, monday prosessplan.Date) (bool, string) {
	if cal == nil {
		return false, ""
	}
	summer, christmas, off := 0, 0, 0
	var names []string
	for i := 0; i < 5; i++ {
		d := monday.AddDays(i)
		if cal.InSummerHoliday(d) {
			summer++
		}
		if prosessplan.InChristmas(d) {
			christmas++
		}
		if name, ok := cal.Holiday(d, lang); ok {
			off++
			names = append(names, name)
		} else if c, ok := cal.Closure(d); ok {
			off++
			if len(names) == 0 || names[len(names)-1] != c.Name {
				names = append(names, c.Name)
			}
		}
	}
	switch {
	case summer >= 3:
		return true, words.Summer.In(lang)
	case off >= 2:
		return true, strings.Join(names, ", ")
	case christmas >= 3:
		// The period check warns about, whatever weekdays the holidays
		// fall on this year.
		return true, words.Christmas.In(lang)
	}
	return false, ""
}

func altText(s *prosessplan.Schedule, lang prosessplan.Language, g Granularity, slot int, start, end prosessplan.Time) string {
	title := ""
	if s.Plan != nil {
		title = planName(s.Plan.Title)
	}
	unit := words.WeekPl.In(lang)
	switch g {
	case ByDay:
		unit = words.DayPl.In(lang)
	case ByMonth:
		unit = words.MonthPl.In(lang)
	case ByMinutes:
		unit = sprintf(words.UnitSlots.In(lang), slot)
	}
	var sb strings.Builder
	if start.Date == end.Date {
		sb.WriteString(sprintf(words.TimelineAltDay.In(lang), title, words.PeriodAt(lang, start, end), unit))
	} else {
		sb.WriteString(sprintf(words.TimelineAlt.In(lang), title, words.Date(lang, start.Date), words.Date(lang, end.Date), unit))
	}
	if len(s.Phases) > 0 {
		sb.WriteString(" " + words.TimelineAltPhases.In(lang) + " ")
		for i, ph := range s.Phases {
			if i > 0 {
				sb.WriteString("; ")
			}
			sb.WriteString(ph.Name)
			switch {
			case ph.Start.IsZero():
			case g == ByMinutes && ph.Start.HasClock && ph.End.HasClock:
				// A planned phase span is whole days, with no clock to show.
				sb.WriteString(" (" + words.Clock(lang, ph.Start.Minute) + "–" + words.Clock(lang, ph.End.Minute) + ")")
			default:
				sb.WriteString(" (" + words.Period(lang, ph.Start.Date, ph.End.Date) + ")")
			}
		}
		sb.WriteString(".")
	}
	if len(s.Decisions) > 0 {
		sb.WriteString(" " + words.TimelineAltDecs.In(lang) + " ")
		const most = 12
		for i, d := range s.Decisions {
			if i == most {
				sb.WriteString("; …")
				break
			}
			if i > 0 {
				sb.WriteString("; ")
			}
			sb.WriteString(d.Kind.Label(lang))
			if n := len(d.Steps); n > 0 && d.Steps[n-1].Body != nil {
				sb.WriteString(", " + d.Steps[n-1].Body.Name)
			}
			if m := d.Meeting(); !m.IsZero() {
				sb.WriteString(", " + words.Date(lang, m))
			}
		}
		sb.WriteString(".")
	}
	sb.WriteString(" " + words.TimelineAltEnd.In(lang))
	return sb.String()
}
