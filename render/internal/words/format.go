package words

import (
	"fmt"
	"strings"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// Date formats d as Norwegian (and English) readers write it: "7. desember 2017",
// "7 December 2017".
func Date(l prosessplan.Language, d prosessplan.Date) string {
	if d.IsZero() {
		return ""
	}
	if l == prosessplan.English {
		return fmt.Sprintf("%d %s %d", d.Day, Months[d.Month-1].In(l), d.Year)
	}
	return fmt.Sprintf("%d. %s %d", d.Day, Months[d.Month-1].In(l), d.Year)
}

// ShortDate formats d as "07.12.2017" (English: "2017-12-07").
func ShortDate(l prosessplan.Language, d prosessplan.Date) string {
	if d.IsZero() {
		return ""
	}
	if l == prosessplan.English {
		return d.String()
	}
	return fmt.Sprintf("%02d.%02d.%04d", d.Day, int(d.Month), d.Year)
}

// DayMonth formats d without its year: "4.12" (English "4/12").
func DayMonth(l prosessplan.Language, d prosessplan.Date) string {
	if l == prosessplan.English {
		return fmt.Sprintf("%d/%d", d.Day, int(d.Month))
	}
	return fmt.Sprintf("%d.%d", d.Day, int(d.Month))
}

// MonthYear formats the month of d: "desember 2017".
func MonthYear(l prosessplan.Language, d prosessplan.Date) string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%s %d", Months[d.Month-1].In(l), d.Year)
}

// WeekOf formats d's ISO week: "uke 49", "veke 49", "week 49".
func WeekOf(l prosessplan.Language, d prosessplan.Date) string {
	_, wk := d.ISOWeek()
	return fmt.Sprintf("%s %d", lowerASCII(Week.In(l)), wk)
}

// Clock formats minutes after midnight as Norwegian readers write a time of
// day, "09.30" (English "09:30").
func Clock(l prosessplan.Language, minute int) string {
	sep := "."
	if l == prosessplan.English {
		sep = ":"
	}
	return fmt.Sprintf("%02d%s%02d", minute/60, sep, minute%60)
}

// Span formats the period from a to b with ISO weeks, as a process plan's
// "Når" column shows it: "7. desember 2017 (uke 49)",
// "9.–27. januar 2017 (uke 2–4)", "12. desember 2016 – 6. januar 2017 (uke 50 2016 – uke 1 2017)",
// "7. desember 2017 kl. 09.00–10.30 (uke 49)".
func Span(l prosessplan.Language, a, b prosessplan.Time) string {
	if a.IsZero() && b.IsZero() {
		return ""
	}
	if a.IsZero() {
		a = b
	}
	if b.IsZero() {
		b = a
	}
	return period(l, a, b, true) + " (" + Weeks(l, a.Date, b.Date) + ")"
}

// ActivitySpan is Span of a's dates, followed by "(foreløpig)" when the
// plan marks them tentative: a reader must not book a date that is only
// pencilled in.
func ActivitySpan(l prosessplan.Language, a *prosessplan.ScheduledActivity) string {
	return MarkTentative(l, Span(l, a.Start, a.End), a.Activity)
}

// MarkTentative adds the tentative mark to text, the dates of activity a, when
// a's dates are tentative.
func MarkTentative(l prosessplan.Language, text string, a *prosessplan.Activity) string {
	if text == "" || a == nil || !a.Tentative {
		return text
	}
	return text + " (" + Tentative.In(l) + ")"
}

// Weeks formats the ISO weeks from a to b: "uke 49", "uke 2–4", and with
// the years when the range crosses one: "uke 50 2016 – uke 1 2017".
func Weeks(l prosessplan.Language, a, b prosessplan.Date) string {
	ya, wa := a.ISOWeek()
	yb, wb := b.ISOWeek()
	week := lowerASCII(Week.In(l))
	switch {
	case a.Monday() == b.Monday():
		return fmt.Sprintf("%s %d", week, wa)
	case ya != yb:
		return fmt.Sprintf("%s %d %d – %s %d %d", week, wa, ya, week, wb, yb)
	}
	return fmt.Sprintf("%s %d–%d", week, wa, wb)
}

