package prosessplan

import (
	"errors"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/internal/lazyregexp"
	"github.com/prosessplan/go-prosessplan/internal/yamlfile"
)

// yamlExplain is one of the YAML parser's messages in a planner's words:
// what is wrong, and what to do.
type yamlExplain struct {
	raw      string // the parser's message, or its beginning
	what, do Text
}

// yamlMessages explains the YAML parser's messages a plan file is likely
// to meet. A slice, not a map, so that a message matching two entries by
// prefix always gets the same one.
var yamlMessages = []yamlExplain{
	{"did not find expected key",
		Text{"innrykket stemmer ikke med linjene over, eller en nøkkel mangler kolon", "innrykket stemmer ikkje med linjene over, eller ein nøkkel manglar kolon", "the indentation does not match the lines above, or a key lacks its colon"},
		Text{"sett nøkler som hører sammen, rett under hverandre, og skriv «: » etter hver nøkkel", "set nøklar som høyrer saman, rett under kvarandre, og skriv «: » etter kvar nøkkel", "put keys that belong together straight below each other, and write \": \" after each key"}},
	{"could not find expected ':'",
		Text{"en nøkkel mangler kolon etter seg", "ein nøkkel manglar kolon etter seg", "a key lacks the colon after it"},
		Text{"skriv «: » etter nøkkelen, som i «navn: Oppstart», eller sett en tekst over flere linjer i anførselstegn", "skriv «: » etter nøkkelen, som i «navn: Oppstart», eller set ein tekst over fleire linjer i hermeteikn", "write \": \" after the key, as in \"navn: Oppstart\", or put a text of several lines in quotes"}},
	{"mapping values are not allowed in this context",
		Text{"et kolon står på feil sted", "eit kolon står på feil stad", "a colon stands in the wrong place"},
		Text{"står det «: » inne i en tekst, sett hele teksten i anførselstegn", "står det «: » inne i ein tekst, set heile teksten i hermeteikn", "if a text holds \": \", put the whole text in quotes"}},
	{"found character that cannot start any token",
		Text{"et tegn som ikke kan stå her, ofte en tabulator i innrykket", "eit teikn som ikkje kan stå her, ofte ein tabulator i innrykket", "a character that cannot stand here, often a tab in the indentation"},
		Text{"bruk mellomrom i innrykket, og sett en tekst som begynner med @ eller ` i anførselstegn", "bruk mellomrom i innrykket, og set ein tekst som byrjar med @ eller ` i hermeteikn", "indent with spaces, and put a text starting with @ or ` in quotes"}},
	{"found a tab character",
		Text{"innrykket har en tabulator", "innrykket har ein tabulator", "the indentation has a tab"},
		Text{"bruk mellomrom i innrykket", "bruk mellomrom i innrykket", "indent with spaces"}},
	{"did not find expected '-' indicator",
		Text{"et listeelement mangler «- », eller har feil innrykk", "eit listeelement manglar «- », eller har feil innrykk", "a list item lacks \"- \", or is indented wrongly"},
		Text{"begynn hvert element med «- », rett under «- » i elementet over", "byrj kvart element med «- », rett under «- » i elementet over", "start each item with \"- \", straight below the \"- \" of the item above"}},
	{"block sequence entries are not allowed in this context",
		Text{"et listeelement («- ») står på feil sted", "eit listeelement («- ») står på feil stad", "a list item (\"- \") stands in the wrong place"},
		Text{"skriv nøkkelen alene på linjen over («deltakere:») og elementene under, eller sett teksten i anførselstegn", "skriv nøkkelen åleine på linja over («deltakere:») og elementa under, eller set teksten i hermeteikn", "write the key alone on the line above (\"deltakere:\") and the items below it, or put the text in quotes"}},
	{"did not find expected node content",
		Text{"en verdi mangler", "ein verdi manglar", "a value is missing"},
		Text{"skriv verdien, eller fjern kommaet eller parentesen for mye", "skriv verdien, eller fjern kommaet eller parentesen for mykje", "write the value, or remove the extra comma or bracket"}},
	{"found unexpected end of stream",
		Text{"filen slutter midt i en verdi", "fila sluttar midt i ein verdi", "the file ends in the middle of a value"},
		Text{"sett inn anførselstegnet eller parentesen som avslutter verdien", "set inn hermeteiknet eller parentesen som avsluttar verdien", "add the closing quote or bracket of the value"}},
	{"did not find expected ',' or ']'",
		Text{"en liste i [ ] er ikke avsluttet", "ei liste i [ ] er ikkje avslutta", "a list in [ ] is not closed"},
		Text{"skriv komma mellom elementene og «]» etter det siste", "skriv komma mellom elementa og «]» etter det siste", "write commas between the items and \"]\" after the last"}},
	{"did not find expected ',' or '}'",
		Text{"nøkler i { } er ikke avsluttet", "nøklar i { } er ikkje avslutta", "keys in { } are not closed"},
		Text{"skriv komma mellom nøklene og «}» etter den siste", "skriv komma mellom nøklane og «}» etter den siste", "write commas between the keys and \"}\" after the last"}},
	{"did not find expected comment or line break",
		Text{"det står noe etter et avsluttende anførselstegn", "det står noko etter eit avsluttande hermeteikn", "something follows a closing quote"},
		Text{"sett hele teksten i anførselstegn, og skriv \\\" for et anførselstegn inne i den", "set heile teksten i hermeteikn, og skriv \\\" for eit hermeteikn inne i han", "put the whole text in quotes, and write \\\" for a quote inside it"}},
	{"found unknown escape character",
		Text{"ukjent tegn etter \\ i en tekst i doble anførselstegn", "ukjend teikn etter \\ i ein tekst i doble hermeteikn", "an unknown character after \\ in a text in double quotes"},
		Text{"skriv \\\\ for en omvendt skråstrek, eller bruk enkle anførselstegn", "skriv \\\\ for ein omvend skråstrek, eller bruk enkle hermeteikn", "write \\\\ for a backslash, or use single quotes"}},
	{"found undefined tag handle",
		Text{"en verdi begynner med utropstegn (!)", "ein verdi byrjar med utropsteikn (!)", "a value starts with an exclamation mark (!)"},
		Text{"sett teksten i anførselstegn", "set teksten i hermeteikn", "put the text in quotes"}},
	{"unknown anchor",
		Text{"en verdi begynner med stjerne (*), som i YAML viser til et anker (&)", "ein verdi byrjar med stjerne (*), som i YAML viser til eit anker (&)", "a value starts with an asterisk (*), which in YAML refers to an anchor (&)"},
		Text{"sett teksten i anførselstegn", "set teksten i hermeteikn", "put the text in quotes"}},
	{"did not find expected alphabetic or numeric character",
		Text{"en verdi begynner med & eller * uten et navn etter", "ein verdi byrjar med & eller * utan eit namn etter", "a value starts with & or * without a name after it"},
		Text{"sett teksten i anførselstegn", "set teksten i hermeteikn", "put the text in quotes"}},
	{"control characters are not allowed",
		Text{"filen har et usynlig kontrolltegn", "fila har eit usynleg kontrollteikn", "the file holds an invisible control character"},
		Text{"slett tegnet (det kommer ofte med tekst limt inn fra et annet program)", "slett teiknet (det kjem ofte med tekst limt inn frå eit anna program)", "delete it (it often comes with text pasted from another program)"}},
	{"exceeded max depth",
		Text{"verdiene er nestet i for mange nivåer (lister i lister eller nøkler i nøkler)", "verdiane er nesta i for mange nivå (lister i lister eller nøklar i nøklar)", "the values are nested too deep (lists in lists or keys in keys)"},
		Text{"en plan har bare noen få nivåer — sjekk at det er riktig fil", "ein plan har berre nokre få nivå — sjekk at det er rett fil", "a plan has only a few levels — check that it is the right file"}},
	{"invalid leading UTF-8 octet",
		Text{"filen er ikke lagret som UTF-8", "fila er ikkje lagra som UTF-8", "the file is not saved as UTF-8"},
		Text{"lagre filen som UTF-8 i redigeringsprogrammet", "lagre fila som UTF-8 i redigeringsprogrammet", "save the file as UTF-8 in the editor"}},
	{"invalid trailing UTF-8 octet",
		Text{"filen er ikke lagret som UTF-8", "fila er ikkje lagra som UTF-8", "the file is not saved as UTF-8"},
		Text{"lagre filen som UTF-8 i redigeringsprogrammet", "lagre fila som UTF-8 i redigeringsprogrammet", "save the file as UTF-8 in the editor"}},
	{"incomplete UTF-8 octet sequence",
		Text{"filen er ikke lagret som UTF-8", "fila er ikkje lagra som UTF-8", "the file is not saved as UTF-8"},
		Text{"lagre filen som UTF-8 i redigeringsprogrammet", "lagre fila som UTF-8 i redigeringsprogrammet", "save the file as UTF-8 in the editor"}},
}

