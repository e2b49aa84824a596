package prosessplan

// Calendar is the Norwegian working-day calendar of a plan: weekends, the
// twelve public holidays (Easter-based ones computed), the common summer
// holiday and local closures.
type Calendar struct {
	settings CalendarSettings
}

// NewCalendar returns the calendar for the given settings.
func NewCalendar(s CalendarSettings) *Calendar { return &Calendar{settings: s} }

// Holiday returns the name of the public holiday on d in language l, and
// whether d is one.
func (c *Calendar) Holiday(d Date, l Language) (string, bool) { panic("TODO") }

// IsWorkingDay reports whether d is a working day: not a weekend, public
// holiday or local closure. The summer holiday counts as working days.
func (c *Calendar) IsWorkingDay(d Date) bool { panic("TODO") }

// InSummerHoliday reports whether d is in the common summer holiday.
func (c *Calendar) InSummerHoliday(d Date) bool { panic("TODO") }

// Easter returns Easter Sunday of the given year (Gregorian computus).
func Easter(year int) Date { panic("TODO") }
