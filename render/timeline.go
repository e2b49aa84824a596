package render

import "github.com/prosessplan/go-prosessplan/prosessplan"

// Granularity is the time unit of a timeline's columns.
type Granularity int

// Granularities. Build picks one that fits the plan's length (days for a
// few weeks, weeks by default, months beyond three years, minutes for a
// workshop of a few hours) unless Options says otherwise.
const (
	Auto Granularity = iota
	ByMinutes
	ByDay
	ByWeek
	ByMonth
)

// Timeline is the Gantt chart of a plan, with its geometry already worked
// out: the time columns, which columns each bar covers, the colours and
// symbols. Writers draw it; they do not compute dates.
type Timeline struct {
	Title string
	// AltText describes the chart for readers who cannot see it; the
	// activity table is its full text equivalent.
	AltText     string
	Granularity Granularity
	// SlotMinutes is the column width in minutes when Granularity is ByMinutes.
	SlotMinutes int
	Columns     []TimeColumn
	// Groups are spans of columns under a common upper header: months over
	// weeks, years over months, days over hours.
	Groups []ColumnGroup
	Rows   []TimelineRow
	Legend []LegendItem
	// ShadedLabel explains the shaded columns in the legend ("Helligdag,
	// fellesferie eller stengt"); "" when no column is shaded. Each
	// column's ShadeReason names its own holiday.
	ShadedLabel string
}

// TimeColumn is one column of the time grid.
type TimeColumn struct {
	// Start and End are the first and last moment the column covers; for
	// day, week and month columns the first and last day.
	Start, End prosessplan.Time
	// Label is the column's header: the week number "49", the day "7",
	// the month "des", or the clock time "09:30".
	Label string
	// SubLabel is an optional second header line, e.g. the Monday's date "4.12".
	SubLabel string
	// Shaded marks holidays and the summer holiday.
	Shaded bool
	// ShadeReason names the holiday or period, e.g. "Fellesferie".
	ShadeReason string
}

// ColumnGroup is an upper header spanning columns First..Last (inclusive).
type ColumnGroup struct {
	Label       string
	First, Last int
}

// TimelineRow is a phase band or an activity bar.
type TimelineRow struct {
	// Phase marks a phase band row.
	Phase  bool
	Number string // activity or phase ID
	Label  string
	// Kind is the activity kind (empty on phase rows).
	Kind prosessplan.ActivityKind
	// Status is the activity status label, if any.
	Status string
	// Start and End are the bar's dates.
	Start, End prosessplan.Time
	// First and Last are the columns the bar covers (inclusive); First is
	// -1 when the bar is outside the visible columns.
	First, Last int
	// Point marks a one-moment event (decision, milestone, deadline) drawn
	// as a diamond or symbol rather than a bar.
	Point bool
	// Symbol is shown with the bar (● ◆ ★ ▲ ■ ⚑), so colour is never the only signal.
	Symbol string
	// Color is the bar's RRGGBB fill colour.
	Color string
	// Hatched marks a høring/offentlig ettersyn period.
	Hatched  bool
	Critical bool
	// When is the row's span as text, e.g. "9.–27. januar 2017 (uke 2–4)",
	// for writers that show the timeline as text.
	When string
	// Marks are further moments drawn on the row: for a decision, the
	// meetings of its saksgang before the deciding one, and its
	// saksframlegg deadline. Writers draw each with its Symbol, which the
	// Legend explains.
	Marks []TimelineMark
}

// TimelineMark is one moment on a row besides its bar: an earlier meeting
// in a decision's saksgang, or the deadline for its saksframlegg.
type TimelineMark struct {
	// Column is the time column the moment falls in, -1 when outside.
	Column int
	At     prosessplan.Time
	// Symbol is drawn at the moment, e.g. "○" for a meeting, "⚑" for a deadline.
	Symbol string
	// Label says what the moment is, e.g. "Eldrerådet 27.02.2017"; writers
	// show it as a tooltip, alternative text or note.
	Label string
	// Deadline marks the saksframlegg deadline (not a meeting).
	Deadline bool
}

// LegendItem explains one colour and symbol of the chart.
type LegendItem struct {
	Kind    prosessplan.ActivityKind
	Label   string
	Symbol  string
	Color   string
	Hatched bool
	// Critical marks the entry that explains how bars on the critical path
	// (TimelineRow.Critical) are drawn; Kind is empty on it.
	Critical bool
}