// yamlFallback is said of a message yamlMessages does not know.
var yamlFallback = yamlExplain{"",
	Text{"filen er ikke gyldig YAML her", "fila er ikkje gyldig YAML her", "the file is not valid YAML here"},
	Text{"sjekk innrykk, kolon og anførselstegn her og på linjen over", "sjekk innrykk, kolon og hermeteikn her og på linja over", "check the indentation, colons and quotes here and on the line above"}}

func explainYAML(msg string) yamlExplain {
	for _, e := range yamlMessages {
		if msg == e.raw {
			return e
		}
	}
	for _, e := range yamlMessages {
		if strings.HasPrefix(msg, e.raw) {
			return e
		}
	}
	return yamlFallback
}

// syntax reports a YAML syntax error in the planner's words. The parser
// often names the line where the enclosing list or mapping began rather
// than the line at fault, so the line is taken as the first one at which
// the text, cut off after it, fails the same way. The parser gives no
// column; it is taken from the line: where its text begins, or the
// character the message is about. The parser's own (English) words are
// kept in the English message only, for those who know YAML.
func (d *planDecoder) syntax(err error, data []byte) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	pos := Pos{File: d.file}
	var se *yamlfile.SyntaxError
	if errors.As(err, &se) {
		pos.Line, msg = se.Line, se.Msg
	}
	if line := failingLine(data, msg, pos.Line); line > 0 {
		pos.Line = line
	}
	e := explainYAML(msg)
	what, do := e.what, e.do
	if pos.Line > 0 {
		lines := sourceLines(data, pos.Line)
		if pos.Line <= len(lines) {
			line := lines[pos.Line-1]
			pos.Col = syntaxCol(line, e.raw)
			indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
			switch {
			case e.raw == "found character that cannot start any token" && strings.Contains(indent, "\t"):
				e = explainYAML("found a tab character")
				what, do = e.what, e.do
			case e.raw == "found unexpected end of stream" && (runeAt(line, pos.Col) == '"' || runeAt(line, pos.Col) == '\''):
				what = Text{"teksten som begynner med anførselstegnet her, blir aldri avsluttet", "teksten som byrjar med hermeteiknet her, vert aldri avslutta", "the text that starts with the quote here is never closed"}
				do = Text{"sett et likt anførselstegn der teksten slutter", "set eit likt hermeteikn der teksten sluttar", "put the same quote where the text ends"}
			}
			if w, h, ok := indentHint(lines, pos.Line); ok {
				what, do = w, h
				pos.Col = syntaxCol(line, "")
			}
		}
	}
	what.EN += " (YAML: " + msg + ")"
	d.add(CodeDecodeSyntax, pos, joinText(what, Text{" — ", " — ", " — "}, do))
}

