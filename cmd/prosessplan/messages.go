package main

import (
	"fmt"
	"io"
	"syscall"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// messages are the command's own sentences in one language. The problems
// themselves come worded from the library.
type messages struct {
	noProblems string // file
	counts     string // errors, warnings, advice, each with its noun (see count)
	hasErrors  string // file, errors with their noun
	// Singular and plural of the nouns the counts use.
	errorN, warningN, adviceN [2]string
	notOurs                   string    // path
	unknownFormat             string    // format, list
	unknownLang               string    // lang
	unknownType               string    // type, list
	unknownPDF                string    // value
	wrote                     string    // path (for -o of new and import)
	importChanges             [2]string // n: one change, several
	importNoChange            string
	interrupted               string
	oneWorkbook               string
	exists                    string // path

	// Command-line mistakes.
	flagUnknown   string // -flag
	flagNeedsArg  string // -flag
	flagBadValue  string // value, -flag
	seeHelp       string // command
	onePlan       string
	placeholderNo string
	unusedTmpl    string // formats
	unusedArchive string // formats
	newLang       string // value
	newArg        string // argument
	newStart      string // value

	// Files: what could not be done, and why.
	cannotRead, cannotWrite string // path, reason
	tooLarge                string // limit, kind (with its article)
	kinds                   [kindFolder + 1]string
	isDir, isFIFO, isDevice string
	notRegular, notFolder   string
	notExist, permission    string
	errnos                  map[syscall.Errno]string
	otherOS                 string // the error
	cannotMake              string // path, the writer's error
	tooWide                 string // path of a workbook whose timeline is wider than a sheet
	sameName                string // name, new name
	missingChars            string // path, the characters (see missingList)
	missingMore             string // how many more characters

	// The Word template.
	tmplNotWord, tmplEncrypted, tmplMacro, tmplTooLarge string // template
	tmplPlaceholder                                     string // placeholder, template
	tmplOther                                           string // template, error
}

var msgs = map[prosessplan.Language]*messages{
	prosessplan.Bokmal: {
		noProblems:     "%s: ingen problemer funnet.",
		counts:         "%s, %s, %s.",
		errorN:         [2]string{"feil", "feil"},
		warningN:       [2]string{"advarsel", "advarsler"},
		adviceN:        [2]string{"råd", "råd"},
		hasErrors:      "%s har %s og blir ikke laget. Rett feilene, eller bruk -draft for å lage et utkast med problemene i et vedlegg.",
		notOurs:        "%s finnes fra før og er ikke skrevet av prosessplan, eller er endret siden. Flytt den, velg en annen mappe med -o, eller bruk -force for å overskrive den.",
		unknownFormat:  "ukjent format %q: velg blant %s",
		unknownLang:    "ukjent språk %q: velg nb, nn eller en",
		unknownType:    "ukjent plantype %q: velg blant %s",
		unknownPDF:     "ukjent verdi %q for -pdf: velg publisering eller arkiv",
		wrote:          "skrev %s",
		importChanges:  [2]string{"%d endring fra regnearket:", "%d endringer fra regnearket:"},
		importNoChange: "Ingen endringer fra regnearket.",
		interrupted:    "avbrutt; ingen filer er endret.",
		oneWorkbook:    "oppgi ett regneark (.xlsx); se prosessplan import -h",
		exists:         "%s finnes fra før; bruk -force for å overskrive den",

		flagUnknown:   "ukjent valg %s",
		flagNeedsArg:  "valget %s må ha en verdi",
		flagBadValue:  "ugyldig verdi %q for %s",
		seeHelp:       "Se: prosessplan %s -h",
		onePlan:       "bare én planfil om gangen",
		placeholderNo: "-placeholder trenger en mal (-template)",
		unusedTmpl:    "-template brukes bare av Word-filene (docx, saksframlegg) og av -pdf arkiv, og -format %s lager ingen av dem; ta bort -template eller velg et format som bruker malen",
		unusedArchive: "-pdf arkiv gjelder bare PDF-filene, og -format %s lager ingen; ta bort -pdf arkiv eller legg til pdf",
		newLang:       "ukjent målform %q: velg nb eller nn",
		newArg:        "uventet argument %q; planfilen oppgis med -o",
		newStart:      "-start %q er ikke en dato som 2027-01-04",

		cannotRead:  "kan ikke lese %s: %s",
		cannotWrite: "kan ikke skrive %s: %s",
		tooLarge:    "fila er større enn %s, som er det meste %s kan være",
		kinds: [...]string{kindPlan: "en planfil", kindTemplate: "en Word-mal", kindWorkbook: "et regneark",
			kindProfile: "en kommuneprofil", kindLogo: "en logo", kindManifest: "sjekksumfila .prosessplan.sha256",
			kindOutput: "en fil", kindFolder: "en mappe"},
		isDir:      "det er en mappe, ikke en fil",
		isFIFO:     "det er en navngitt rørledning (FIFO), ikke en vanlig fil",
		isDevice:   "det er en enhet, ikke en vanlig fil",
		notRegular: "det er ikke en vanlig fil",
		notFolder:  "det er en fil, ikke en mappe",
		notExist:   "fila eller mappen finnes ikke",
		permission: "du har ikke tilgang til den",
		errnos: map[syscall.Errno]string{
			syscall.EROFS:        "filsystemet er skrivebeskyttet",
			syscall.ENOSPC:       "disken er full",
			syscall.EDQUOT:       "diskkvoten er brukt opp",
			syscall.ENAMETOOLONG: "navnet er for langt",
			syscall.ENOTDIR:      "en del av stien er ikke en mappe",
			syscall.ELOOP:        "for mange symbolske lenker i stien",
			syscall.EISDIR:       "det er en mappe, ikke en fil",
			syscall.EIO:          "lese- eller skrivefeil på disken",
			syscall.EBUSY:        "fila er i bruk",
		},
		otherOS:      "uventet feil fra systemet (%v)",
		cannotMake:   "kunne ikke lage %s (feil i programmet: %v); meld gjerne fra om det",
		sameName:     "to dokumenter ville fått filnavnet %s; det siste skrives som %s",
		missingChars: "advarsel: %s: ingen skrift i PDF-en har disse tegnene, så de står som «?»: %s",
		missingMore:  "og %d til",
		tooWide: "kunne ikke lage %s: datoene i planen ligger så langt fra hverandre at tidslinjen blir bredere enn et regneark har kolonner — " +
			"rett årstallene (prosessplan check viser dem), eller lag de andre formatene med -format uten xlsx",

		tmplNotWord:     "malen %s er ikke et Word-dokument (.dotx eller .docx)",
		tmplEncrypted:   "malen %s er passordbeskyttet; lagre den uten passord",
		tmplMacro:       "malen %s har makroer (.dotm/.docm); lagre den som .dotx uten makroer",
		tmplTooLarge:    "malen %s er for stor, eller pakker seg ut til altfor mye",
		tmplPlaceholder: "fant ikke %s i malen %s; se -placeholder i prosessplan render -h",
		tmplOther:       "malen %s kan ikke brukes (%v)",
	},
	prosessplan.Nynorsk: {
		noProblems:     "%s: ingen problem funne.",
		counts:         "%s, %s, %s.",
		errorN:         [2]string{"feil", "feil"},
		warningN:       [2]string{"åtvaring", "åtvaringar"},
		adviceN:        [2]string{"råd", "råd"},
		hasErrors:      "%s har %s og blir ikkje laga. Rett feila, eller bruk -draft for å lage eit utkast med problema i eit vedlegg.",
		notOurs:        "%s finst frå før og er ikkje skriven av prosessplan, eller er endra sidan. Flytt han, vel ei anna mappe med -o, eller bruk -force for å skrive over han.",
		unknownFormat:  "ukjend format %q: vel mellom %s",
		unknownLang:    "ukjend språk %q: vel nb, nn eller en",
		unknownType:    "ukjend plantype %q: vel mellom %s",
		unknownPDF:     "ukjend verdi %q for -pdf: vel publisering eller arkiv",
		wrote:          "skreiv %s",
		importChanges:  [2]string{"%d endring frå reknearket:", "%d endringar frå reknearket:"},
		importNoChange: "Ingen endringar frå reknearket.",
		interrupted:    "avbrote; ingen filer er endra.",
		oneWorkbook:    "oppgi eitt rekneark (.xlsx); sjå prosessplan import -h",
		exists:         "%s finst frå før; bruk -force for å skrive over han",

		flagUnknown:   "ukjend val %s",
		flagNeedsArg:  "valet %s må ha ein verdi",
		flagBadValue:  "ugyldig verdi %q for %s",
		seeHelp:       "Sjå: prosessplan %s -h",
		onePlan:       "berre éi planfil om gongen",
		placeholderNo: "-placeholder treng ein mal (-template)",
		unusedTmpl:    "-template blir berre brukt av Word-filene (docx, saksframlegg) og av -pdf arkiv, og -format %s lagar ingen av dei; ta bort -template eller vel eit format som brukar malen",
		unusedArchive: "-pdf arkiv gjeld berre PDF-filene, og -format %s lagar ingen; ta bort -pdf arkiv eller legg til pdf",
		newLang:       "ukjend målform %q: vel nb eller nn",
		newArg:        "uventa argument %q; planfila blir oppgitt med -o",
		newStart:      "-start %q er ikkje ein dato som 2027-01-04",

		cannotRead:  "kan ikkje lese %s: %s",
		cannotWrite: "kan ikkje skrive %s: %s",
		tooLarge:    "fila er større enn %s, som er det meste %s kan vere",
		kinds: [...]string{kindPlan: "ei planfil", kindTemplate: "ein Word-mal", kindWorkbook: "eit rekneark",
			kindProfile: "ein kommuneprofil", kindLogo: "ein logo", kindManifest: "sjekksumfila .prosessplan.sha256",
			kindOutput: "ei fil", kindFolder: "ei mappe"},
		isDir:      "det er ei mappe, ikkje ei fil",
		isFIFO:     "det er ei namngitt røyrleidning (FIFO), ikkje ei vanleg fil",
		isDevice:   "det er ei eining, ikkje ei vanleg fil",
		notRegular: "det er ikkje ei vanleg fil",
		notFolder:  "det er ei fil, ikkje ei mappe",
		notExist:   "fila eller mappa finst ikkje",
		permission: "du har ikkje tilgang til ho",
		errnos: map[syscall.Errno]string{
			syscall.EROFS:        "filsystemet er skriveverna",
			syscall.ENOSPC:       "disken er full",
			syscall.EDQUOT:       "diskkvoten er brukt opp",
			syscall.ENAMETOOLONG: "namnet er for langt",
			syscall.ENOTDIR:      "ein del av stien er ikkje ei mappe",
			syscall.ELOOP:        "for mange symbolske lenkjer i stien",
			syscall.EISDIR:       "det er ei mappe, ikkje ei fil",
			syscall.EIO:          "lese- eller skrivefeil på disken",
			syscall.EBUSY:        "fila er i bruk",
		},
		otherOS:      "uventa feil frå systemet (%v)",
		cannotMake:   "kunne ikkje lage %s (feil i programmet: %v); meld gjerne frå om det",
		sameName:     "to dokument ville fått filnamnet %s; det siste blir skrive som %s",
		missingChars: "åtvaring: %s: ingen skrift i PDF-en har desse teikna, så dei står som «?»: %s",
		missingMore:  "og %d til",
		tooWide: "kunne ikkje lage %s: datoane i planen ligg så langt frå kvarandre at tidslinja blir breiare enn eit rekneark har kolonnar — " +
			"rett årstala (prosessplan check viser dei), eller lag dei andre formata med -format utan xlsx",

		tmplNotWord:     "malen %s er ikkje eit Word-dokument (.dotx eller .docx)",
		tmplEncrypted:   "malen %s er passordverna; lagre han utan passord",
		tmplMacro:       "malen %s har makroar (.dotm/.docm); lagre han som .dotx utan makroar",
		tmplTooLarge:    "malen %s er for stor, eller pakkar seg ut til altfor mykje",
		tmplPlaceholder: "fann ikkje %s i malen %s; sjå -placeholder i prosessplan render -h",
		tmplOther:       "malen %s kan ikkje brukast (%v)",
	},
	prosessplan.English: {
		noProblems:     "%s: no problems found.",
		counts:         "%s, %s, %s.",
		errorN:         [2]string{"error", "errors"},
		warningN:       [2]string{"warning", "warnings"},
		adviceN:        [2]string{"piece of advice", "pieces of advice"},
		hasErrors:      "%s has %s and is not rendered. Fix them, or use -draft to render a draft that lists the problems in an appendix.",
		notOurs:        "%s exists and was not written by prosessplan, or was changed since. Move it, choose another folder with -o, or use -force to overwrite it.",
		unknownFormat:  "unknown format %q: choose from %s",
		unknownLang:    "unknown language %q: choose nb, nn or en",
		unknownType:    "unknown plan type %q: choose from %s",
		unknownPDF:     "unknown value %q for -pdf: choose publisering or arkiv",
		wrote:          "wrote %s",
		importChanges:  [2]string{"%d change from the workbook:", "%d changes from the workbook:"},
		importNoChange: "No changes from the workbook.",
		interrupted:    "interrupted; no file was changed.",
		oneWorkbook:    "give one workbook (.xlsx); see prosessplan import -h",
		exists:         "%s exists; use -force to overwrite it",

		flagUnknown:   "unknown flag %s",
		flagNeedsArg:  "flag %s needs a value",
		flagBadValue:  "invalid value %q for %s",
		seeHelp:       "See: prosessplan %s -h",
		onePlan:       "one plan file at a time",
		placeholderNo: "-placeholder needs a template (-template)",
		unusedTmpl:    "-template is used only by the Word files (docx, saksframlegg) and by -pdf arkiv, and -format %s makes none of them; drop -template or choose a format that uses it",
		unusedArchive: "-pdf arkiv applies to the PDF files only, and -format %s makes none; drop -pdf arkiv or add pdf",
		newLang:       "unknown written standard %q: choose nb or nn",
		newArg:        "unexpected argument %q; name the plan file with -o",
		newStart:      "-start %q is not a date like 2027-01-04",

		cannotRead:  "cannot read %s: %s",
		cannotWrite: "cannot write %s: %s",
		tooLarge:    "the file is larger than %s, the most %s may be",
		kinds: [...]string{kindPlan: "a plan file", kindTemplate: "a Word template", kindWorkbook: "a workbook",
			kindProfile: "a municipal profile", kindLogo: "a logo", kindManifest: "the checksum file .prosessplan.sha256",
			kindOutput: "a file", kindFolder: "a folder"},
		isDir:      "it is a folder, not a file",
		isFIFO:     "it is a named pipe (FIFO), not a regular file",
		isDevice:   "it is a device, not a regular file",
		notRegular: "it is not a regular file",
		notFolder:  "it is a file, not a folder",
		notExist:   "no such file or folder",
		permission: "permission denied",
		errnos: map[syscall.Errno]string{
			syscall.EROFS:        "the file system is read-only",
			syscall.ENOSPC:       "the disk is full",
			syscall.EDQUOT:       "the disk quota is used up",
			syscall.ENAMETOOLONG: "the name is too long",
			syscall.ENOTDIR:      "part of the path is not a folder",
			syscall.ELOOP:        "too many symbolic links in the path",
			syscall.EISDIR:       "it is a folder, not a file",
			syscall.EIO:          "an input/output error on the disk",
			syscall.EBUSY:        "the file is in use",
		},
		otherOS:      "unexpected error from the system (%v)",
		cannotMake:   "could not make %s (a fault in the program: %v); please report it",
		sameName:     "two documents would get the file name %s; the second is written as %s",
		missingChars: "warning: %s: no font of the PDF has these characters, so they are drawn as «?»: %s",
		missingMore:  "and %d more",
		tooWide: "could not make %s: the plan's dates lie so far apart that its timeline is wider than a worksheet has columns — " +
			"correct the years (prosessplan check shows them), or make the other formats with a -format without xlsx",

		tmplNotWord:     "the template %s is not a Word document (.dotx or .docx)",
		tmplEncrypted:   "the template %s is password-protected; save it without a password",
		tmplMacro:       "the template %s has macros (.dotm/.docm); save it as a .dotx without macros",
		tmplTooLarge:    "the template %s is too large, or unpacks to far too much",
		tmplPlaceholder: "%s was not found in the template %s; see -placeholder in prosessplan render -h",
		tmplOther:       "the template %s cannot be used (%v)",
	},
}

func msgFor(l prosessplan.Language) *messages {
	if m, ok := msgs[l]; ok {
		return m
	}
	return msgs[prosessplan.Bokmal]
}

// parseLang reads a -lang value; "" means "the plan's".
func parseLang(s string) (prosessplan.Language, bool) {
	switch s {
	case "":
		return "", true
	case "nb", "nn", "en":
		return prosessplan.Language(s), true
	}
	return "", false
}

// printProblems writes one line per problem, as compilers do:
// "plan.yaml:12:5: feil: message [PP-CODE]", and a count.
func printProblems(w io.Writer, ps prosessplan.Problems, l prosessplan.Language) {
	var n [3]int
	for _, p := range ps {
		pos := ""
		if p.Pos.File != "" {
			pos = p.Pos.File + ":"
		}
		if p.Pos.Line > 0 {
			pos += fmt.Sprintf("%d:", p.Pos.Line)
			if p.Pos.Col > 0 {
				pos += fmt.Sprintf("%d:", p.Pos.Col)
			}
		}
		if pos != "" {
			pos += " "
		}
		code := ""
		if p.Code != "" {
			code = " [" + p.Code + "]"
		}
		fmt.Fprintf(w, "%s%s: %s%s\n", pos, p.Severity.Label(l), p.Message(l), code)
		if p.Severity >= prosessplan.SeverityError && p.Severity <= prosessplan.SeverityAdvice {
			n[p.Severity]++
		}
	}
	m := msgFor(l)
	fmt.Fprintf(w, m.counts+"\n", count(n[0], m.errorN), count(n[1], m.warningN), count(n[2], m.adviceN))
}

// count writes n with the singular or plural of a noun: "1 advarsel",
// "0 advarsler". All three languages use the singular for exactly one.
func count(n int, noun [2]string) string {
	if n == 1 {
		return "1 " + noun[0]
	}
	return fmt.Sprintf("%d %s", n, noun[1])
}

func countErrors(ps prosessplan.Problems) int {
	n := 0
	for _, p := range ps {
		if p.Severity == prosessplan.SeverityError {
			n++
		}
	}
	return n
}
