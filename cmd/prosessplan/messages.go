package main

import (
	"fmt"
	"io"
	"syscall"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// messages are the command's own sentences, each in the three languages;
// msgs holds them. The problems themselves come worded from the library.
type messages struct {
	noProblems prosessplan.Text // file
	counts     prosessplan.Text // errors, warnings, advice, each with its noun (see count)
	hasErrors  prosessplan.Text // file, errors with their noun
	// Singular and plural of the nouns the counts use.
	errorN, warningN, adviceN [2]prosessplan.Text
	notOurs                   prosessplan.Text    // path
	unknownFormat             prosessplan.Text    // format, list
	unknownLang               prosessplan.Text    // lang
	unknownType               prosessplan.Text    // type, list
	unknownPDF                prosessplan.Text    // value
	wrote                     prosessplan.Text    // path (for -o of new and import)
	importChanges             [2]prosessplan.Text // n: one change, several
	importNoChange            prosessplan.Text
	interrupted               prosessplan.Text
	oneWorkbook               prosessplan.Text
	exists                    prosessplan.Text // path

	// Command-line mistakes.
	flagUnknown   prosessplan.Text // -flag
	flagNeedsArg  prosessplan.Text // -flag
	flagBadValue  prosessplan.Text // value, -flag
	seeHelp       prosessplan.Text // command
	onePlan       prosessplan.Text
	placeholderNo prosessplan.Text
	unusedTmpl    prosessplan.Text // formats
	unusedArchive prosessplan.Text // formats
	newLang       prosessplan.Text // value
	newArg        prosessplan.Text // argument
	newStart      prosessplan.Text // value

	// Files: what could not be done, and why.
	cannotRead, cannotWrite prosessplan.Text // path, reason
	tooLarge                prosessplan.Text // limit, kind (with its article)
	kinds                   [kindFolder + 1]prosessplan.Text
	isDir, isFIFO, isDevice prosessplan.Text
	notRegular, notFolder   prosessplan.Text
	notExist, permission    prosessplan.Text
	errnos                  map[syscall.Errno]prosessplan.Text
	otherOS                 prosessplan.Text // the error
	cannotMake              prosessplan.Text // path, the writer's error
	tooWide                 prosessplan.Text // path of a workbook whose timeline is wider than a sheet
	sameName                prosessplan.Text // name, new name
	missingChars            prosessplan.Text // path, the characters (see missingList)
	missingMore             prosessplan.Text // how many more characters

	// Municipal profiles of a joint plan (-profile with kommuner).
	profileNotFound prosessplan.Text // profile, path, municipality
	profileBadName  prosessplan.Text // municipality, profile

	// The Word template.
	tmplNotWord, tmplEncrypted, tmplMacro, tmplTooLarge prosessplan.Text // template
	tmplPlaceholder                                     prosessplan.Text // placeholder, template
	tmplOther                                           prosessplan.Text // template, error
}

// msgs is the one table of messages.
var msgs = messages{
	noProblems: prosessplan.Text{ // file
		NB: "%s: ingen problemer funnet.",
		NN: "%s: ingen problem funne.",
		EN: "%s: no problems found.",
	},
	counts: prosessplan.Text{ // errors, warnings, advice, each with its noun (see count)
		NB: "%s, %s, %s.",
		NN: "%s, %s, %s.",
		EN: "%s, %s, %s.",
	},
	hasErrors: prosessplan.Text{ // file, errors with their noun
		NB: "%s har %s og blir ikke laget. Rett feilene, eller bruk -draft for å lage et utkast med problemene i et vedlegg.",
		NN: "%s har %s og blir ikkje laga. Rett feila, eller bruk -draft for å lage eit utkast med problema i eit vedlegg.",
		EN: "%s has %s and is not rendered. Fix them, or use -draft to render a draft that lists the problems in an appendix.",
	},
	errorN: [2]prosessplan.Text{
		{NB: "feil", NN: "feil", EN: "error"},
		{NB: "feil", NN: "feil", EN: "errors"},
	},
	warningN: [2]prosessplan.Text{
		{NB: "advarsel", NN: "åtvaring", EN: "warning"},
		{NB: "advarsler", NN: "åtvaringar", EN: "warnings"},
	},
	adviceN: [2]prosessplan.Text{
		{NB: "råd", NN: "råd", EN: "piece of advice"},
		{NB: "råd", NN: "råd", EN: "pieces of advice"},
	},
	notOurs: prosessplan.Text{ // path
		NB: "%s finnes fra før og er ikke skrevet av prosessplan, eller er endret siden. Flytt den, velg en annen mappe med -o, eller bruk -force for å overskrive den.",
		NN: "%s finst frå før og er ikkje skriven av prosessplan, eller er endra sidan. Flytt han, vel ei anna mappe med -o, eller bruk -force for å skrive over han.",
		EN: "%s exists and was not written by prosessplan, or was changed since. Move it, choose another folder with -o, or use -force to overwrite it.",
	},
	unknownFormat: prosessplan.Text{ // format, list
		NB: "ukjent format %q: velg blant %s",
		NN: "ukjend format %q: vel mellom %s",
		EN: "unknown format %q: choose from %s",
	},
	unknownLang: prosessplan.Text{ // lang
		NB: "ukjent språk %q: velg nb, nn eller en",
		NN: "ukjend språk %q: vel nb, nn eller en",
		EN: "unknown language %q: choose nb, nn or en",
	},
	unknownType: prosessplan.Text{ // type, list
		NB: "ukjent plantype %q: velg blant %s",
		NN: "ukjend plantype %q: vel mellom %s",
		EN: "unknown plan type %q: choose from %s",
	},
	unknownPDF: prosessplan.Text{ // value
		NB: "ukjent verdi %q for -pdf: velg publisering eller arkiv",
		NN: "ukjend verdi %q for -pdf: vel publisering eller arkiv",
		EN: "unknown value %q for -pdf: choose publisering or arkiv",
	},
	wrote: prosessplan.Text{ // path (for -o of new and import)
		NB: "skrev %s",
		NN: "skreiv %s",
		EN: "wrote %s",
	},
	importChanges: [2]prosessplan.Text{
		{NB: "%d endring fra regnearket:", NN: "%d endring frå reknearket:", EN: "%d change from the workbook:"},
		{NB: "%d endringer fra regnearket:", NN: "%d endringar frå reknearket:", EN: "%d changes from the workbook:"},
	}, // n: one change, several
	importNoChange: prosessplan.Text{
		NB: "Ingen endringer fra regnearket.",
		NN: "Ingen endringar frå reknearket.",
		EN: "No changes from the workbook.",
	},
	interrupted: prosessplan.Text{
		NB: "avbrutt; ingen filer er endret.",
		NN: "avbrote; ingen filer er endra.",
		EN: "interrupted; no file was changed.",
	},
	oneWorkbook: prosessplan.Text{
		NB: "oppgi ett regneark (.xlsx); se prosessplan import -h",
		NN: "oppgi eitt rekneark (.xlsx); sjå prosessplan import -h",
		EN: "give one workbook (.xlsx); see prosessplan import -h",
	},
	exists: prosessplan.Text{ // path
		NB: "%s finnes fra før; bruk -force for å overskrive den",
		NN: "%s finst frå før; bruk -force for å skrive over han",
		EN: "%s exists; use -force to overwrite it",
	},
	flagUnknown: prosessplan.Text{ // -flag
		NB: "ukjent valg %s",
		NN: "ukjend val %s",
		EN: "unknown flag %s",
	},
	flagNeedsArg: prosessplan.Text{ // -flag
		NB: "valget %s må ha en verdi",
		NN: "valet %s må ha ein verdi",
		EN: "flag %s needs a value",
	},
	flagBadValue: prosessplan.Text{ // value, -flag
		NB: "ugyldig verdi %q for %s",
		NN: "ugyldig verdi %q for %s",
		EN: "invalid value %q for %s",
	},
	seeHelp: prosessplan.Text{ // command
		NB: "Se: prosessplan %s -h",
		NN: "Sjå: prosessplan %s -h",
		EN: "See: prosessplan %s -h",
	},
	onePlan: prosessplan.Text{
		NB: "bare én planfil om gangen",
		NN: "berre éi planfil om gongen",
		EN: "one plan file at a time",
	},
	placeholderNo: prosessplan.Text{
		NB: "-placeholder trenger en mal (-template)",
		NN: "-placeholder treng ein mal (-template)",
		EN: "-placeholder needs a template (-template)",
	},
	unusedTmpl: prosessplan.Text{ // formats
		NB: "-template brukes bare av Word-filene (docx, saksframlegg) og av -pdf arkiv, og -format %s lager ingen av dem; ta bort -template eller velg et format som bruker malen",
		NN: "-template blir berre brukt av Word-filene (docx, saksframlegg) og av -pdf arkiv, og -format %s lagar ingen av dei; ta bort -template eller vel eit format som brukar malen",
		EN: "-template is used only by the Word files (docx, saksframlegg) and by -pdf arkiv, and -format %s makes none of them; drop -template or choose a format that uses it",
	},
	unusedArchive: prosessplan.Text{ // formats
		NB: "-pdf arkiv gjelder bare PDF-filene, og -format %s lager ingen; ta bort -pdf arkiv eller legg til pdf",
		NN: "-pdf arkiv gjeld berre PDF-filene, og -format %s lagar ingen; ta bort -pdf arkiv eller legg til pdf",
		EN: "-pdf arkiv applies to the PDF files only, and -format %s makes none; drop -pdf arkiv or add pdf",
	},
	newLang: prosessplan.Text{ // value
		NB: "ukjent målform %q: velg nb eller nn",
		NN: "ukjend målform %q: vel nb eller nn",
		EN: "unknown written standard %q: choose nb or nn",
	},
	newArg: prosessplan.Text{ // argument
		NB: "uventet argument %q; planfilen oppgis med -o",
		NN: "uventa argument %q; planfila blir oppgitt med -o",
		EN: "unexpected argument %q; name the plan file with -o",
	},
	newStart: prosessplan.Text{ // value
		NB: "-start %q er ikke en dato som 2027-01-04",
		NN: "-start %q er ikkje ein dato som 2027-01-04",
		EN: "-start %q is not a date like 2027-01-04",
	},
	cannotRead: prosessplan.Text{
		NB: "kan ikke lese %s: %s",
		NN: "kan ikkje lese %s: %s",
		EN: "cannot read %s: %s",
	},
	cannotWrite: prosessplan.Text{
		NB: "kan ikke skrive %s: %s",
		NN: "kan ikkje skrive %s: %s",
		EN: "cannot write %s: %s",
	},
	tooLarge: prosessplan.Text{ // limit, kind (with its article)
		NB: "fila er større enn %s, som er det meste %s kan være",
		NN: "fila er større enn %s, som er det meste %s kan vere",
		EN: "the file is larger than %s, the most %s may be",
	},
	kinds: [kindFolder + 1]prosessplan.Text{
		kindPlan:     {NB: "en planfil", NN: "ei planfil", EN: "a plan file"},
		kindTemplate: {NB: "en Word-mal", NN: "ein Word-mal", EN: "a Word template"},
		kindWorkbook: {NB: "et regneark", NN: "eit rekneark", EN: "a workbook"},
		kindProfile:  {NB: "en kommuneprofil", NN: "ein kommuneprofil", EN: "a municipal profile"},
		kindLogo:     {NB: "en logo", NN: "ein logo", EN: "a logo"},
		kindManifest: {NB: "sjekksumfila .prosessplan.sha256", NN: "sjekksumfila .prosessplan.sha256", EN: "the checksum file .prosessplan.sha256"},
		kindOutput:   {NB: "en fil", NN: "ei fil", EN: "a file"},
		kindFolder:   {NB: "en mappe", NN: "ei mappe", EN: "a folder"},
	},
	isDir: prosessplan.Text{
		NB: "det er en mappe, ikke en fil",
		NN: "det er ei mappe, ikkje ei fil",
		EN: "it is a folder, not a file",
	},
	isFIFO: prosessplan.Text{
		NB: "det er en navngitt rørledning (FIFO), ikke en vanlig fil",
		NN: "det er ei namngitt røyrleidning (FIFO), ikkje ei vanleg fil",
		EN: "it is a named pipe (FIFO), not a regular file",
	},
	isDevice: prosessplan.Text{
		NB: "det er en enhet, ikke en vanlig fil",
		NN: "det er ei eining, ikkje ei vanleg fil",
		EN: "it is a device, not a regular file",
	},
	notRegular: prosessplan.Text{
		NB: "det er ikke en vanlig fil",
		NN: "det er ikkje ei vanleg fil",
		EN: "it is not a regular file",
	},
	notFolder: prosessplan.Text{
		NB: "det er en fil, ikke en mappe",
		NN: "det er ei fil, ikkje ei mappe",
		EN: "it is a file, not a folder",
	},
	notExist: prosessplan.Text{
		NB: "fila eller mappen finnes ikke",
		NN: "fila eller mappa finst ikkje",
		EN: "no such file or folder",
	},
	permission: prosessplan.Text{
		NB: "du har ikke tilgang til den",
		NN: "du har ikkje tilgang til ho",
		EN: "permission denied",
	},
	errnos: map[syscall.Errno]prosessplan.Text{
		syscall.EROFS:        {NB: "filsystemet er skrivebeskyttet", NN: "filsystemet er skriveverna", EN: "the file system is read-only"},
		syscall.ENOSPC:       {NB: "disken er full", NN: "disken er full", EN: "the disk is full"},
		syscall.EDQUOT:       {NB: "diskkvoten er brukt opp", NN: "diskkvoten er brukt opp", EN: "the disk quota is used up"},
		syscall.ENAMETOOLONG: {NB: "navnet er for langt", NN: "namnet er for langt", EN: "the name is too long"},
		syscall.ENOTDIR:      {NB: "en del av stien er ikke en mappe", NN: "ein del av stien er ikkje ei mappe", EN: "part of the path is not a folder"},
		syscall.ELOOP:        {NB: "for mange symbolske lenker i stien", NN: "for mange symbolske lenkjer i stien", EN: "too many symbolic links in the path"},
		syscall.EISDIR:       {NB: "det er en mappe, ikke en fil", NN: "det er ei mappe, ikkje ei fil", EN: "it is a folder, not a file"},
		syscall.EIO:          {NB: "lese- eller skrivefeil på disken", NN: "lese- eller skrivefeil på disken", EN: "an input/output error on the disk"},
		syscall.EBUSY:        {NB: "fila er i bruk", NN: "fila er i bruk", EN: "the file is in use"},
	},
	otherOS: prosessplan.Text{ // the error
		NB: "uventet feil fra systemet (%v)",
		NN: "uventa feil frå systemet (%v)",
		EN: "unexpected error from the system (%v)",
	},
	cannotMake: prosessplan.Text{ // path, the writer's error
		NB: "kunne ikke lage %s (feil i programmet: %v); meld gjerne fra om det",
		NN: "kunne ikkje lage %s (feil i programmet: %v); meld gjerne frå om det",
		EN: "could not make %s (a fault in the program: %v); please report it",
	},
	tooWide: prosessplan.Text{ // path of a workbook whose timeline is wider than a sheet
		NB: "kunne ikke lage %s: datoene i planen ligger så langt fra hverandre at tidslinjen blir bredere enn et regneark har kolonner — " +
			"rett årstallene (prosessplan check viser dem), eller lag de andre formatene med -format uten xlsx",
		NN: "kunne ikkje lage %s: datoane i planen ligg så langt frå kvarandre at tidslinja blir breiare enn eit rekneark har kolonnar — " +
			"rett årstala (prosessplan check viser dei), eller lag dei andre formata med -format utan xlsx",
		EN: "could not make %s: the plan's dates lie so far apart that its timeline is wider than a worksheet has columns — " +
			"correct the years (prosessplan check shows them), or make the other formats with a -format without xlsx",
	},
	sameName: prosessplan.Text{ // name, new name
		NB: "to dokumenter ville fått filnavnet %s; det siste skrives som %s",
		NN: "to dokument ville fått filnamnet %s; det siste blir skrive som %s",
		EN: "two documents would get the file name %s; the second is written as %s",
	},
	missingChars: prosessplan.Text{ // path, the characters (see missingList)
		NB: "advarsel: %s: ingen skrift i PDF-en har disse tegnene, så de står som «?»: %s",
		NN: "åtvaring: %s: ingen skrift i PDF-en har desse teikna, så dei står som «?»: %s",
		EN: "warning: %s: no font of the PDF has these characters, so they are drawn as «?»: %s",
	},
	missingMore: prosessplan.Text{ // how many more characters
		NB: "og %d til",
		NN: "og %d til",
		EN: "and %d more",
	},
	profileNotFound: prosessplan.Text{
		NB: "merknad: fant ikke profilen «%s» (%s) — saksframleggene til %s får standardoppsettet",
		NN: "merknad: fann ikkje profilen «%s» (%s) — saksframlegga til %s får standardoppsettet",
		EN: "note: profile %q not found (%s) — the saksframlegg of %s get the default layout",
	},
	profileBadName: prosessplan.Text{
		NB: "merknad: %s: profilen «%s» er ikke et filnavn — skriv bare bokstaver, sifre og bindestrek, f.eks. «saltdal»",
		NN: "merknad: %s: profilen «%s» er ikkje eit filnamn — skriv berre bokstavar, siffer og bindestrek, t.d. «saltdal»",
		EN: "note: %s: profile %q is not a file name — write only letters, digits and hyphens, e.g. \"saltdal\"",
	},
	tmplNotWord: prosessplan.Text{
		NB: "malen %s er ikke et Word-dokument (.dotx eller .docx)",
		NN: "malen %s er ikkje eit Word-dokument (.dotx eller .docx)",
		EN: "the template %s is not a Word document (.dotx or .docx)",
	},
	tmplEncrypted: prosessplan.Text{
		NB: "malen %s er passordbeskyttet; lagre den uten passord",
		NN: "malen %s er passordverna; lagre han utan passord",
		EN: "the template %s is password-protected; save it without a password",
	},
	tmplMacro: prosessplan.Text{
		NB: "malen %s har makroer (.dotm/.docm); lagre den som .dotx uten makroer",
		NN: "malen %s har makroar (.dotm/.docm); lagre han som .dotx utan makroar",
		EN: "the template %s has macros (.dotm/.docm); save it as a .dotx without macros",
	},
	tmplTooLarge: prosessplan.Text{
		NB: "malen %s er for stor, eller pakker seg ut til altfor mye",
		NN: "malen %s er for stor, eller pakkar seg ut til altfor mykje",
		EN: "the template %s is too large, or unpacks to far too much",
	},
	tmplPlaceholder: prosessplan.Text{ // placeholder, template
		NB: "fant ikke %s i malen %s; se -placeholder i prosessplan render -h",
		NN: "fann ikkje %s i malen %s; sjå -placeholder i prosessplan render -h",
		EN: "%s was not found in the template %s; see -placeholder in prosessplan render -h",
	},
	tmplOther: prosessplan.Text{ // template, error
		NB: "malen %s kan ikke brukes (%v)",
		NN: "malen %s kan ikkje brukast (%v)",
		EN: "the template %s cannot be used (%v)",
	},
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
	fmt.Fprintf(w, msgs.counts.In(l)+"\n", count(n[0], msgs.errorN, l), count(n[1], msgs.warningN, l), count(n[2], msgs.adviceN, l))
}

// count writes n with the singular or plural of a noun: "1 advarsel",
// "0 advarsler", in language l. All three languages use the singular for
// exactly one.
func count(n int, noun [2]prosessplan.Text, l prosessplan.Language) string {
	if n == 1 {
		return "1 " + noun[0].In(l)
	}
	return fmt.Sprintf("%d %s", n, noun[1].In(l))
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
