package prosessplan

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/prosessplan/go-prosessplan/internal/lazyregexp"
)

// Months in plan files. Sources often give only a month («oktober 2018»),
// so an activity's start and end may be one: a start gives the month's
// first working day, an end its last; a start month with neither end nor
// duration lasts the whole month (see [Activity.StartPrecision]).

var (
	monthISO  = lazyregexp.New(`^(\d{4})-(\d{1,2})$`)
	monthWord = lazyregexp.New(`^(\p{L}+)\.?\s+(\d{4})$`)
)

// monthNameNumbers maps the names and short forms of the months in bokmål,
// nynorsk and English to their numbers.
var monthNameNumbers = func() map[string]time.Month {
	m := map[string]time.Month{}
	names := [...][]string{
		{"januar", "january", "jan"}, {"februar", "february", "feb"}, {"mars", "march", "mar"},
		{"april", "apr"}, {"mai", "may"}, {"juni", "june", "jun"},
		{"juli", "july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
		{"oktober", "october", "okt", "oct"}, {"november", "nov"}, {"desember", "december", "des", "dec"},
	}
	for i, ns := range names {
		for _, n := range ns {
			m[n] = time.Month(i + 1)
		}
	}
	return m
}()

// parseMonth reads a month, "2018-10" or "oktober 2018", and returns its
// first and last day.
func parseMonth(s string) (first, last Date, ok bool) {
	s = strings.TrimSpace(s)
	var y int
	var mo time.Month
	if m := monthISO.FindStringSubmatch(s); m != nil {
		y, _ = strconv.Atoi(m[1])
		n, _ := strconv.Atoi(m[2])
		if n < 1 || n > 12 {
			return Date{}, Date{}, false
		}
		mo = time.Month(n)
	} else if m := monthWord.FindStringSubmatch(s); m != nil {
		var known bool
		mo, known = monthNameNumbers[strings.ToLower(m[1])]
		if !known {
			return Date{}, Date{}, false
		}
		y, _ = strconv.Atoi(m[2])
	} else {
		return Date{}, Date{}, false
	}
	first = D(y, mo, 1)
	last = D(y, mo+1, 0)
	return first, last, true
}

// monthText writes the month of d as a plan file does: "2018-10".
func monthText(d Date) string {
	return d.Time().Format("2006-01")
}

// weekText writes the ISO week of d as a plan file does: "2017-W43".
func weekText(d Date) string {
	y, w := d.ISOWeek()
	return strconv.Itoa(y) + "-W" + twoDigits(w)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// freeParty reports whether s, written as a responsible or participant
// that is no ID of the plan, is a party named by text («Innbyggere»,
// «høringsinstanser») rather than a misspelt ID: it is text when it reads
// as a name (capitals, spaces) or is not close to any ID.
func freeParty(s string, ids []string) bool {
	if strings.ContainsFunc(s, func(r rune) bool { return r == ' ' || unicode.IsUpper(r) }) {
		return true
	}
	return Suggest(s, ids) == ""
}