// sourceLines returns the first n lines of data, without line ends.
func sourceLines(data []byte, n int) []string {
	lines := make([]string, 0, n)
	for rest := string(data); len(lines) < n && rest != ""; {
		line, after, _ := strings.Cut(rest, "\n")
		lines = append(lines, strings.TrimSuffix(line, "\r"))
		rest = after
	}
	return lines
}

// syntaxCol returns the column (in characters, from 1) that a syntax
// message of kind raw points at in line: the character it is about when
// that can be found, else where the line's text begins; 0 on a blank line.
func syntaxCol(line, raw string) int {
	start := len(line) - len(strings.TrimLeft(line, " \t"))
	if start == len(line) {
		if i := strings.IndexByte(line, '\t'); i >= 0 {
			return utf8.RuneCountInString(line[:i]) + 1
		}
		return 0
	}
	off := start
	switch raw {
	case "found character that cannot start any token", "found a tab character":
		if i := strings.IndexByte(line, '\t'); i >= 0 {
			off = i
		}
	case "found unknown escape character":
		if i := strings.IndexByte(line, '\\'); i >= 0 {
			off = i
		}
	case "did not find expected ',' or ']'":
		if i := strings.IndexByte(line[start:], '['); i >= 0 {
			off = start + i
		}
	case "did not find expected ',' or '}'":
		if i := strings.IndexByte(line[start:], '{'); i >= 0 {
			off = start + i
		}
	case "found unexpected end of stream":
		if i := strings.IndexAny(line[start:], `"'[{`); i >= 0 {
			off = start + i
		}
	case "mapping values are not allowed in this context":
		// The colon after a key is fine, and the next one is not; on a
		// line of running text (words before the colon) the first is not.
		text := line[start:]
		if i := strings.Index(text, ":"); i >= 0 {
			if strings.ContainsAny(text[:i], " \t") {
				off = start + i
			} else if j := strings.Index(text[i+1:], ":"); j >= 0 {
				off = start + i + 1 + j
			}
		}
	}
	return utf8.RuneCountInString(line[:off]) + 1
}

