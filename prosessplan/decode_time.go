package prosessplan

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/prosessplan/go-prosessplan/internal/lazyregexp"
)

// valueErr is a problem found in a single value.
type valueErr struct {
	code string
	text Text
}

var (
	reISODate  = lazyregexp.New(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	reNoDate   = lazyregexp.New(`^(\d{1,2})\.(\d{1,2})\.(\d{4})$`)
	reClock    = lazyregexp.New(`^(\d{1,2})[:.](\d{2})$`)
	reISOWeek  = lazyregexp.New(`^(\d{4})-?[Ww](\d{1,2})$`)
	reWordWeek = lazyregexp.New(`^(?i:uke|veke|week)\s*(\d{1,2}),?\s+(\d{4})$`)
	reDuration = lazyregexp.New(`^([+-]?\d+)\s*(\p{L}[\p{L} .]*)$`)
	reDayMonth = lazyregexp.New(`^(\d{1,2})\.(\d{1,2})\.?$`)
	reMonthDay = lazyregexp.New(`^(?:--)?(\d{2})-(\d{2})$`)
)

var monthNames = [...]Text{
	{"januar", "januar", "January"}, {"februar", "februar", "February"}, {"mars", "mars", "March"},
	{"april", "april", "April"}, {"mai", "mai", "May"}, {"juni", "juni", "June"},
	{"juli", "juli", "July"}, {"august", "august", "August"}, {"september", "september", "September"},
	{"oktober", "oktober", "October"}, {"november", "november", "November"},
	{"desember", "desember", "December"},
}

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parsePlanTime reads a date, optionally with a time of day ("2017-01-31
// 09:30", "31.01.2017 kl. 09.30") or as an ISO week ("2017-W05", "uke 5
// 2017"). A week gives its Monday, or its Friday when end is set.
func parsePlanTime(s string, end, allowWeek, allowClock bool) (Time, *valueErr) {
	s = strings.TrimSpace(s)
	var y, mo, da int
	datePart, clockPart := s, ""
	// The canonical forms, which Encode writes, are read without regexps.
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' && allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:10]) &&
		(len(s) == 10 || (len(s) == 16 && s[10] == ' ' && s[13] == ':' && allDigits(s[11:13]) && allDigits(s[14:16]))) {
		y, _ = strconv.Atoi(s[:4])
		mo, _ = strconv.Atoi(s[5:7])
		da, _ = strconv.Atoi(s[8:10])
		if len(s) == 16 {
			clockPart = s[11:]
		}
		return checkedTime(s, y, mo, da, clockPart, allowWeek, allowClock)
	}
	if m := reISOWeek.FindStringSubmatch(s); m != nil {
		return weekTime(s, m[1], m[2], end, allowWeek)
	}
	if m := reWordWeek.FindStringSubmatch(s); m != nil {
		return weekTime(s, m[2], m[1], end, allowWeek)
	}
	for _, sep := range []string{", kl. ", ", kl ", " kl. ", " kl ", "T", " "} {
		if i := strings.Index(s, sep); i > 0 {
			datePart, clockPart = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):])
			break
		}
	}
	if m := reISODate.FindStringSubmatch(datePart); m != nil {
		y, _ = strconv.Atoi(m[1])
		mo, _ = strconv.Atoi(m[2])
		da, _ = strconv.Atoi(m[3])
	} else if m := reNoDate.FindStringSubmatch(datePart); m != nil {
		da, _ = strconv.Atoi(m[1])
		mo, _ = strconv.Atoi(m[2])
		y, _ = strconv.Atoi(m[3])
	} else {
		return Time{}, notADate(s, allowWeek)
	}
	return checkedTime(s, y, mo, da, clockPart, allowWeek, allowClock)
}

