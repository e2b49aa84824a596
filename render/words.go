package render

import (
	"fmt"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// Words are the fixed words of documents in one language: column titles,
// section headings, month and weekday names. Every writer takes its words
// from here, so a label is translated once.
type Words struct {
	Language prosessplan.Language

	// Activity table and workbook columns.
	Number, Phase, Activity, Purpose, Responsible, Participants, Type,
	Start, End, When, Deliverable, Status, Comment string

	Week   string // "Uke" / "Veke" / "Week"
	Months [12]string
	// MonthsShort are three-letter month names for narrow headers.
	MonthsShort [12]string
	Weekdays    [7]string // Sunday first, as time.Weekday
}

var words = map[prosessplan.Language]*Words{
	prosessplan.Bokmal: {
		Language: prosessplan.Bokmal,
		Number:   "Nr.", Phase: "Fase", Activity: "Aktivitet", Purpose: "Hensikt",
		Responsible: "Ansvarlig", Participants: "Deltakere", Type: "Type",
		Start: "Start", End: "Slutt", When: "Når", Deliverable: "Leveranse",
		Status: "Status", Comment: "Merknad",
		Week: "Uke",
		Months: [12]string{"januar", "februar", "mars", "april", "mai", "juni", "juli",
			"august", "september", "oktober", "november", "desember"},
		MonthsShort: [12]string{"jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"},
		Weekdays:    [7]string{"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"},
	},
	prosessplan.Nynorsk: {
		Language: prosessplan.Nynorsk,
		Number:   "Nr.", Phase: "Fase", Activity: "Aktivitet", Purpose: "Føremål",
		Responsible: "Ansvarleg", Participants: "Deltakarar", Type: "Type",
		Start: "Start", End: "Slutt", When: "Når", Deliverable: "Leveranse",
		Status: "Status", Comment: "Merknad",
		Week: "Veke",
		Months: [12]string{"januar", "februar", "mars", "april", "mai", "juni", "juli",
			"august", "september", "oktober", "november", "desember"},
		MonthsShort: [12]string{"jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"},
		Weekdays:    [7]string{"sundag", "måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag"},
	},
	prosessplan.English: {
		Language: prosessplan.English,
		Number:   "No.", Phase: "Phase", Activity: "Activity", Purpose: "Purpose",
		Responsible: "Responsible", Participants: "Participants", Type: "Type",
		Start: "Start", End: "End", When: "When", Deliverable: "Deliverable",
		Status: "Status", Comment: "Comment",
		Week: "Week",
		Months: [12]string{"January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December"},
		MonthsShort: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
		Weekdays:    [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	},
}

// WordsFor returns the fixed words of language l (bokmål for an unknown language).
// The result is shared and must not be modified.
func WordsFor(l prosessplan.Language) *Words {
	if w, ok := words[l]; ok {
		return w
	}
	return words[prosessplan.Bokmal]
}

// Date formats d as Norwegian (and English) readers write it: "7. desember 2017",
// "7 December 2017".
func (w *Words) Date(d prosessplan.Date) string {
	if d.IsZero() {
		return ""
	}
	if w.Language == prosessplan.English {
		return fmt.Sprintf("%d %s %d", d.Day, w.Months[d.Month-1], d.Year)
	}
	return fmt.Sprintf("%d. %s %d", d.Day, w.Months[d.Month-1], d.Year)
}

// ShortDate formats d as "07.12.2017" (English: "2017-12-07").
func (w *Words) ShortDate(d prosessplan.Date) string {
	if d.IsZero() {
		return ""
	}
	if w.Language == prosessplan.English {
		return d.String()
	}
	return fmt.Sprintf("%02d.%02d.%04d", d.Day, int(d.Month), d.Year)
}

// WeekOf formats d's ISO week: "uke 49", "veke 49", "week 49".
func (w *Words) WeekOf(d prosessplan.Date) string {
	_, wk := d.ISOWeek()
	return fmt.Sprintf("%s %d", lowerASCII(w.Week), wk)
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