// runeAt returns the character at column col (from 1) of line, or 0.
func runeAt(line string, col int) rune {
	for i, r := range []rune(line) {
		if i == col-1 {
			return r
		}
	}
	return 0
}

// srcLine is a line of a plan file as far as its indentation goes.
type srcLine struct {
	n      int    // line number
	indent int    // spaces before the text
	dash   bool   // the text begins with "- "
	key    string // the key, when the text (after any "- ") is "key:" or "key: value"
	keyCol int    // spaces before the key, or before the text after "- "
	value  bool   // the key has a value of one line after it
}

var reSrcKey = lazyregexp.New(`^([\p{L}\p{N}_][\p{L}\p{N}_.-]*):(?:\s+(.*))?$`)

// parseSrcLine reads the indentation of line number n; ok is false for a
// blank line or a comment.
func parseSrcLine(n int, line string) (l srcLine, ok bool) {
	l.n = n
	l.indent = len(line) - len(strings.TrimLeft(line, " "))
	text := strings.TrimRight(line[l.indent:], " \t")
	if text == "" || text[0] == '#' {
		return l, false
	}
	l.keyCol = l.indent
	if text == "-" || strings.HasPrefix(text, "- ") {
		l.dash = true
		inner := strings.TrimLeft(text[1:], " ")
		l.keyCol = l.indent + len(text) - len(inner)
		text = inner
	}
	if m := reSrcKey.FindStringSubmatch(text); m != nil {
		l.key = m[1]
		v := m[2]
		if i := strings.Index(v, " #"); i >= 0 {
			v = v[:i]
		}
		v = strings.TrimSpace(v)
		l.value = v != "" && v[0] != '#' && v[0] != '|' && v[0] != '>' && v[0] != '&'
	}
	return l, true
}

// knownKey reports whether key is a key of some object of the format.
func knownKey(key string) bool {
	for _, t := range tableOrder {
		for _, k := range keyTables[t] {
			if k == key {
				return true
			}
		}
	}
	return false
}

