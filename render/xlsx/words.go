package xlsx

import "github.com/prosessplan/go-prosessplan/prosessplan"

// bookWords are the fixed words only the workbook needs: sheet names, the
// captions of the extra sheets, data-validation messages and the change
// report, each in the three languages; bookText holds them. Column titles,
// the captions the documents share (Hvem, Ansvar, Møtedato, Tegnforklaring
// …), months and enum labels come from render/internal/words and the
// prosessplan Label methods.
type bookWords struct {
	Schedule, Political, Organisation, Participation, Lists prosessplan.Text // sheet names
	Check, Severity, Code, Message                          prosessplan.Text // problems of a draft
	// Column titles of the short (workshop) template.
	ColFrom, ColTo, AgendaItem, Leads, Output prosessplan.Text

	DesiredResult, Version prosessplan.Text
	DoneBar, CancelledBar  prosessplan.Text
	PhaseBand, Today       prosessplan.Text
	TitleWord, Unit, Email prosessplan.Text
	Activities             prosessplan.Text
	Critical               prosessplan.Text // column title: on the critical path
	Decides                prosessplan.Text
	Yes                    prosessplan.Text
	Page                   prosessplan.Text // footer "Side &P av &N"

	DateTitle, DateMsg     prosessplan.Text // date validation
	ListTitle, ListMsg     prosessplan.Text // type/status validation
	PersonTitle, PersonMsg prosessplan.Text

	// Change report and read errors.
	Changed, From, To              prosessplan.Text
	NewActivity, Deleted, Moved    prosessplan.Text
	NewPhase, DeletedPhase         prosessplan.Text
	InPhase, MovedTo               prosessplan.Text
	BadDate, BadKind, BadStatus    prosessplan.Text
	Duplicate, NoActivity, NoPhase prosessplan.Text
	NotOurs, NoHeader              prosessplan.Text
	NotXLSX                        prosessplan.Text
	// Limits and damage (Read).
	TooBig, PartTooBig, UnpacksTooBig prosessplan.Text
	Damaged, DamagedRows, DamagedHelp prosessplan.Text
	Formula                           prosessplan.Text
	// Found completes NotXLSX with what the file is, by NotProsessplanError.Found.
	Found map[string]prosessplan.Text
}