// allDigits reports whether s is all ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// checkedTime checks a date (and time of day) read from s against the
// calendar.
func checkedTime(s string, y, mo, da int, clockPart string, allowWeek, allowClock bool) (Time, *valueErr) {
	if mo < 1 || mo > 12 {
		return Time{}, &valueErr{CodeDecodeDate, textf(Text{
			"«%s» er ikke en gyldig dato: måned %d finnes ikke — bruk en måned fra 1 til 12",
			"«%s» er ikkje ein gyldig dato: månad %d finst ikkje — bruk ein månad frå 1 til 12",
			"\"%s\" is not a valid date: there is no month %d — use a month from 1 to 12"}, s, mo)}
	}
	if n := daysIn(y, time.Month(mo)); da < 1 || da > n {
		mn := monthNames[mo-1]
		return Time{}, &valueErr{CodeDecodeDate, Text{
			fmt.Sprintf("«%s» er ikke en gyldig dato: %s %d har bare %d dager — rett dagen", s, mn.NB, y, n),
			fmt.Sprintf("«%s» er ikkje ein gyldig dato: %s %d har berre %d dagar — rett dagen", s, mn.NN, y, n),
			fmt.Sprintf("\"%s\" is not a valid date: %s %d has only %d days — correct the day", s, mn.EN, y, n)}}
	}
	t := Time{Date: Date{y, time.Month(mo), da}}
	if clockPart == "" {
		return t, nil
	}
	m := reClock.FindStringSubmatch(clockPart)
	if m == nil {
		return Time{}, notADate(s, allowWeek)
	}
	if !allowClock {
		return Time{}, &valueErr{CodeDecodeDate, textf(Text{
			"«%s» har klokkeslett, men her trengs bare en dato — ta bort klokkeslettet",
			"«%s» har klokkeslett, men her trengst berre ein dato — ta bort klokkeslettet",
			"\"%s\" has a time of day, but only a date belongs here — remove the time"}, s)}
	}
	h, _ := strconv.Atoi(m[1])
	mi, _ := strconv.Atoi(m[2])
	if h > 23 || mi > 59 {
		return Time{}, &valueErr{CodeDecodeDate, textf(Text{
			"«%s» har et ugyldig klokkeslett — skriv f.eks. 09:30 eller kl. 09.30",
			"«%s» har eit ugyldig klokkeslett — skriv t.d. 09:30 eller kl. 09.30",
			"\"%s\" has an invalid time of day — write e.g. 09:30"}, s)}
	}
	return At(t.Date, h, mi), nil
}

func notADate(s string, allowWeek bool) *valueErr {
	t := textf(Text{
		"«%s» er ikke en dato — skriv f.eks. 2017-01-31 eller 31.01.2017",
		"«%s» er ikkje ein dato — skriv t.d. 2017-01-31 eller 31.01.2017",
		"\"%s\" is not a date — write e.g. 2017-01-31 or 31.01.2017"}, s)
	if allowWeek {
		t = joinText(t, Text{", eller en uke: uke 5 2017 eller 2017-W05",
			", eller ei veke: veke 5 2017 eller 2017-W05",
			", or a week: uke 5 2017 or 2017-W05"})
	}
	return &valueErr{CodeDecodeDate, t}
}

func weekTime(s, year, week string, end, allowWeek bool) (Time, *valueErr) {
	if !allowWeek {
		return Time{}, &valueErr{CodeDecodeDate, textf(Text{
			"«%s» er en uke, men her trengs en dato — skriv f.eks. 2017-12-07",
			"«%s» er ei veke, men her trengst ein dato — skriv t.d. 2017-12-07",
			"\"%s\" is a week, but a date belongs here — write e.g. 2017-12-07"}, s)}
	}
	y, _ := strconv.Atoi(year)
	w, _ := strconv.Atoi(week)
	weeks := 52
	if _, wk := time.Date(y, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek(); wk == 53 {
		weeks = 53
	}
	if w < 1 || w > weeks {
		return Time{}, &valueErr{CodeDecodeWeek, textf(Text{
			"uke %d finnes ikke i %d (året har %d uker) — bruk en uke fra 1 til %d",
			"veke %d finst ikkje i %d (året har %d veker) — bruk ei veke frå 1 til %d",
			"week %d does not exist in %d (the year has %d weeks) — use a week from 1 to %d"},
			w, y, weeks, weeks)}
	}
	// Week 1 is the week with 4 January in it.
	monday := DateOf(time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)).Monday().AddDays(7 * (w - 1))
	if end {
		return DayOf(monday.AddDays(4)), nil
	}
	return DayOf(monday), nil
}

// durationUnits maps the written units, folded to lower case, to units.
var durationUnits = map[string]DurationUnit{
	"d": Days, "dag": Days, "dager": Days, "dagar": Days, "day": Days, "days": Days,
	"kalenderdager": Days, "kalenderdagar": Days,
	"vd": WorkingDays, "virkedag": WorkingDays, "virkedager": WorkingDays,
	"vyrkedag": WorkingDays, "vyrkedagar": WorkingDays, "arbeidsdager": WorkingDays,
	"arbeidsdagar": WorkingDays, "working day": WorkingDays, "working days": WorkingDays,
	"workday": WorkingDays, "workdays": WorkingDays,
	"u": Weeks, "uke": Weeks, "uker": Weeks, "veke": Weeks, "veker": Weeks,
	"w": Weeks, "week": Weeks, "weeks": Weeks,
	"min": Minutes, "minutt": Minutes, "minutter": Minutes, "minute": Minutes, "minutes": Minutes,
}

// monthWords are units a planner may write that are not durations.
var monthWords = map[string]bool{"mnd": true, "mnd.": true, "md": true, "måned": true, "måneder": true,
	"månad": true, "månader": true, "maaned": true, "maaneder": true, "maned": true, "maneder": true,
	"month": true, "months": true}

// hourWords are hours, which plans write as minutes.
var hourWords = map[string]bool{"t": true, "time": true, "timer": true, "timar": true,
	"h": true, "hour": true, "hours": true}