// indentHint explains a syntax error at line n (from 1) of lines that
// comes from the line's indentation: a key indented under a key that
// already has its value on its line (too far), or a line that lines up
// with none of the keys or list items it could belong to (too little, or
// too far). It says which line to line up with.
func indentHint(lines []string, n int) (what, do Text, ok bool) {
	f, ok := parseSrcLine(n, lines[n-1])
	if !ok {
		return what, do, false
	}
	// The lines still open at line n: the one above, and every line
	// before it indented less than those after it.
	var open []srcLine
	for i := n - 1; i >= 1; i-- {
		l, ok := parseSrcLine(i, lines[i-1])
		if !ok || (len(open) > 0 && l.indent >= open[len(open)-1].indent) {
			continue
		}
		open = append(open, l)
		if l.indent == 0 {
			break
		}
	}
	if len(open) == 0 {
		return what, do, false
	}
	tooFar := Text{"innrykket er for stort", "innrykket er for stort", "the line is indented too far"}
	tooLittle := Text{"innrykket er for lite", "innrykket er for lite", "the line is not indented far enough"}
	lineUp := func(name string, col int, at srcLine) Text {
		where := textf(Text{"på linje %d", "på linje %d", "on line %d"}, at.n)
		if at.n == n-1 {
			where = Text{"på linjen over", "på linja over", "on the line above"}
		}
		in := textf(Text{"%d mellomrom inn", "%d mellomrom inn", "%d spaces in"}, col)
		if col == 0 {
			in = Text{"uten innrykk", "utan innrykk", "not indented"}
		}
		return textf(Text{"linjen må stå på linje med «%s» %s (%s)",
			"linja må stå på linje med «%s» %s (%s)",
			"it must line up with \"%s\" %s (%s)"}, name, where, in)
	}
	above := open[0]
	if !f.dash && f.key != "" && knownKey(f.key) && above.key != "" && above.value && f.indent > above.keyCol {
		return tooFar, lineUp(above.key, above.keyCol, above), true
	}
	// Under a key that opens a block ("aktiviteter:") any deeper line is
	// in place, and so is a list at the key's own indentation.
	if above.key != "" && !above.value && (f.indent > above.keyCol || f.dash && f.indent == above.keyCol) {
		return what, do, false
	}
	if f.dash {
		// A list item lines up with the "- " of the items before it.
		best, found := srcLine{}, false
		for _, l := range open {
			if !l.dash {
				continue
			}
			if l.indent == f.indent {
				return what, do, false
			}
			if !found || abs(l.indent-f.indent) < abs(best.indent-f.indent) {
				best, found = l, true
			}
		}
		if !found {
			return what, do, false
		}
		w := tooFar
		if f.indent < best.indent {
			w = tooLittle
		}
		return w, lineUp("-", best.indent, best), true
	}
	if f.key == "" {
		return what, do, false
	}
	// A key lines up with a key still open: the nearest one further in
	// when the line is too little indented, the nearest one further out
	// when it is too far.
	var in, out *srcLine
	for k := range open {
		l := &open[k]
		if l.key == "" {
			continue
		}
		switch {
		case l.keyCol == f.indent:
			return what, do, false
		case l.keyCol > f.indent:
			if in == nil || l.keyCol < in.keyCol {
				in = l
			}
		default:
			if out == nil || l.keyCol > out.keyCol {
				out = l
			}
		}
	}
	switch {
	case in != nil:
		return tooLittle, lineUp(in.key, in.keyCol, *in), true
	case out != nil:
		return tooFar, lineUp(out.key, out.keyCol, *out), true
	}
	return what, do, false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// failingLine returns the first line n, from line from on, such that the
// first n lines of data fail to parse with message msg, or 0. It searches
// forward in growing steps, since the fault is usually a few lines after
// the line the parser names, and each try parses the text from the start.
func failingLine(data []byte, msg string, from int) int {
	if len(data) > 4<<20 {
		return 0
	}
	var ends []int // ends[i] is the offset just after line i+1
	for i, b := range data {
		if b == '\n' {
			ends = append(ends, i+1)
		}
	}
	if len(ends) == 0 || ends[len(ends)-1] != len(data) {
		ends = append(ends, len(data))
	}
	fails := func(n int) bool {
		_, err := yamlfile.Parse(data[:ends[n-1]])
		var se *yamlfile.SyntaxError
		return errors.As(err, &se) && se.Msg == msg
	}
	lo := max(from, 1) // lines before lo are known to pass (or not to matter)
	if lo > len(ends) {
		return 0
	}
	hi := lo
	for step := 1; !fails(hi); step *= 2 {
		if hi == len(ends) {
			return 0
		}
		lo = hi + 1
		hi = min(hi+step, len(ends))
	}
	// The first failing line is in [lo, hi].
	return lo + sort.Search(hi-lo, func(i int) bool { return fails(lo + i) })
}
