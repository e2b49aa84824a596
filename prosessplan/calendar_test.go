package prosessplan

import (
	"testing"
	"time"
)

func TestEaster(t *testing.T) {
	tests := []struct {
		year int
		want Date
	}{
		{2017, D(2017, 4, 16)},
		{2019, D(2019, 4, 21)},
		{2020, D(2020, 4, 12)},
		{2024, D(2024, 3, 31)},
		{2025, D(2025, 4, 20)},
		{2026, D(2026, 4, 5)},
		{2027, D(2027, 3, 28)},
		{2285, D(2285, 3, 22)}, // earliest possible
		{2038, D(2038, 4, 25)}, // latest possible
	}
	for _, tt := range tests {
		if got := Easter(tt.year); got != tt.want {
			t.Errorf("Easter(%d) = %s, want %s", tt.year, got, tt.want)
		}
	}
}

// The vectors of domain.md §5.1.
func TestHolidayVectors(t *testing.T) {
	c := NewCalendar(CalendarSettings{})
	tests := []struct {
		d  Date
		nb string
	}{
		{D(2017, 4, 16), "1. påskedag"},
		{D(2017, 5, 25), "Kristi himmelfartsdag"},
		{D(2017, 6, 4), "1. pinsedag"},
		{D(2017, 6, 5), "2. pinsedag"},
		{D(2019, 4, 21), "1. påskedag"},
		{D(2019, 5, 30), "Kristi himmelfartsdag"},
		{D(2019, 6, 9), "1. pinsedag"},
		{D(2019, 6, 10), "2. pinsedag"},
		{D(2020, 4, 12), "1. påskedag"},
		{D(2020, 5, 21), "Kristi himmelfartsdag"},
		{D(2020, 5, 31), "1. pinsedag"},
		{D(2020, 6, 1), "2. pinsedag"},
		{D(2024, 3, 28), "Skjærtorsdag"},
		{D(2024, 3, 29), "Langfredag"},
		{D(2024, 3, 31), "1. påskedag"},
		{D(2024, 4, 1), "2. påskedag"},
		{D(2024, 5, 9), "Kristi himmelfartsdag"},
		{D(2024, 5, 19), "1. pinsedag"},
		{D(2024, 5, 20), "2. pinsedag"},
		{D(2025, 4, 20), "1. påskedag"},
		{D(2025, 5, 29), "Kristi himmelfartsdag"},
		{D(2025, 6, 8), "1. pinsedag"},
		{D(2025, 6, 9), "2. pinsedag"},
		{D(2026, 4, 5), "1. påskedag"},
		{D(2026, 5, 14), "Kristi himmelfartsdag"},
		{D(2026, 5, 24), "1. pinsedag"},
		{D(2026, 5, 25), "2. pinsedag"},
		{D(2027, 3, 28), "1. påskedag"},
		{D(2027, 5, 6), "Kristi himmelfartsdag"},
		{D(2027, 5, 16), "1. pinsedag"},
		{D(2027, 5, 17), "17. mai, grunnlovsdag"}, // 2. pinsedag and 17. mai coincide
		{D(2025, 1, 1), "1. nyttårsdag"},
		{D(2025, 5, 1), "1. mai, offentlig høytidsdag"},
		{D(2025, 5, 17), "17. mai, grunnlovsdag"},
		{D(2025, 12, 25), "1. juledag"},
		{D(2025, 12, 26), "2. juledag"},
	}
	for _, tt := range tests {
		got, ok := c.Holiday(tt.d, Bokmal)
		if !ok || got != tt.nb {
			t.Errorf("Holiday(%s) = %q, %v; want %q", tt.d, got, ok, tt.nb)
		}
		if c.IsWorkingDay(tt.d) {
			t.Errorf("IsWorkingDay(%s) = true on %s", tt.d, tt.nb)
		}
	}
	for _, d := range []Date{D(2025, 12, 24), D(2025, 12, 31), D(2024, 3, 27), D(2024, 4, 2), D(2017, 12, 7)} {
		if name, ok := c.Holiday(d, Bokmal); ok {
			t.Errorf("Holiday(%s) = %q, want none", d, name)
		}
		if !c.IsWorkingDay(d) {
			t.Errorf("IsWorkingDay(%s) = false, want a working day", d)
		}
	}
}

func TestHolidayNames(t *testing.T) {
	c := NewCalendar(CalendarSettings{})
	for _, tt := range []struct {
		d          Date
		nb, nn, en string
	}{
		{D(2026, 5, 14), "Kristi himmelfartsdag", "Kristi himmelfartsdag", "Ascension Day"},
		{D(2026, 5, 1), "1. mai, offentlig høytidsdag", "1. mai, offentleg høgtidsdag", "Labour Day"},
		{D(2026, 4, 3), "Langfredag", "Langfredag", "Good Friday"},
	} {
		for l, want := range map[Language]string{Bokmal: tt.nb, Nynorsk: tt.nn, English: tt.en} {
			if got, _ := c.Holiday(tt.d, l); got != want {
				t.Errorf("Holiday(%s, %s) = %q, want %q", tt.d, l, got, want)
			}
		}
	}
}

