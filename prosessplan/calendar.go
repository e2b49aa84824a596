package prosessplan

import "time"

// Calendar is the Norwegian working-day calendar of a plan: weekends, the
// twelve public holidays (Easter-based ones computed), the common summer
// holiday and local closures.
//
// A Calendar holds no caches, so one may be shared by goroutines.
type Calendar struct {
	settings CalendarSettings
}

// NewCalendar returns the calendar for the given settings.
func NewCalendar(s CalendarSettings) *Calendar { return &Calendar{settings: s} }

// Settings returns the settings the calendar was made with.
func (c *Calendar) Settings() CalendarSettings { return c.settings }

// PublicHoliday is one of Norway's twelve public holidays (helligdager and
// høytidsdager) in a given year.
type PublicHoliday struct {
	// Date is the day of the holiday.
	Date Date
	// Name in each language, e.g. "Kristi himmelfartsdag".
	Name map[Language]string
}

// holidayRule is one public holiday: a fixed day (month, day) or, when
// month is 0, an offset in days from Easter Sunday.
type holidayRule struct {
	month      time.Month
	day        int
	fromEaster int
	name       Text
}

// holidayRules are the twelve red days in calendar order. The names are
// the ones printed in Norwegian almanacs.
func holidayRules() [12]holidayRule {
	return [12]holidayRule{
		{time.January, 1, 0, Text{"1. nyttårsdag", "1. nyttårsdag", "New Year's Day"}},
		{0, 0, -3, Text{"Skjærtorsdag", "Skjærtorsdag", "Maundy Thursday"}},
		{0, 0, -2, Text{"Langfredag", "Langfredag", "Good Friday"}},
		{0, 0, 0, Text{"1. påskedag", "1. påskedag", "Easter Sunday"}},
		{0, 0, 1, Text{"2. påskedag", "2. påskedag", "Easter Monday"}},
		{time.May, 1, 0, Text{"1. mai, offentlig høytidsdag", "1. mai, offentleg høgtidsdag", "Labour Day"}},
		{time.May, 17, 0, Text{"17. mai, grunnlovsdag", "17. mai, grunnlovsdag", "Constitution Day"}},
		{0, 0, 39, Text{"Kristi himmelfartsdag", "Kristi himmelfartsdag", "Ascension Day"}},
		{0, 0, 49, Text{"1. pinsedag", "1. pinsedag", "Whit Sunday"}},
		{0, 0, 50, Text{"2. pinsedag", "2. pinsedag", "Whit Monday"}},
		{time.December, 25, 0, Text{"1. juledag", "1. juledag", "Christmas Day"}},
		{time.December, 26, 0, Text{"2. juledag", "2. juledag", "Boxing Day"}},
	}
}

