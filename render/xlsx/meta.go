package xlsx

import (
	"bufio"
	"encoding/csv"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/klauspost/compress/flate"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// metaPart writes the very hidden sheet (see hiddenSheets) as a finished,
// compressed package part: row 1 holds the marker, the layout version, the
// language, the clock flag and the Gantt sheet's name; from row 2 column A
// holds the plan file and column B the rows as written (CSV), in pieces
// under Excel's limit for a cell. It only reads the schedule, so it runs
// beside the rest of the workbook; the package writer puts it in place of
// the empty sheet excelize writes. The text is escaped here, once, rather
// than by excelize's stream writer, which copies each piece several times.
func (b *book) metaPart(pf <-chan planFile) (*part, error) {
	rows, err := b.rowsCSV()
	if err != nil {
		return nil, err
	}
	plan := <-pf
	if plan.err != nil {
		return nil, errEncode{plan.err}
	}
	planChunks := chunks(plan.text, chunkUnits)
	rowChunks := chunks(rows, chunkUnits)
	n := max(len(planChunks), len(rowChunks))

	p := &part{}
	fw, err := flate.NewWriter(&p.data, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	p.fw = fw
	w := bufio.NewWriterSize(p, 64<<10)
	clock := "0"
	if b.clock {
		clock = "1"
	}
	w.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	w.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`)
	w.WriteString(`<dimension ref="A1:E` + strconv.Itoa(1+n) + `"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>`)
	cell := func(ref, s string) {
		if s == "" {
			return
		}
		w.WriteString(`<c r="` + ref + `" t="inlineStr"><is><t`)
		switch s[0] {
		case ' ', '\t', '\n', '\r':
			w.WriteString(` xml:space="preserve"`)
		default:
			switch s[len(s)-1] {
			case ' ', '\t', '\n', '\r':
				w.WriteString(` xml:space="preserve"`)
			}
		}
		w.WriteByte('>')
		writeXMLText(w, s, true)
		w.WriteString(`</t></is></c>`)
	}
	w.WriteString(`<row r="1">`)
	for i, s := range []string{marker, layoutVersion, string(b.lang), clock, bookText.Schedule.In(b.lang)} {
		cell(string(rune('A'+i))+"1", s)
	}
	w.WriteString(`</row>`)
	for i := range n {
		r := strconv.Itoa(i + 2)
		w.WriteString(`<row r="` + r + `">`)
		if i < len(planChunks) {
			cell("A"+r, planChunks[i])
		}
		if i < len(rowChunks) {
			cell("B"+r, rowChunks[i])
		}
		w.WriteString(`</row>`)
	}
	w.WriteString(`</sheetData></worksheet>`)
	if err := w.Flush(); err != nil {
		return nil, err
	}
	err = p.fw.Close()
	p.fw = nil
	return p, err
}

// planFile is the plan file of the hidden sheet, or why it could not be
// written.
type planFile struct {
	text string
	err  error
}

// encodePlan encodes p as a plan file on another goroutine.
func encodePlan(p *prosessplan.Plan) <-chan planFile {
	c := make(chan planFile, 1)
	go func() {
		// A Builder, sized for the plan, hands over its text without the
		// copy a bytes.Buffer makes, and grows without copying it again
		// and again: the plan file of 50,000 activities is 20 MB.
		var b strings.Builder
		b.Grow(planFileSize(p))
		err := prosessplan.Encode(&b, p)
		c <- planFile{b.String(), err}
	}()
	return c
}

// rowBytes is about the length of a row of the table as CSV.
const rowBytes = 160

// planFileSize is about the length of p's plan file, a little more for
// most plans: what an activity, phase and the rest take in a generated plan.
func planFileSize(p *prosessplan.Plan) int {
	n := 16 << 10
	for _, ph := range p.Phases {
		n += 256 + 480*len(ph.Activities)
	}
	return n
}

// errEncode is the error of encoding the plan file.
type errEncode struct{ err error }

func (e errEncode) Error() string { return "encoding the plan file: " + e.err.Error() }
func (e errEncode) Unwrap() error { return e.err }

// rowsCSV returns the table values of every phase and activity row, with
// the column titles first, as CSV.
func (b *book) rowsCSV() (string, error) {
	var rows strings.Builder
	rows.Grow(rowBytes * (len(b.s.Activities) + len(b.p.Phases) + 1))
	cw := csv.NewWriter(&rows)
	rec := make([]string, len(b.cols))
	for i, c := range b.cols {
		rec[i] = colTitle(c.key, b.lang, b.clock)
	}
	if err := cw.Write(rec); err != nil {
		return "", err
	}
	err := b.eachRow(func(vals []interface{}, _ bool) error {
		for i, v := range vals {
			switch v := v.(type) {
			case string:
				rec[i] = v
			case float64:
				rec[i] = strconv.FormatFloat(v, 'f', -1, 64)
			default:
				rec[i] = ""
			}
		}
		return cw.Write(rec)
	})
	if err != nil {
		return "", err
	}
	cw.Flush()
	return rows.String(), cw.Error()
}

// writeXMLText writes s as XML text, escaped so that excelize (and Excel)
// read s back: the XML escapes, and a character XML cannot hold as U+FFFD
// (as encoding/xml does). For a cell's text (cell true) also "_x"
// followed by four hex digits and "_", which excelize and Excel read as an
// escaped character, with its underscore escaped as "_x005F_".
func writeXMLText(w *bufio.Writer, s string, cell bool) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '&' && c != '<' && c != '>' && c != '_' {
			i++
			continue
		}
		var esc string
		size := 1
		switch {
		case c == '&':
			esc = "&amp;"
		case c == '<':
			esc = "&lt;"
		case c == '>':
			esc = "&gt;"
		case c == '\r':
			esc = "&#xD;"
		case c == '\n' || c == '\t':
			i++
			continue
		case c == '_':
			if !cell || !escapedChar(s[i:]) {
				i++
				continue
			}
			// Written before the underscore, which follows as it is.
			w.WriteString(s[last:i])
			w.WriteString("_x005F")
			last = i
			i++
			continue
		case c < 0x20:
			esc = "\uFFFD"
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			size = n
			if r == utf8.RuneError && n == 1 || !xmlChar(r) {
				esc = "\uFFFD"
			} else {
				i += n
				continue
			}
		}
		w.WriteString(s[last:i])
		w.WriteString(esc)
		i += size
		last = i
	}
	w.WriteString(s[last:])
}

// escapedChar reports whether s starts with "_x", four hex digits and "_".
func escapedChar(s string) bool {
	if len(s) < 7 || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// xmlChar reports whether XML 1.0 allows r (above U+007F).
func xmlChar(r rune) bool {
	return r <= 0xD7FF || 0xE000 <= r && r <= 0xFFFD || 0x10000 <= r && r <= 0x10FFFF
}
