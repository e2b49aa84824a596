package xlsx

import "github.com/prosessplan/go-prosessplan/prosessplan"

// bookWords are the fixed bookWords only the workbook needs: sheet names, the
// captions of the extra sheets, data-validation messages and the change
// report. Column titles, the captions the documents share (Hvem, Ansvar,
// Møtedato, Tegnforklaring …), months and enum labels come from
// render.WordsFor and the prosessplan Label methods.
type bookWords struct {
	Schedule, Political, Organisation, Participation, Lists string // sheet names
	Check, Severity, Code, Message                          string // problems of a draft
	// Column titles of the short (workshop) template.
	ColFrom, ColTo, AgendaItem, Leads, Output string

	DesiredResult, Version string
	DoneBar, CancelledBar  string
	PhaseBand, Today       string
	TitleWord, Unit, Email string
	Activities             string
	Critical               string // column title: on the critical path
	Decides                string
	Yes                    string
	Page                   string // footer "Side &P av &N"

	DateTitle, DateMsg     string // date validation
	ListTitle, ListMsg     string // type/status validation
	PersonTitle, PersonMsg string

	// Change report and read errors.
	Changed, From, To              string
	NewActivity, Deleted, Moved    string
	NewPhase, DeletedPhase         string
	InPhase, MovedTo               string
	BadDate, BadKind, BadStatus    string
	Duplicate, NoActivity, NoPhase string
	NotOurs, NoHeader              string
	NotXLSX                        string
	// Limits and damage (Read).
	TooBig, PartTooBig, UnpacksTooBig string
	Damaged, DamagedRows, DamagedHelp string
	Formula                           string
	// Found completes NotXLSX with what the file is, by NotProsessplanError.Found.
	Found map[string]string
}

