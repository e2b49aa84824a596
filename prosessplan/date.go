package prosessplan

import (
	"fmt"
	"time"
)

// Date is a day in the civil calendar, with no time zone. The zero Date is
// "not set". Dates are comparable with ==.
type Date struct {
	Year  int        // e.g. 2017
	Month time.Month // January is 1
	Day   int        // day of the month, from 1
}

// D returns the Date year-month-day. It is meant for plans written in Go
// code: D(2017, 12, 7).
func D(year int, month time.Month, day int) Date {
	return DateOf(time.Date(year, month, day, 0, 0, 0, 0, time.UTC))
}

// DateOf returns the date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// AddDays returns d plus n calendar days (n may be negative).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// DaysUntil returns the number of calendar days from d to e (negative when e is before d).
func (d Date) DaysUntil(e Date) int { return int(e.Time().Sub(d.Time()).Hours() / 24) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// ISOWeek returns the ISO 8601 year and week number of d, as Norwegian
// plans number weeks ("uke 49").
func (d Date) ISOWeek() (year, week int) { return d.Time().ISOWeek() }

// Monday returns the Monday of d's ISO week.
func (d Date) Monday() Date {
	wd := int(d.Weekday()+6) % 7 // Monday = 0
	return d.AddDays(-wd)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	if d.plain() && e.plain() {
		// Checks compare dates of every activity; time.Date costs.
		return cmpDate(d, e)
	}
	// An unset date or one like 31 June compares as time.Date reads it.
	return d.Time().Compare(e.Time())
}

// plain reports whether d is a day of the calendar as written, not one
// time.Date would have to carry over (day 0, month 13); the days past the
// 28th are left to time.Date too, to keep this cheap.
func (d Date) plain() bool {
	return d.Month >= time.January && d.Month <= time.December && d.Day >= 1 && d.Day <= 28
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// String returns d as 2006-01-02, or "" when d is zero.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Time is a Date with an optional time of day. Workshop plans (an agenda of
// a few hours) use the time of day; most plans do not.
type Time struct {
	// Date is the day.
	Date Date
	// Minute is minutes after midnight; meaningful only when HasClock is set.
	Minute int
	// HasClock is set when the time of day is given ("2017-01-09 09:30"
	// in a plan file); a Time without it means the whole day.
	HasClock bool
}

// At returns the Time d at hh:mm.
func At(d Date, hour, minute int) Time {
	return Time{Date: d, Minute: hour*60 + minute, HasClock: true}
}

// DayOf returns d as a Time with no time of day.
func DayOf(d Date) Time { return Time{Date: d} }

// IsZero reports whether t is unset.
func (t Time) IsZero() bool { return t.Date.IsZero() }

// Compare orders times by date, then by time of day (a Time without a clock
// counts as the start of its day).
func (t Time) Compare(u Time) int {
	if c := t.Date.Compare(u.Date); c != 0 {
		return c
	}
	switch {
	case t.Minute < u.Minute:
		return -1
	case t.Minute > u.Minute:
		return 1
	}
	return 0
}

// String returns t as 2006-01-02 or 2006-01-02 15:04.
func (t Time) String() string {
	if !t.HasClock {
		return t.Date.String()
	}
	return fmt.Sprintf("%s %02d:%02d", t.Date, t.Minute/60, t.Minute%60)
}

// DurationUnit is the unit of a Duration.
type DurationUnit string

// Duration units. The values are the plan file's words.
const (
	Days        DurationUnit = "dager"
	WorkingDays DurationUnit = "virkedager"
	Weeks       DurationUnit = "uker"
	Minutes     DurationUnit = "minutter"
)

// Duration is a length of time in a plan: calendar days, working days,
// weeks or (for workshop plans) minutes.
type Duration struct {
	// N is the number of units; a lag (etterslep) may be negative.
	N int
	// Unit is what N counts.
	Unit DurationUnit
}

// IsZero reports whether the duration is unset.
func (d Duration) IsZero() bool { return d.N == 0 && d.Unit == "" }

// String returns the duration as the plan file writes it, "6 uker".
func (d Duration) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d %s", d.N, d.Unit)
}

// DateRange is an inclusive range of days.
type DateRange struct {
	From, To Date // first and last day, both included
}

// Contains reports whether d is within r.
func (r DateRange) Contains(d Date) bool { return !d.Before(r.From) && !d.After(r.To) }