// Period formats the days from a to b without times of day or weeks:
// "9.–27. januar 2017", "25. april – 7. desember 2017".
func Period(l prosessplan.Language, a, b prosessplan.Date) string {
	if a.IsZero() {
		a = b
	}
	if b.IsZero() {
		b = a
	}
	if a.IsZero() {
		return ""
	}
	return period(l, prosessplan.DayOf(a), prosessplan.DayOf(b), false)
}

// PeriodAt formats the period from a to b with times of day but no weeks:
// "12. mars 2024 kl. 09.00–12.00".
func PeriodAt(l prosessplan.Language, a, b prosessplan.Time) string { return period(l, a, b, true) }

func period(l prosessplan.Language, a, b prosessplan.Time, clock bool) string {
	en := l == prosessplan.English
	switch {
	case a.Date == b.Date:
		s := Date(l, a.Date)
		if clock && a.HasClock {
			s += " " + At(l, a.Minute)
			if b.HasClock && b.Minute != a.Minute {
				s += "–" + Clock(l, b.Minute)
			}
		}
		return s
	case clock && (a.HasClock || b.HasClock):
		return Date(l, a.Date) + clockSuffix(l, a) + " – " + Date(l, b.Date) + clockSuffix(l, b)
	case a.Date.Year == b.Date.Year && a.Date.Month == b.Date.Month:
		if en {
			return fmt.Sprintf("%d–%d %s %d", a.Date.Day, b.Date.Day, Months[a.Date.Month-1].In(l), a.Date.Year)
		}
		return fmt.Sprintf("%d.–%d. %s %d", a.Date.Day, b.Date.Day, Months[a.Date.Month-1].In(l), a.Date.Year)
	case a.Date.Year == b.Date.Year:
		if en {
			return fmt.Sprintf("%d %s – %s", a.Date.Day, Months[a.Date.Month-1].In(l), Date(l, b.Date))
		}
		return fmt.Sprintf("%d. %s – %s", a.Date.Day, Months[a.Date.Month-1].In(l), Date(l, b.Date))
	}
	return Date(l, a.Date) + " – " + Date(l, b.Date)
}

// At formats a time of day with its prefix: "kl. 09.30", "at 09:30".
func At(l prosessplan.Language, minute int) string { return ClockWord.In(l) + " " + Clock(l, minute) }

func clockSuffix(l prosessplan.Language, t prosessplan.Time) string {
	if !t.HasClock {
		return ""
	}
	return " " + At(l, t.Minute)
}

// Duration formats d in words: "6 uker", "30 dagar", "1 week".
func Duration(l prosessplan.Language, d prosessplan.Duration) string {
	if d.IsZero() {
		return ""
	}
	sg, pl := DaySg.In(l), DayPl.In(l)
	switch d.Unit {
	case prosessplan.WorkingDays:
		sg, pl = WorkdaySg.In(l), WorkdayPl.In(l)
	case prosessplan.Weeks:
		sg, pl = WeekSg.In(l), WeekPl.In(l)
	case prosessplan.Minutes:
		sg, pl = MinuteSg.In(l), MinutePl.In(l)
	}
	if d.N == 1 {
		return fmt.Sprintf("%d %s", d.N, sg)
	}
	return fmt.Sprintf("%d %s", d.N, pl)
}

// Join lists items as a sentence does: "a, b og c" ("a, b and c").
func Join(l prosessplan.Language, items []string) string {
	and := prosessplan.Text{NB: " og ", NN: " og ", EN: " and "}.In(l)
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + and + items[len(items)-1]
}

// lowerASCII lowers the ASCII letters of s: "Uke" becomes "uke" in
// running text, and a letter outside ASCII is left as it is.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// FromTo formats the ends of a period for running text "fra %s til %s":
// the first date drops its year when both fall in one year, so the
// sentence reads "fra 15. september til 27. oktober 2017".
func FromTo(l prosessplan.Language, a, b prosessplan.Date) (from, to string) {
	from, to = Date(l, a), Date(l, b)
	if a.Year == b.Year && !a.IsZero() {
		if l == prosessplan.English {
			from = fmt.Sprintf("%d %s", a.Day, Months[a.Month-1].In(l))
		} else {
			from = fmt.Sprintf("%d. %s", a.Day, Months[a.Month-1].In(l))
		}
	}
	return from, to
}