func TestHolidaysList(t *testing.T) {
	for _, year := range []int{2017, 2024, 2027, 2285, 2038} {
		hs := Holidays(year)
		if len(hs) != 12 {
			t.Fatalf("Holidays(%d): %d days", year, len(hs))
		}
		for i, h := range hs {
			if i > 0 && h.Date.Before(hs[i-1].Date) {
				t.Errorf("Holidays(%d) out of order at %s", year, h.Date)
			}
			if h.Date.Year != year || h.Name[Nynorsk] == "" {
				t.Errorf("Holidays(%d): %s %v", year, h.Date, h.Name)
			}
		}
	}
	hs := Holidays(2024)
	if hs[1].Date != D(2024, 3, 28) || hs[1].Name[English] != "Maundy Thursday" {
		t.Errorf("2024 second holiday = %s %s", hs[1].Date, hs[1].Name[English])
	}
}

func TestWorkingDays(t *testing.T) {
	c := NewCalendar(CalendarSettings{Closures: []Closure{{Name: "Romjul", Range: DateRange{D(2025, 12, 29), D(2025, 12, 31)}}}})
	tests := []struct {
		name string
		got  Date
		want Date
	}{
		{"next after Friday", c.NextWorkingDay(D(2025, 11, 28)), D(2025, 12, 1)},
		{"next over Easter 2024", c.NextWorkingDay(D(2024, 3, 27)), D(2024, 4, 2)},
		{"prev before Easter Monday 2024", c.PrevWorkingDay(D(2024, 4, 2)), D(2024, 3, 27)},
		{"next over Christmas closure", c.NextWorkingDay(D(2025, 12, 24)), D(2026, 1, 2)},
		{"on or after Saturday", c.OnOrAfter(D(2025, 11, 29)), D(2025, 12, 1)},
		{"on or after working day", c.OnOrAfter(D(2025, 11, 27)), D(2025, 11, 27)},
		{"on or before 17 May 2027 (Monday)", c.OnOrBefore(D(2027, 5, 17)), D(2027, 5, 14)},
		{"add 5 working days", c.AddWorkingDays(D(2025, 11, 24), 5), D(2025, 12, 1)},
		{"add 3 over Ascension 2026", c.AddWorkingDays(D(2026, 5, 12), 3), D(2026, 5, 18)},
		{"subtract 2", c.AddWorkingDays(D(2025, 12, 1), -2), D(2025, 11, 27)},
		{"add 0", c.AddWorkingDays(D(2025, 11, 29), 0), D(2025, 11, 29)},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %s (%s), want %s", tt.name, tt.got, tt.got.Weekday(), tt.want)
		}
	}
	if cl, ok := c.Closure(D(2025, 12, 30)); !ok || cl.Name != "Romjul" {
		t.Errorf("Closure(2025-12-30) = %v, %v", cl, ok)
	}
	if c.IsWorkingDay(D(2025, 12, 30)) {
		t.Error("closure counted as working day")
	}
	if n := c.WorkingDays(D(2024, 3, 25), D(2024, 4, 5)); n != 7 {
		t.Errorf("working days in Easter fortnight 2024 = %d, want 7", n)
	}
}

func TestPeriods(t *testing.T) {
	c := NewCalendar(CalendarSettings{})
	custom := NewCalendar(CalendarSettings{SummerFromMonth: 7, SummerFromDay: 7, SummerToMonth: 8, SummerToDay: 1})
	tests := []struct {
		name      string
		got, want bool
	}{
		{"1 July in default summer", c.InSummerHoliday(D(2026, 7, 1)), true},
		{"31 July in default summer", c.InSummerHoliday(D(2026, 7, 31)), true},
		{"1 August outside default summer", c.InSummerHoliday(D(2026, 8, 1)), false},
		{"30 June outside", c.InSummerHoliday(D(2026, 6, 30)), false},
		{"1 Aug in custom summer", custom.InSummerHoliday(D(2026, 8, 1)), true},
		{"3 Jul outside custom summer", custom.InSummerHoliday(D(2026, 7, 3)), false},
		{"summer is working time", c.IsWorkingDay(D(2026, 7, 15)), true},
		{"20 Dec Christmas", InChristmas(D(2026, 12, 20)), true},
		{"2 Jan Christmas", InChristmas(D(2027, 1, 2)), true},
		{"19 Dec not Christmas", InChristmas(D(2026, 12, 19)), false},
		{"3 Jan not Christmas", InChristmas(D(2027, 1, 3)), false},
		{"Palm Sunday 2024 Easter week", InEasterWeek(D(2024, 3, 24)), true},
		{"Easter Monday 2024 Easter week", InEasterWeek(D(2024, 4, 1)), true},
		{"2 Apr 2024 after Easter week", InEasterWeek(D(2024, 4, 2)), false},
		{"23 Mar 2024 before Easter week", InEasterWeek(D(2024, 3, 23)), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v", tt.name, tt.got)
		}
	}
	if wd := D(2027, 5, 6).Weekday(); wd != time.Thursday {
		t.Errorf("Kristi himmelfart 2027 on %s", wd)
	}
}

func TestDayNumber(t *testing.T) {
	for d := D(1899, 12, 1); d.Before(D(2101, 2, 1)); d = d.AddDays(1) {
		n := dayNumber(d)
		if want := int(d.Time().Unix() / 86400); n != want {
			t.Fatalf("dayNumber(%s) = %d, want %d", d, n, want)
		}
		if got := fromDayNumber(n); got != d {
			t.Fatalf("fromDayNumber(%d) = %s, want %s", n, got, d)
		}
		if weekdayOf(d) != d.Weekday() {
			t.Fatalf("weekdayOf(%s) = %s", d, weekdayOf(d))
		}
		if nextDay(d) != d.AddDays(1) || addDays(d, -40) != d.AddDays(-40) {
			t.Fatalf("nextDay/addDays(%s)", d)
		}
	}
}
