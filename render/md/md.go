// Package md writes a render.Document as CommonMark with pipe tables (the
// GitHub flavour), for reading in a repository, a wiki or a diff. The
// timeline becomes a table of phases by time column with the symbols of
// the activities in each column.
//
// User text is escaped so that it reads as written, never as Markdown, and
// control characters in it (an escape sequence, a bidirectional override)
// are replaced by U+FFFD, so the file shows in a terminal, a diff or a
// review as it will render.
//
// Write keeps no state between calls and does not modify the Document: it
// is safe for concurrent use, also on one Document from several
// goroutines.
package md

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/render"
)

// ErrNoDocument is returned by Write for a nil Document.
var ErrNoDocument = errors.New("md: nil document")

// Option adjusts Write. There are none yet; the parameter gives every
// writer of the module the same shape, Write(w, in, ...Option).
type Option func(*config)

type config struct{}

// Write writes d to w as Markdown. Every word comes from d.
func Write(w io.Writer, d *render.Document, opts ...Option) error {
	if d == nil {
		return ErrNoDocument
	}
	var c config
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	bw := bufio.NewWriter(w)
	m := &writer{w: bw, d: d}
	for i, bl := range d.Blocks {
		if i > 0 && m.wrote {
			m.nl()
		}
		m.wrote = true
		m.block(bl)
	}
	return bw.Flush()
}

type writer struct {
	w     *bufio.Writer
	d     *render.Document
	wrote bool
}

// s writes s, which may hold user text: every string the writer emits
// passes here, so no control character reaches the file.
func (m *writer) s(s string) {
	if !hasControl(s) {
		m.w.WriteString(s)
		return
	}
	m.w.WriteString(neutralise(s))
}

// control reports whether r is a control character that must not reach
// the file: C0 (but line feed and tab, which the writer's own layout
// uses, and which Escape has turned into spaces in user text), DEL, C1,
// and the bidirectional embeddings, overrides and isolates that can make
// text display in another order than it reads.
func control(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r >= 0x7f && r < 0xa0:
		return true
	}
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

func hasControl(s string) bool {
	for _, r := range s {
		if control(r) {
			return true
		}
	}
	return false
}

// neutralise replaces each control character of s with U+FFFD.
func neutralise(s string) string {
	var b strings.Builder
	for _, r := range s {
		if control(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}
func (m *writer) nl() { m.w.WriteByte('\n') }

func (m *writer) block(bl render.Block) {
	switch b := bl.(type) {
	case *render.Heading:
		m.s(strings.Repeat("#", min(b.Level+1, 6)) + " " + Escape(b.Text) + "\n")
	case *render.Paragraph:
		m.paragraph(b)
	case *render.List:
		m.list(b)
	case *render.Table:
		m.table(b)
	case *render.KeyValue:
		for _, p := range b.Pairs {
			m.s("- **" + Escape(p.Key) + ":** " + Escape(p.Value) + "\n")
		}
	case *render.Timeline:
		m.timeline(b)
	case *render.TableOfContents:
		m.toc(b)
	case *render.Section, *render.PageBreak:
		// Pages and orientation mean nothing in Markdown.
		m.wrote = false
	default:
		m.wrote = false
	}
}

func (m *writer) paragraph(p *render.Paragraph) {
	text := lineStart(runs(p.Runs))
	switch p.Style {
	case render.ToComplete:
		// Text the case officer must write: bracketed and italic, so it
		// stands out and is easy to search for.
		text = "*\\[" + text + "\\]*"
	case render.Note:
		text = "<small>" + text + "</small>"
	}
	m.s(text + "\n")
}

func (m *writer) list(l *render.List) {
	for i, it := range l.Items {
		if l.Ordered {
			m.s(fmt.Sprintf("%d. ", i+1))
		} else {
			m.s("- ")
		}
		m.s(lineStart(runs(it)) + "\n")
	}
}

func runs(rs []render.Run) string {
	var b strings.Builder
	for _, r := range rs {
		t := Escape(r.Text)
		if t == "" {
			continue
		}
		lead, core, trail := splitSpace(t)
		b.WriteString(lead)
		if r.Bold {
			core = "**" + core + "**"
		}
		if r.Italic {
			core = "*" + core + "*"
		}
		if r.Link != "" {
			core = "[" + core + "](" + linkDest(r.Link) + ")"
		}
		b.WriteString(core)
		b.WriteString(trail)
	}
	return b.String()
}

// splitSpace keeps spaces outside emphasis markers: "** x**" is not bold in CommonMark.
func splitSpace(s string) (lead, core, trail string) {
	core = strings.TrimLeft(s, " ")
	lead = s[:len(s)-len(core)]
	t := strings.TrimRight(core, " ")
	return lead, t, core[len(t):]
}

func linkDest(u string) string {
	if strings.ContainsAny(u, " ()<>") {
		return "<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(u) + ">"
	}
	return u
}

// Escape returns s with the characters Markdown would read as markup
// backslash-escaped, and line breaks turned into spaces.
func Escape(s string) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	s = collapseSpace(s)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '~', '!':
			b.WriteByte('\\')
		case '&':
			// Only an entity reference needs escaping; a plain "&" reads as written.
			if j := strings.IndexByte(s[i:], ';'); j > 1 && j < 10 && isEntity(s[i+1:i+j]) {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// lineStart escapes what would make text at the start of a line a list
// item or a heading underline: "9. januar" must not become a list.
func lineStart(s string) string {
	switch {
	case strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "+ ") || s == "-" || s == "+" || strings.HasPrefix(s, "="):
		return "\\" + s
	}
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 0 && n < 10 && n < len(s) && (s[n] == '.' || s[n] == ')') && (n+1 == len(s) || s[n+1] == ' ') {
		return s[:n] + "\\" + s[n:]
	}
	return s
}

// collapseSpace turns line breaks and tabs into spaces and runs of spaces
// into one, keeping a single leading or trailing space between runs.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

func isEntity(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '#') {
			return false
		}
	}
	return true
}