// Holidays returns the twelve public holidays of year in date order.
func Holidays(year int) []PublicHoliday {
	e := Easter(year)
	rules := holidayRules()
	out := make([]PublicHoliday, 0, len(rules))
	for _, r := range rules {
		d := e.AddDays(r.fromEaster)
		if r.month != 0 {
			d = Date{year, r.month, r.day}
		}
		out = append(out, PublicHoliday{Date: d, Name: r.name.Map()})
	}
	// Easter-based days can pass 1 May and 17 May (Ascension on 1 May
	// when Easter is on 23 March, Whitsun after 17 May), so sort.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Date.Before(out[j-1].Date); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// dayNumber returns the number of days from 1970-01-01 to d, by Howard
// Hinnant's days_from_civil: the calendar is asked about every day a
// schedule passes, and this is much cheaper than going through time.Time.
func dayNumber(d Date) int {
	y, m := d.Year, int(d.Month)
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// fromDayNumber is the inverse of dayNumber (civil_from_days).
func fromDayNumber(z int) Date {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{y, time.Month(m), day}
}

// weekdayOf returns the day of the week of d (1970-01-01 was a Thursday).
func weekdayOf(d Date) time.Weekday {
	return time.Weekday(((dayNumber(d)+4)%7 + 7) % 7)
}

// holidayIndex returns the index in holidayRules of the public holiday
// on d, or -1.
func holidayIndex(d Date) int {
	switch {
	case d.Month == time.January && d.Day == 1:
		return 0
	case d.Month == time.May && d.Day == 1:
		return 5
	case d.Month == time.May && d.Day == 17:
		return 6
	case d.Month == time.December && d.Day == 25:
		return 10
	case d.Month == time.December && d.Day == 26:
		return 11
	case d.Month < time.March || d.Month > time.June:
		return -1
	}
	switch dayNumber(d) - dayNumber(Easter(d.Year)) {
	case -3:
		return 1
	case -2:
		return 2
	case 0:
		return 3
	case 1:
		return 4
	case 39:
		return 7
	case 49:
		return 8
	case 50:
		return 9
	}
	return -1
}

// holiday returns the rule of the public holiday on d, if any.
func holiday(d Date) (holidayRule, bool) {
	i := holidayIndex(d)
	if i < 0 {
		return holidayRule{}, false
	}
	return holidayRules()[i], true
}

// Holiday returns the name of the public holiday on d in language l, and
// whether d is one.
func (c *Calendar) Holiday(d Date, l Language) (string, bool) {
	r, ok := holiday(d)
	if !ok {
		return "", false
	}
	return r.name.In(l), true
}

// Closure returns the local closure d falls in, if any.
func (c *Calendar) Closure(d Date) (Closure, bool) {
	for _, cl := range c.settings.Closures {
		if cmpDate(d, cl.Range.From) >= 0 && cmpDate(d, cl.Range.To) <= 0 {
			return cl, true
		}
	}
	return Closure{}, false
}

// IsWeekend reports whether d is a Saturday or Sunday.
func IsWeekend(d Date) bool {
	wd := weekdayOf(d)
	return wd == time.Saturday || wd == time.Sunday
}

// IsWorkingDay reports whether d is a working day: not a weekend, public
// holiday or local closure. The summer holiday counts as working days.
func (c *Calendar) IsWorkingDay(d Date) bool {
	if IsWeekend(d) {
		return false
	}
	if holidayIndex(d) >= 0 {
		return false
	}
	if len(c.settings.Closures) == 0 {
		return true
	}
	_, closed := c.Closure(d)
	return !closed
}

// SummerHoliday returns the common summer holiday (fellesferie) of year:
// July unless the settings say otherwise.
func (c *Calendar) SummerHoliday(year int) DateRange {
	s := c.settings
	if s.SummerFromMonth == 0 || s.SummerFromDay == 0 || s.SummerToMonth == 0 || s.SummerToDay == 0 {
		return DateRange{From: Date{year, time.July, 1}, To: Date{year, time.July, 31}}
	}
	return DateRange{
		From: Date{year, time.Month(s.SummerFromMonth), s.SummerFromDay},
		To:   Date{year, time.Month(s.SummerToMonth), s.SummerToDay},
	}
}

// InSummerHoliday reports whether d is in the common summer holiday.
func (c *Calendar) InSummerHoliday(d Date) bool {
	r := c.SummerHoliday(d.Year)
	return cmpDate(d, r.From) >= 0 && cmpDate(d, r.To) <= 0
}

// InChristmas reports whether d is in the Christmas and New Year period
// (20 December to 2 January), when consultees and politicians are away
// even on working days.
func InChristmas(d Date) bool {
	return (d.Month == time.December && d.Day >= 20) || (d.Month == time.January && d.Day <= 2)
}

// InEasterWeek reports whether d is in Easter week: from Palm Sunday to
// Easter Monday.
func InEasterWeek(d Date) bool {
	if d.Month < time.March || d.Month > time.April {
		return false
	}
	n := dayNumber(d) - dayNumber(Easter(d.Year))
	return n >= -7 && n <= 1
}

// NextWorkingDay returns the first working day after d.
func (c *Calendar) NextWorkingDay(d Date) Date {
	for {
		d = nextDay(d)
		if c.IsWorkingDay(d) {
			return d
		}
	}
}

// PrevWorkingDay returns the last working day before d.
func (c *Calendar) PrevWorkingDay(d Date) Date {
	for n := dayNumber(d) - 1; ; n-- {
		if d := fromDayNumber(n); c.IsWorkingDay(d) {
			return d
		}
	}
}

// nextDay returns the day after d.
func nextDay(d Date) Date {
	if d.Day < 28 {
		return Date{d.Year, d.Month, d.Day + 1}
	}
	return fromDayNumber(dayNumber(d) + 1)
}

// cmpDate compares dates as Date.Compare does, without time.Time.
func cmpDate(a, b Date) int {
	switch {
	case a.Year != b.Year:
		return cmpInt(a.Year, b.Year)
	case a.Month != b.Month:
		return cmpInt(int(a.Month), int(b.Month))
	}
	return cmpInt(a.Day, b.Day)
}

// cmpTime compares times as Time.Compare does, without time.Time.
func cmpTime(a, b Time) int {
	if c := cmpDate(a.Date, b.Date); c != 0 {
		return c
	}
	return cmpInt(a.Minute, b.Minute)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// addDays returns d plus n days, as Date.AddDays does, without time.Time.
func addDays(d Date, n int) Date { return fromDayNumber(dayNumber(d) + n) }

// OnOrAfter returns d when it is a working day, else the next working day:
// where a deadline that falls on a weekend or holiday ends (domstolloven § 149).
func (c *Calendar) OnOrAfter(d Date) Date {
	if c.IsWorkingDay(d) {
		return d
	}
	return c.NextWorkingDay(d)
}

// OnOrBefore returns d when it is a working day, else the previous working
// day: where an internal deadline that falls on a holiday must be met.
func (c *Calendar) OnOrBefore(d Date) Date {
	if c.IsWorkingDay(d) {
		return d
	}
	return c.PrevWorkingDay(d)
}

// AddWorkingDays returns the date n working days after d (before d when n
// is negative); d itself is not counted. AddWorkingDays(d, 0) is d.
func (c *Calendar) AddWorkingDays(d Date, n int) Date {
	for ; n > 0; n-- {
		d = c.NextWorkingDay(d)
	}
	for ; n < 0; n++ {
		d = c.PrevWorkingDay(d)
	}
	return d
}

// WorkingDays returns the number of working days from from to to, both
// included (0 when to is before from).
func (c *Calendar) WorkingDays(from, to Date) int {
	n := 0
	for d := from; cmpDate(d, to) <= 0; d = nextDay(d) {
		if c.IsWorkingDay(d) {
			n++
		}
	}
	return n
}

// Easter returns Easter Sunday of the given year (Gregorian computus, the
// anonymous algorithm of Meeus/Jones/Butcher).
func Easter(year int) Date {
	a := year % 19
	b := year / 100
	c := year % 100
	d := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i := c / 4
	k := c % 4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return Date{year, time.Month(month), day}
}