// bookText is the one table of bookWords.
var bookText = bookWords{
	Schedule: prosessplan.Text{NB: "Framdrift", NN: "Framdrift", EN: "Schedule"},
	Political: prosessplan.Text{
		NB: "Politisk behandling",
		NN: "Politisk handsaming",
		EN: "Political process",
	},
	Organisation:  prosessplan.Text{NB: "Organisering", NN: "Organisering", EN: "Organisation"},
	Participation: prosessplan.Text{NB: "Medvirkning", NN: "Medverknad", EN: "Participation"},
	Lists:         prosessplan.Text{NB: "Lister", NN: "Lister", EN: "Lists"},
	Check:         prosessplan.Text{NB: "Kontroll", NN: "Kontroll", EN: "Check"},
	Severity:      prosessplan.Text{NB: "Alvor", NN: "Alvor", EN: "Severity"},
	Code:          prosessplan.Text{NB: "Kode", NN: "Kode", EN: "Code"},
	Message: prosessplan.Text{
		NB: "Hva som mangler eller bør rettes",
		NN: "Kva som manglar eller bør rettast",
		EN: "What is missing or should be fixed",
	},
	ColFrom:       prosessplan.Text{NB: "Fra", NN: "Frå", EN: "From"},
	ColTo:         prosessplan.Text{NB: "Til", NN: "Til", EN: "To"},
	AgendaItem:    prosessplan.Text{NB: "Agendapunkt", NN: "Agendapunkt", EN: "Agenda item"},
	Leads:         prosessplan.Text{NB: "Leder", NN: "Leiar", EN: "Leads"},
	Output:        prosessplan.Text{NB: "Resultat", NN: "Resultat", EN: "Output"},
	DesiredResult: prosessplan.Text{NB: "Ønsket resultat", NN: "Ønskt resultat", EN: "Desired result"},
	Version:       prosessplan.Text{NB: "Versjon", NN: "Versjon", EN: "Version"},
	DoneBar: prosessplan.Text{
		NB: "Ferdig (lysere farge)",
		NN: "Ferdig (lysare farge)",
		EN: "Done (lighter colour)",
	},
	CancelledBar: prosessplan.Text{NB: "Avlyst (grå)", NN: "Avlyst (grå)", EN: "Cancelled (grey)"},
	PhaseBand: prosessplan.Text{
		NB: "Fase (fra første start til siste slutt)",
		NN: "Fase (frå første start til siste slutt)",
		EN: "Phase (first start to last end)",
	},
	Today:      prosessplan.Text{NB: "I dag", NN: "I dag", EN: "Today"},
	TitleWord:  prosessplan.Text{NB: "Tittel", NN: "Tittel", EN: "Title"},
	Unit:       prosessplan.Text{NB: "Enhet", NN: "Eining", EN: "Unit"},
	Email:      prosessplan.Text{NB: "E-post", NN: "E-post", EN: "Email"},
	Activities: prosessplan.Text{NB: "Aktiviteter", NN: "Aktivitetar", EN: "Activities"},
	Critical: prosessplan.Text{ // column title: on the critical path
		NB: "Kritisk",
		NN: "Kritisk",
		EN: "Critical",
	},
	Decides: prosessplan.Text{NB: "Vedtar", NN: "Vedtek", EN: "Decides"},
	Yes:     prosessplan.Text{NB: "Ja", NN: "Ja", EN: "Yes"},
	Page: prosessplan.Text{ // footer "Side &P av &N"
		NB: "Side &P av &N",
		NN: "Side &P av &N",
		EN: "Page &P of &N",
	},
	DateTitle: prosessplan.Text{NB: "Ugyldig dato", NN: "Ugyldig dato", EN: "Invalid date"},
	DateMsg: prosessplan.Text{
		NB: "Skriv en dato, for eksempel 07.12.2017.",
		NN: "Skriv ein dato, til dømes 07.12.2017.",
		EN: "Enter a date, for example 2017-12-07.",
	},
	ListTitle: prosessplan.Text{NB: "Velg fra lista", NN: "Vel frå lista", EN: "Choose from the list"},
	ListMsg: prosessplan.Text{
		NB: "Velg en verdi fra nedtrekkslista.",
		NN: "Vel ein verdi frå nedtrekkslista.",
		EN: "Choose a value from the drop-down list.",
	},
	PersonTitle: prosessplan.Text{NB: "Ukjent navn", NN: "Ukjend namn", EN: "Unknown name"},
	PersonMsg: prosessplan.Text{
		NB: "Navnet står ikke på lista. Vil du bruke det likevel?",
		NN: "Namnet står ikkje på lista. Vil du bruke det likevel?",
		EN: "The name is not on the list. Use it anyway?",
	},
	Changed:      prosessplan.Text{NB: "endret", NN: "endra", EN: "changed"},
	From:         prosessplan.Text{NB: "fra", NN: "frå", EN: "from"},
	To:           prosessplan.Text{NB: "til", NN: "til", EN: "to"},
	NewActivity:  prosessplan.Text{NB: "ny aktivitet", NN: "ny aktivitet", EN: "new activity"},
	Deleted:      prosessplan.Text{NB: "er slettet", NN: "er sletta", EN: "deleted"},
	Moved:        prosessplan.Text{NB: "er flyttet", NN: "er flytta", EN: "moved"},
	NewPhase:     prosessplan.Text{NB: "ny fase", NN: "ny fase", EN: "new phase"},
	DeletedPhase: prosessplan.Text{NB: "fasen er slettet", NN: "fasen er sletta", EN: "phase deleted"},
	InPhase:      prosessplan.Text{NB: "i fase", NN: "i fase", EN: "in phase"},
	MovedTo:      prosessplan.Text{NB: "til fase", NN: "til fase", EN: "to phase"},
	BadDate: prosessplan.Text{
		NB: "%s er ikke en gyldig dato",
		NN: "%s er ikkje ein gyldig dato",
		EN: "%s is not a valid date",
	},
	BadKind: prosessplan.Text{
		NB: "%s er ikke en aktivitetstype; velg en av: %s",
		NN: "%s er ikkje ein aktivitetstype; vel ein av: %s",
		EN: "%s is not an activity type; choose one of: %s",
	},
	BadStatus: prosessplan.Text{
		NB: "%s er ikke en status; velg en av: %s",
		NN: "%s er ikkje ein status; vel ein av: %s",
		EN: "%s is not a status; choose one of: %s",
	},
	Duplicate: prosessplan.Text{
		NB: "nummeret %s er brukt før, i rad %d",
		NN: "nummeret %s er brukt før, i rad %d",
		EN: "the number %s is used before, in row %d",
	},
	NoActivity: prosessplan.Text{
		NB: "raden mangler aktivitet",
		NN: "rada manglar aktivitet",
		EN: "the row has no activity",
	},
	NoPhase: prosessplan.Text{
		NB: "aktiviteten står over første fase",
		NN: "aktiviteten står over første fase",
		EN: "the activity is above the first phase",
	},
	NotOurs: prosessplan.Text{
		NB: "%s er en arbeidsbok, men ikke en som prosessplan har skrevet — den mangler det skjulte arket «%s»",
		NN: "%s er ei arbeidsbok, men ikkje ei som prosessplan har skrive — ho manglar det skjulte arket «%s»",
		EN: "%s is a workbook, but not one prosessplan wrote — it lacks the hidden sheet “%s”",
	},
	NoHeader: prosessplan.Text{
		NB: "fant ikke overskriftsraden med kolonnene %s",
		NN: "fann ikkje overskriftsrada med kolonnane %s",
		EN: "found no header row with the columns %s",
	},
	NotXLSX: prosessplan.Text{
		NB: "%s er ikke en Excel-arbeidsbok (xlsx)",
		NN: "%s er ikkje ei Excel-arbeidsbok (xlsx)",
		EN: "%s is not an Excel workbook (xlsx)",
	},
	TooBig: prosessplan.Text{
		NB: "%s er større enn %d MiB, langt større enn en arbeidsbok fra prosessplan; filen leses ikke",
		NN: "%s er større enn %d MiB, langt større enn ei arbeidsbok frå prosessplan; fila blir ikkje lesen",
		EN: "%s is larger than %d MiB, far larger than a workbook from prosessplan; the file is not read",
	},
	PartTooBig: prosessplan.Text{
		NB: "%s pakker delen %s ut til %s, mer enn grensen på %d MiB for én del; en arbeidsbok fra prosessplan er langt mindre, så filen leses ikke",
		NN: "%s pakkar delen %s ut til %s, meir enn grensa på %d MiB for éin del; ei arbeidsbok frå prosessplan er langt mindre, så fila blir ikkje lesen",
		EN: "%s unpacks its part %s to %s, more than the limit of %d MiB for one part; a workbook from prosessplan is far smaller, so the file is not read",
	},
	UnpacksTooBig: prosessplan.Text{
		NB: "%s pakker seg ut til mer enn %d MiB, langt mer enn en arbeidsbok fra prosessplan; filen leses ikke",
		NN: "%s pakkar seg ut til meir enn %d MiB, langt meir enn ei arbeidsbok frå prosessplan; fila blir ikkje lesen",
		EN: "%s unpacks to more than %d MiB, far more than a workbook from prosessplan; the file is not read",
	},
	Damaged: prosessplan.Text{
		NB: "det skjulte arket «%s», der prosessplan har lagret planfilen og radene slik de ble skrevet, er skadet",
		NN: "det skjulte arket «%s», der prosessplan har lagra planfila og radene slik dei vart skrivne, er skadd",
		EN: "the hidden sheet “%s”, where prosessplan stored the plan file and the rows as written, is damaged",
	},
	DamagedRows: prosessplan.Text{
		NB: "de lagrede radene stopper ved linje %d",
		NN: "dei lagra radene stoppar ved linje %d",
		EN: "the stored rows stop at line %d",
	},
	DamagedHelp: prosessplan.Text{
		NB: "Lag arbeidsboka på nytt fra planfilen med «prosessplan render», og gjør endringene der",
		NN: "Lag arbeidsboka på nytt frå planfila med «prosessplan render», og gjer endringane der",
		EN: "Make the workbook again from the plan file with “prosessplan render”, and make the changes there",
	},
	Formula: prosessplan.Text{
		NB: "formelen «=%s» har ingen lagret verdi og kan ikke regnes ut; skriv verdien i cellen, eller åpne og lagre arbeidsboka i Excel eller LibreOffice først",
		NN: "formelen «=%s» har ingen lagra verdi og kan ikkje reknast ut; skriv verdien i cella, eller opne og lagre arbeidsboka i Excel eller LibreOffice først",
		EN: "the formula “=%s” has no stored value and cannot be worked out; type the value into the cell, or open and save the workbook in Excel or LibreOffice first",
	},
	Found: map[string]prosessplan.Text{
		"pdf":  {NB: ", men en PDF-fil", NN: ", men ei PDF-fil", EN: ", but a PDF file"},
		"xls":  {NB: ", men en fil i det gamle Excel-formatet (xls) eller et annet eldre Office-format; lagre den som .xlsx", NN: ", men ei fil i det gamle Excel-formatet (xls) eller eit anna eldre Office-format; lagre henne som .xlsx", EN: ", but a file in the old Excel format (xls) or another old Office format; save it as .xlsx"},
		"docx": {NB: ", men et Word-dokument", NN: ", men eit Word-dokument", EN: ", but a Word document"},
		"ods":  {NB: ", men et OpenDocument-regneark (ods); lagre det som .xlsx", NN: ", men eit OpenDocument-rekneark (ods); lagre det som .xlsx", EN: ", but an OpenDocument spreadsheet (ods); save it as .xlsx"},
	},
}

// languages lists the languages in the order the reader tries them.
var languages = []prosessplan.Language{prosessplan.Bokmal, prosessplan.Nynorsk, prosessplan.English}