// parsePlanDuration reads "10 dager", "10 virkedager", "6 uker", "90 min",
// "10d", "6u" and their nynorsk and English forms. Only a lag (etterslep)
// may be zero or negative.
func parsePlanDuration(s string, lag bool) (Duration, *valueErr) {
	// The canonical form, "6 uker", is read without a regexp.
	if i := strings.IndexByte(s, ' '); i > 0 && i < 7 && allDigits(s[:i]) {
		if unit, ok := durationUnits[s[i+1:]]; ok {
			n, _ := strconv.Atoi(s[:i])
			if (n > 0 || lag) && n <= maxDuration[unit] {
				return Duration{N: n, Unit: unit}, nil
			}
		}
	}
	bad := func() *valueErr {
		return &valueErr{CodeDecodeDuration, textf(Text{
			"«%s» er ikke en varighet — skriv et tall og en enhet, f.eks. «10 virkedager», «6 uker» eller «90 min»",
			"«%s» er ikkje ei varigheit — skriv eit tal og ei eining, t.d. «10 vyrkedagar», «6 veker» eller «90 min»",
			"\"%s\" is not a duration — write a number and a unit, e.g. \"10 virkedager\", \"6 uker\" or \"90 min\""}, s)}
	}
	m := reDuration.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return Duration{}, bad()
	}
	n, err := strconv.Atoi(m[1])
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return Duration{}, bad()
	}
	unitWord := strings.Join(strings.Fields(strings.TrimSuffix(strings.ToLower(m[2]), ".")), " ")
	unit, ok := durationUnits[unitWord]
	// A number of more digits than an int holds is too long whatever the
	// unit; months and hours are told in weeks and minutes.
	tooLong := func(u DurationUnit) *valueErr {
		return &valueErr{CodeDecodeDuration, durationTooLong(s, maxDuration[u], u)}
	}
	switch {
	case ok && (err != nil || n > maxDuration[unit] || n < -maxDuration[unit]):
		return Duration{}, tooLong(unit)
	case monthWords[unitWord] && (err != nil || n > 1200 || n < -1200):
		return Duration{}, tooLong(Weeks)
	case hourWords[unitWord] && (err != nil || n > 876_000 || n < -876_000):
		return Duration{}, tooLong(Minutes)
	case err != nil:
		return Duration{}, bad()
	}
	if !ok && monthWords[unitWord] {
		weeks := (n*3044 + 350) / 700 // a month is 30.44 days on average
		return Duration{}, &valueErr{CodeDecodeDuration, textf(Text{
			"«%s»: måneder er ulike lange og kan ikke være en varighet — skriv uker, f.eks. «%d uker»",
			"«%s»: månader er ulike lange og kan ikkje vere ei varigheit — skriv veker, t.d. «%d veker»",
			"\"%s\": months differ in length and cannot be a duration — write weeks, e.g. \"%d uker\""}, s, weeks)}
	}
	if !ok && hourWords[unitWord] {
		return Duration{}, &valueErr{CodeDecodeDuration, textf(Text{
			"«%s»: timer skrives som minutter — skriv «%d min»",
			"«%s»: timar skriv ein som minutt — skriv «%d min»",
			"\"%s\": hours are written as minutes — write \"%d min\""}, s, n*60)}
	}
	if !ok {
		return Duration{}, &valueErr{CodeDecodeDuration, textf(Text{
			"ukjent enhet «%s» i «%s» — bruk dager, virkedager, uker eller min",
			"ukjend eining «%s» i «%s» — bruk dagar, vyrkedagar, veker eller min",
			"unknown unit \"%s\" in \"%s\" — use days (dager), working days (virkedager), weeks (uker) or min"},
			m[2], s)}
	}
	if n <= 0 && !lag {
		return Duration{}, &valueErr{CodeDecodeDuration, textf(Text{
			"varigheten «%s» må være større enn null — skriv hvor lenge aktiviteten varer, f.eks. «2 uker»",
			"varigheita «%s» må vere større enn null — skriv kor lenge aktiviteten varer, t.d. «2 veker»",
			"the duration \"%s\" must be greater than zero — write how long the activity lasts, e.g. \"2 uker\""}, s)}
	}
	return Duration{N: n, Unit: unit}, nil
}

// dayMonth reads a day of the year without a year: "01.07", "1.7.", "07-01".
func dayMonth(s string) (month, day int, ok bool) {
	if m := reDayMonth.FindStringSubmatch(s); m != nil {
		day, _ = strconv.Atoi(m[1])
		month, _ = strconv.Atoi(m[2])
	} else if m := reMonthDay.FindStringSubmatch(s); m != nil {
		month, _ = strconv.Atoi(m[1])
		day, _ = strconv.Atoi(m[2])
	} else {
		return 0, 0, false
	}
	if month < 1 || month > 12 || day < 1 || day > daysIn(2000, time.Month(month)) {
		return 0, 0, false
	}
	return month, day, true
}