func (m *writer) table(t *render.Table) {
	if t.Caption != "" {
		m.s("**" + Escape(t.Caption) + "**\n\n")
	}
	n := len(t.Columns)
	m.s("|")
	for _, c := range t.Columns {
		m.s(" " + cell(Escape(c.Title)) + " |")
	}
	m.s("\n|")
	for _, c := range t.Columns {
		switch c.Align {
		case render.Center:
			m.s(" :---: |")
		case render.Right:
			m.s(" ---: |")
		default:
			m.s(" --- |")
		}
	}
	m.nl()
	for _, r := range t.Rows {
		m.s("|")
		col := 0
		for _, c := range r.Cells {
			if col >= n {
				break
			}
			m.s(" " + cell(runs(c.Runs)) + " |")
			col++
			// Pipe tables cannot span: the spanned columns stay empty.
			for k := 1; k < c.Span && col < n; k++ {
				m.s("  |")
				col++
			}
		}
		for ; col < n; col++ {
			m.s("  |")
		}
		m.nl()
	}
}

// cell keeps a table cell on one line and non-empty enough to parse.
func cell(s string) string {
	if s == "" {
		return ""
	}
	return s
}

func (m *writer) toc(t *render.TableOfContents) {
	m.s("**" + Escape(t.Title) + "**\n\n")
	for _, bl := range m.d.Blocks {
		h, ok := bl.(*render.Heading)
		if !ok || h.Level < 1 || h.Level > 2 {
			continue
		}
		m.s(strings.Repeat("  ", h.Level-1) + "- [" + Escape(h.Text) + "](#" + h.ID + ")\n")
	}
}

// barMark is what a bar without a symbol of its own shows in a cell.
func barMark(r render.TimelineRow) string {
	if r.Symbol != "" {
		return r.Symbol
	}
	if r.Hatched {
		return "▨"
	}
	return plainBar
}

// plainBar marks a bar without a symbol of its own (work). It is not ■,
// which is the folkemøte's symbol.
const plainBar = "▬"

// criticalMark marks the columns of activities on the critical path.
const criticalMark = "!"

func (m *writer) timeline(tl *render.Timeline) {
	if tl.Title != "" {
		m.s("**" + Escape(tl.Title) + "**\n\n")
	}
	if tl.AltText != "" {
		m.s(Escape(tl.AltText) + "\n\n")
	}
	if len(tl.Columns) == 0 {
		return
	}
	cap := m.d.Captions
	// The chart as text: each phase with its span, and under it each
	// activity with its symbol, number, name and dates, and a decision's
	// earlier meetings and deadline. A week grid of a long plan would be a
	// table of a hundred columns no one can read.
	for _, r := range tl.Rows {
		if r.Phase {
			label := r.Label
			if r.Number != "" && isNum(r.Number) {
				label = r.Number + " " + r.Label
			}
			m.s("- **" + Escape(label) + "**")
			if r.When != "" {
				m.s(" — " + Escape(r.When))
			}
			m.nl()
			continue
		}
		line := "  - " + barMark(r) + " " + Escape(strings.TrimSpace(r.Number+" "+r.Label))
		if r.When != "" {
			line += " — " + Escape(r.When)
		}
		if r.Critical {
			line += " " + criticalMark
		}
		for _, mk := range r.Marks {
			line += "; " + mk.Symbol + " " + Escape(mk.Label)
		}
		m.s(line + "\n")
	}
	// Legend, with what the shading mark means.
	m.nl()
	var items []string
	for _, l := range tl.Legend {
		mk := l.Symbol
		switch {
		case l.Critical:
			mk = criticalMark
		case mk != "":
		case l.Hatched:
			mk = "▨"
		default:
			mk = plainBar
		}
		items = append(items, mk+" "+Escape(l.Label))
	}
	m.s("*" + Escape(cap.Legend) + ":* " + strings.Join(items, " · ") + "\n")
}

func isNum(s string) bool {
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return s != ""
}