var wordsByLang = map[prosessplan.Language]*bookWords{
	prosessplan.Bokmal: {
		Schedule: "Framdrift", Political: "Politisk behandling", Organisation: "Organisering",
		Participation: "Medvirkning", Lists: "Lister",
		Check: "Kontroll", Severity: "Alvor", Code: "Kode", Message: "Hva som mangler eller bør rettes",
		ColFrom: "Fra", ColTo: "Til", AgendaItem: "Agendapunkt", Leads: "Leder", Output: "Resultat",
		DesiredResult: "Ønsket resultat", Version: "Versjon", DoneBar: "Ferdig (lysere farge)",
		CancelledBar: "Avlyst (grå)", PhaseBand: "Fase (fra første start til siste slutt)", Today: "I dag",
		TitleWord: "Tittel", Unit: "Enhet", Email: "E-post",
		Activities: "Aktiviteter", Critical: "Kritisk",
		Decides: "Vedtar", Yes: "Ja",
		Page:      "Side &P av &N",
		DateTitle: "Ugyldig dato", DateMsg: "Skriv en dato, for eksempel 07.12.2017.",
		ListTitle: "Velg fra lista", ListMsg: "Velg en verdi fra nedtrekkslista.",
		PersonTitle: "Ukjent navn", PersonMsg: "Navnet står ikke på lista. Vil du bruke det likevel?",
		Changed: "endret", From: "fra", To: "til",
		NewActivity: "ny aktivitet", Deleted: "er slettet", Moved: "er flyttet",
		NewPhase: "ny fase", DeletedPhase: "fasen er slettet", InPhase: "i fase", MovedTo: "til fase",
		BadDate:    "%s er ikke en gyldig dato",
		BadKind:    "%s er ikke en aktivitetstype; velg en av: %s",
		BadStatus:  "%s er ikke en status; velg en av: %s",
		Duplicate:  "nummeret %s er brukt før, i rad %d",
		NoActivity: "raden mangler aktivitet",
		NoPhase:    "aktiviteten står over første fase",
		NotOurs:    "%s er en arbeidsbok, men ikke en som prosessplan har skrevet — den mangler det skjulte arket «%s»",
		NotXLSX:    "%s er ikke en Excel-arbeidsbok (xlsx)",
		Found: map[string]string{
			"pdf":  ", men en PDF-fil",
			"xls":  ", men en fil i det gamle Excel-formatet (xls) eller et annet eldre Office-format; lagre den som .xlsx",
			"docx": ", men et Word-dokument",
			"ods":  ", men et OpenDocument-regneark (ods); lagre det som .xlsx",
		},
		TooBig:        "%s er større enn %d MiB, langt større enn en arbeidsbok fra prosessplan; filen leses ikke",
		PartTooBig:    "%s pakker delen %s ut til %s, mer enn grensen på %d MiB for én del; en arbeidsbok fra prosessplan er langt mindre, så filen leses ikke",
		UnpacksTooBig: "%s pakker seg ut til mer enn %d MiB, langt mer enn en arbeidsbok fra prosessplan; filen leses ikke",
		Damaged:       "det skjulte arket «%s», der prosessplan har lagret planfilen og radene slik de ble skrevet, er skadet",
		DamagedRows:   "de lagrede radene stopper ved linje %d",
		DamagedHelp:   "Lag arbeidsboka på nytt fra planfilen med «prosessplan render», og gjør endringene der",
		Formula:       "formelen «=%s» har ingen lagret verdi og kan ikke regnes ut; skriv verdien i cellen, eller åpne og lagre arbeidsboka i Excel eller LibreOffice først",
		NoHeader:      "fant ikke overskriftsraden med kolonnene %s",
	},
	prosessplan.Nynorsk: {
		Schedule: "Framdrift", Political: "Politisk handsaming", Organisation: "Organisering",
		Participation: "Medverknad", Lists: "Lister",
		Check: "Kontroll", Severity: "Alvor", Code: "Kode", Message: "Kva som manglar eller bør rettast",
		ColFrom: "Frå", ColTo: "Til", AgendaItem: "Agendapunkt", Leads: "Leiar", Output: "Resultat",
		DesiredResult: "Ønskt resultat", Version: "Versjon", DoneBar: "Ferdig (lysare farge)",
		CancelledBar: "Avlyst (grå)", PhaseBand: "Fase (frå første start til siste slutt)", Today: "I dag",
		TitleWord: "Tittel", Unit: "Eining", Email: "E-post",
		Activities: "Aktivitetar", Critical: "Kritisk",
		Decides: "Vedtek", Yes: "Ja",
		Page:      "Side &P av &N",
		DateTitle: "Ugyldig dato", DateMsg: "Skriv ein dato, til dømes 07.12.2017.",
		ListTitle: "Vel frå lista", ListMsg: "Vel ein verdi frå nedtrekkslista.",
		PersonTitle: "Ukjend namn", PersonMsg: "Namnet står ikkje på lista. Vil du bruke det likevel?",
		Changed: "endra", From: "frå", To: "til",
		NewActivity: "ny aktivitet", Deleted: "er sletta", Moved: "er flytta",
		NewPhase: "ny fase", DeletedPhase: "fasen er sletta", InPhase: "i fase", MovedTo: "til fase",
		BadDate:    "%s er ikkje ein gyldig dato",
		BadKind:    "%s er ikkje ein aktivitetstype; vel ein av: %s",
		BadStatus:  "%s er ikkje ein status; vel ein av: %s",
		Duplicate:  "nummeret %s er brukt før, i rad %d",
		NoActivity: "rada manglar aktivitet",
		NoPhase:    "aktiviteten står over første fase",
		NotOurs:    "%s er ei arbeidsbok, men ikkje ei som prosessplan har skrive — ho manglar det skjulte arket «%s»",
		NotXLSX:    "%s er ikkje ei Excel-arbeidsbok (xlsx)",
		Found: map[string]string{
			"pdf":  ", men ei PDF-fil",
			"xls":  ", men ei fil i det gamle Excel-formatet (xls) eller eit anna eldre Office-format; lagre henne som .xlsx",
			"docx": ", men eit Word-dokument",
			"ods":  ", men eit OpenDocument-rekneark (ods); lagre det som .xlsx",
		},
		TooBig:        "%s er større enn %d MiB, langt større enn ei arbeidsbok frå prosessplan; fila blir ikkje lesen",
		PartTooBig:    "%s pakkar delen %s ut til %s, meir enn grensa på %d MiB for éin del; ei arbeidsbok frå prosessplan er langt mindre, så fila blir ikkje lesen",
		UnpacksTooBig: "%s pakkar seg ut til meir enn %d MiB, langt meir enn ei arbeidsbok frå prosessplan; fila blir ikkje lesen",
		Damaged:       "det skjulte arket «%s», der prosessplan har lagra planfila og radene slik dei vart skrivne, er skadd",
		DamagedRows:   "dei lagra radene stoppar ved linje %d",
		DamagedHelp:   "Lag arbeidsboka på nytt frå planfila med «prosessplan render», og gjer endringane der",
		Formula:       "formelen «=%s» har ingen lagra verdi og kan ikkje reknast ut; skriv verdien i cella, eller opne og lagre arbeidsboka i Excel eller LibreOffice først",
		NoHeader:      "fann ikkje overskriftsrada med kolonnane %s",
	},
	prosessplan.English: {
		Schedule: "Schedule", Political: "Political process", Organisation: "Organisation",
		Participation: "Participation", Lists: "Lists",
		Check: "Check", Severity: "Severity", Code: "Code", Message: "What is missing or should be fixed",
		ColFrom: "From", ColTo: "To", AgendaItem: "Agenda item", Leads: "Leads", Output: "Output",
		DesiredResult: "Desired result", Version: "Version", DoneBar: "Done (lighter colour)",
		CancelledBar: "Cancelled (grey)", PhaseBand: "Phase (first start to last end)", Today: "Today",
		TitleWord: "Title", Unit: "Unit", Email: "Email",
		Activities: "Activities", Critical: "Critical",
		Decides: "Decides", Yes: "Yes",
		Page:      "Page &P of &N",
		DateTitle: "Invalid date", DateMsg: "Enter a date, for example 2017-12-07.",
		ListTitle: "Choose from the list", ListMsg: "Choose a value from the drop-down list.",
		PersonTitle: "Unknown name", PersonMsg: "The name is not on the list. Use it anyway?",
		Changed: "changed", From: "from", To: "to",
		NewActivity: "new activity", Deleted: "deleted", Moved: "moved",
		NewPhase: "new phase", DeletedPhase: "phase deleted", InPhase: "in phase", MovedTo: "to phase",
		BadDate:    "%s is not a valid date",
		BadKind:    "%s is not an activity type; choose one of: %s",
		BadStatus:  "%s is not a status; choose one of: %s",
		Duplicate:  "the number %s is used before, in row %d",
		NoActivity: "the row has no activity",
		NoPhase:    "the activity is above the first phase",
		NotOurs:    "%s is a workbook, but not one prosessplan wrote — it lacks the hidden sheet “%s”",
		NotXLSX:    "%s is not an Excel workbook (xlsx)",
		Found: map[string]string{
			"pdf":  ", but a PDF file",
			"xls":  ", but a file in the old Excel format (xls) or another old Office format; save it as .xlsx",
			"docx": ", but a Word document",
			"ods":  ", but an OpenDocument spreadsheet (ods); save it as .xlsx",
		},
		TooBig:        "%s is larger than %d MiB, far larger than a workbook from prosessplan; the file is not read",
		PartTooBig:    "%s unpacks its part %s to %s, more than the limit of %d MiB for one part; a workbook from prosessplan is far smaller, so the file is not read",
		UnpacksTooBig: "%s unpacks to more than %d MiB, far more than a workbook from prosessplan; the file is not read",
		Damaged:       "the hidden sheet “%s”, where prosessplan stored the plan file and the rows as written, is damaged",
		DamagedRows:   "the stored rows stop at line %d",
		DamagedHelp:   "Make the workbook again from the plan file with “prosessplan render”, and make the changes there",
		Formula:       "the formula “=%s” has no stored value and cannot be worked out; type the value into the cell, or open and save the workbook in Excel or LibreOffice first",
		NoHeader:      "found no header row with the columns %s",
	},
}

func wordsFor(l prosessplan.Language) *bookWords {
	if w, ok := wordsByLang[l]; ok {
		return w
	}
	return wordsByLang[prosessplan.Bokmal]
}

// languages lists the languages in the order the reader tries them.
var languages = []prosessplan.Language{prosessplan.Bokmal, prosessplan.Nynorsk, prosessplan.English}
