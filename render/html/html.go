// Package html writes a render.Document as one self-contained, accessible
// web page: the process plan or a saksframlegg, ready to publish on a
// municipality's website as it is or to embed in an intranet page.
//
// The page makes no requests: the CSS is inline in a <style> element, the
// logo is a data: URI, and the timeline is inline SVG. It is built for the
// universal-design rules public bodies must follow (WCAG 2.1 AA): the
// document language on <html lang>, header/nav/main/footer landmarks, a
// skip link, headings in order (h1 for the title), tables with a <caption>
// and <th scope>, the timeline as an SVG image with a text alternative
// beside the activity table, colour never the only signal (each row's
// symbol, hatching for høring, a thick outline for the critical path), and
// at least 4.5:1 contrast for all text, whatever colours the municipal
// profile has: a profile colour too light for text is darkened just enough.
// Wide tables and the chart scroll inside their own focusable region, so
// the page reflows at 320 CSS px and at 200 % zoom; the print CSS gives A4
// pages, landscape for landscape sections, with table header rows
// repeated.
//
// The page is a whole document whose CSS styles html, body and the
// landmarks: to show it inside an intranet page, serve it as a page of its
// own or in an <iframe> (src or srcdoc), not pasted into another page.
//
// Fonts: by default the page names the profile's font and then a system
// font stack (Liberation Sans, Arial, Helvetica, DejaVu Sans, sans-serif)
// and downloads nothing. Every such font has æ ø å, and the page of the
// Bodø plan stays at about 60 kB (its logo included) instead of growing by
// 1.6 MB of base64 TrueType.
// [EmbedFonts] inlines Liberation Sans (SIL OFL 1.1, from render/pdf/fonts)
// for a page that must look the same everywhere, offline included.
//
// Every word on the page comes from the Document; the writer adds layout
// only. The whole page carries the Document's language: the Document does
// not yet say which text is in another (the plan's own words in an English
// document are Norwegian), so no element gets a lang of its own. All user text is escaped and control characters are removed. The
// output is deterministic, and Write is safe for concurrent use: it keeps
// no state between calls.
package html

import (
	"bufio"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/render"
)

// Option changes how Write lays out a page.
type Option func(*config)

type config struct {
	embedFonts bool
}

// EmbedFonts inlines Liberation Sans (regular, bold, italic) as @font-face
// data URIs, about 1.6 MB, so the page looks the same without the font
// installed. Symbols the font lacks come from the reader's system fonts.
func EmbedFonts() Option { return func(c *config) { c.embedFonts = true } }

// ErrNilDocument is returned by Write when the document is nil.
var ErrNilDocument = errors.New("html: nil document")

// Write writes d to w as one self-contained HTML page.
func Write(w io.Writer, d *render.Document, opts ...Option) error {
	if d == nil {
		return ErrNilDocument
	}
	var cfg config
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	h := &writer{w: bw, d: d, cfg: cfg, pal: newPalette(d.Profile.PrimaryColor, d.Profile.AccentColor), ids: map[string]bool{}}
	for _, b := range d.Blocks {
		if hd, ok := b.(*render.Heading); ok && hd.ID != "" {
			h.ids[hd.ID] = true
		}
	}
	h.page()
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("html: writing %s: %w", d.FileName, err)
	}
	return nil
}

type writer struct {
	w   *bufio.Writer
	d   *render.Document
	cfg config
	pal palette
	// ids are the ids on the page, so the writer's own never clash with
	// a heading's.
	ids map[string]bool
	seq int
	// level is the last heading level written (1–6), 0 before the first.
	level int
	// lastHeading is the id of the last heading, which labels a table
	// without a caption.
	lastHeading string
	inSection   bool
	hatches     []string // colours of the hatch patterns defined so far
}

func (h *writer) s(s string) { h.w.WriteString(s) }

// t writes user text, escaped.
func (h *writer) t(s string) { escape(h.w, s) }

// id returns a new id starting with prefix, unique on the page.
func (h *writer) id(prefix string) string {
	for {
		h.seq++
		id := prefix + strconv.Itoa(h.seq)
		if !h.ids[id] {
			h.ids[id] = true
			return id
		}
	}
}

func (h *writer) title() string {
	d := h.d
	for _, s := range []string{d.Title, d.Subject, d.FileName, d.Profile.Municipality, d.Author} {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return "–"
}

func (h *writer) page() {
	d := h.d
	title := h.title()
	h.s("<!DOCTYPE html>\n<html lang=\"")
	h.t(d.Language.Tag())
	h.s("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	h.t(title)
	h.s("</title>\n")
	h.meta("author", d.Author)
	h.meta("description", d.Subject)
	h.meta("keywords", strings.Join(d.Keywords, ", "))
	if !d.Created.IsZero() {
		h.meta("dcterms.created", d.Created.Format("2006-01-02"))
	}
	h.s("<style>\n")
	h.css()
	h.s("</style>\n</head>\n<body>\n")
	mainID := h.id("pp-main-")
	// The link text is the title of what it leads to; Captions has no
	// "skip to content" words yet.
	h.s("<a class=\"skip\" href=\"#" + mainID + "\">")
	h.t(title)
	h.s("</a>\n<header class=\"page-header\">\n")
	p := d.Profile
	if len(p.Logo) > 0 {
		h.s("<img class=\"logo\" src=\"data:image/png;base64,")
		h.s(base64.StdEncoding.EncodeToString(p.Logo))
		// Without alternative text the logo is decoration: the
		// municipality's name is printed beside it.
		h.s("\" alt=\"")
		h.t(p.LogoAlt)
		h.s("\">\n")
	}
	head := d.HeaderText
	if head == "" {
		head = p.Municipality
	}
	if head != "" {
		h.s("<p class=\"header-text\">")
		h.t(head)
		h.s("</p>\n")
	}
	h.s("</header>\n<main id=\"" + mainID + "\" tabindex=\"-1\">\n")
	for _, b := range d.Blocks {
		h.block(b)
	}
	if h.inSection {
		h.s("</div>\n")
	}
	h.s("</main>\n")
	if d.FooterText != "" {
		h.s("<footer class=\"page-footer\">\n<p>")
		h.t(d.FooterText)
		h.s("</p>\n</footer>\n")
	}
	h.s("</body>\n</html>\n")
}

func (h *writer) meta(name, content string) {
	if strings.TrimSpace(content) == "" {
		return
	}
	h.s("<meta name=\"" + name + "\" content=\"")
	h.t(content)
	h.s("\">\n")
}

func (h *writer) section(o render.Orientation) {
	if h.inSection {
		h.s("</div>\n")
	}
	h.inSection = true
	if o == render.Landscape {
		h.s("<div class=\"section wide\">\n")
	} else {
		h.s("<div class=\"section\">\n")
	}
}

func (h *writer) block(bl render.Block) {
	if !h.inSection {
		if s, ok := bl.(*render.Section); ok {
			h.section(s.Orientation)
			return
		}
		h.section(render.Portrait)
	}
	switch b := bl.(type) {
	case *render.Heading:
		h.heading(b)
	case *render.Paragraph:
		h.paragraph(b)
	case *render.List:
		h.list(b)
	case *render.Table:
		h.table(b)
	case *render.KeyValue:
		h.keyValue(b)
	case *render.Timeline:
		h.timeline(b)
	case *render.TableOfContents:
		h.toc(b)
	case *render.Section:
		h.section(b.Orientation)
	case *render.PageBreak:
		h.s("<div class=\"page-break\"></div>\n")
	}
}

// heading writes Level 0 as h1 and Level n as h(n+1); a level deeper than
// one below the previous heading is lifted, so no level is skipped.
func (h *writer) heading(hd *render.Heading) {
	lv := min(max(hd.Level+1, 1), 6, h.level+1)
	h.level = lv
	id := hd.ID
	if id == "" {
		id = h.id("pp-h-")
	}
	h.lastHeading = id
	tag := "h" + strconv.Itoa(lv)
	h.s("<" + tag + " id=\"")
	h.t(id)
	h.s("\">")
	h.t(hd.Text)
	h.s("</" + tag + ">\n")
}

func (h *writer) paragraph(p *render.Paragraph) {
	switch p.Style {
	case render.ToComplete:
		h.s("<p class=\"to-complete\">")
	case render.Note:
		h.s("<p class=\"note\">")
	default:
		h.s("<p>")
	}
	h.runs(p.Runs)
	h.s("</p>\n")
}

func (h *writer) runs(rs []render.Run) {
	for _, r := range rs {
		if r.Text == "" {
			continue
		}
		href, link := linkTarget(r.Link)
		if link {
			h.s("<a href=\"")
			h.t(href)
			h.s("\">")
		}
		if r.Bold {
			h.s("<strong>")
		}
		if r.Italic {
			h.s("<em>")
		}
		if r.Lang != "" {
			// The plan's own text in a page in another language.
			h.s("<span lang=\"")
			h.t(r.Lang.Tag())
			h.s("\">")
		}
		h.t(r.Text)
		if r.Lang != "" {
			h.s("</span>")
		}
		if r.Italic {
			h.s("</em>")
		}
		if r.Bold {
			h.s("</strong>")
		}
		if link {
			h.s("</a>")
		}
	}
}

// linkTarget accepts links within the page and to web and mail addresses;
// anything else (javascript:, data:, relative paths) stays plain text.
func linkTarget(l string) (string, bool) {
	l = strings.TrimSpace(l)
	switch {
	case l == "":
		return "", false
	case strings.HasPrefix(l, "#"):
		return l, len(l) > 1
	}
	low := strings.ToLower(l)
	for _, p := range []string{"https://", "http://", "mailto:"} {
		if strings.HasPrefix(low, p) && len(l) > len(p) {
			return l, true
		}
	}
	return "", false
}

func (h *writer) list(l *render.List) {
	tag := "ul"
	if l.Ordered {
		tag = "ol"
	}
	h.s("<" + tag + ">\n")
	for _, it := range l.Items {
		h.s("<li>")
		h.runs(it)
		h.s("</li>\n")
	}
	h.s("</" + tag + ">\n")
}

func (h *writer) keyValue(kv *render.KeyValue) {
	if len(kv.Pairs) == 0 {
		return
	}
	if kv.Header {
		h.s("<dl class=\"kv header-fields\">\n")
	} else {
		h.s("<dl class=\"kv\">\n")
	}
	for _, p := range kv.Pairs {
		h.s("<dt>")
		h.t(p.Key)
		h.s("</dt><dd>")
		if p.Value == "" {
			// A field to fill in: an empty line the reader can see.
			h.s("<span class=\"blank\"></span>")
		} else {
			h.t(p.Value)
		}
		h.s("</dd>\n")
	}
	h.s("</dl>\n")
}

func (h *writer) toc(t *render.TableOfContents) {
	title := t.Title
	if title == "" {
		title = h.d.Captions.Contents
	}
	entries := 0
	for _, bl := range h.d.Blocks {
		if hd, ok := bl.(*render.Heading); ok && hd.Level >= 1 && hd.Level <= 2 && hd.ID != "" {
			entries++
		}
	}
	if entries == 0 {
		return
	}
	id := h.id("pp-toc-")
	h.s("<nav class=\"toc\" aria-labelledby=\"" + id + "\">\n<p class=\"toc-title\" id=\"" + id + "\">")
	h.t(title)
	h.s("</p>\n<ul>\n")
	open := false // a nested list of level-2 entries is open
	first := true
	for _, bl := range h.d.Blocks {
		hd, ok := bl.(*render.Heading)
		if !ok || hd.Level < 1 || hd.Level > 2 || hd.ID == "" {
			continue
		}
		switch {
		case hd.Level == 2 && !first && !open:
			h.s("\n<ul>\n")
			open = true
		case hd.Level == 1 && open:
			h.s("</li>\n</ul>\n</li>\n")
			open = false
		case !first:
			h.s("</li>\n")
		}
		first = false
		h.s("<li><a href=\"#")
		h.t(hd.ID)
		h.s("\">")
		h.t(hd.Text)
		h.s("</a>")
	}
	if open {
		h.s("</li>\n</ul>\n")
	}
	if !first {
		h.s("</li>\n")
	}
	h.s("</ul>\n</nav>\n")
}

// scrollOpen starts the region a wide table or chart scrolls in: focusable,
// so keyboard users can scroll it, and named by labelID.
func (h *writer) scrollOpen(labelID, class string) {
	h.s("<div class=\"scroll" + class + "\" role=\"group\" tabindex=\"0\"")
	if labelID != "" {
		h.s(" aria-labelledby=\"")
		h.t(labelID)
		h.s("\"")
	}
	h.s(">\n")
}

func alignClass(a render.Align) string {
	switch a {
	case render.Center:
		return " class=\"c\""
	case render.Right:
		return " class=\"r\""
	}
	return ""
}

func (h *writer) table(t *render.Table) {
	n := len(t.Columns)
	if n == 0 {
		return
	}
	label := h.lastHeading
	capID := ""
	if t.Caption != "" {
		capID = h.id("pp-cap-")
		label = capID
	}
	// A short table is kept on one printed page, so its caption and
	// header never end a page alone.
	keep := ""
	if len(t.Rows) <= 15 {
		keep = " keep"
	}
	h.scrollOpen(label, keep)
	if n >= 5 {
		// Many columns stay readable on a phone by scrolling sideways
		// rather than squeezing every word onto its own line.
		h.s("<table class=\"many\">\n")
	} else {
		h.s("<table>\n")
	}
	if capID != "" {
		h.s("<caption id=\"" + capID + "\">")
		h.t(t.Caption)
		h.s("</caption>\n")
	}
	h.s("<colgroup>")
	for _, c := range t.Columns {
		if c.Width > 0 && c.Width <= 1 {
			h.s("<col style=\"width:" + num(c.Width*100) + "%\">")
		} else {
			h.s("<col>")
		}
	}
	h.s("</colgroup>\n<thead>\n<tr>")
	for _, c := range t.Columns {
		if strings.TrimSpace(c.Title) == "" {
			// An empty header cell is no header: screen readers would
			// announce nothing for the column.
			h.s("<td></td>")
			continue
		}
		h.s("<th scope=\"col\"" + alignClass(c.Align) + ">")
		h.t(c.Title)
		h.s("</th>")
	}
	h.s("</tr>\n</thead>\n<tbody>\n")
	rowsInBody := 0
	for _, r := range t.Rows {
		if r.Group {
			// A phase starts its own row group, headed by its name.
			if rowsInBody > 0 {
				h.s("</tbody>\n<tbody>\n")
			}
			rowsInBody = 1
			h.s("<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"" + strconv.Itoa(n) + "\"")
			if len(r.Cells) > 0 && r.Cells[0].Fill != "" {
				h.fill(r.Cells[0].Fill)
			}
			h.s(">")
			for i, c := range r.Cells {
				if i > 0 && render.Text(c.Runs) != "" {
					h.s(" ")
				}
				h.runs(c.Runs)
			}
			h.s("</th></tr>\n")
			continue
		}
		rowsInBody++
		h.s("<tr>")
		col := 0
		for i, c := range r.Cells {
			if col >= n {
				break
			}
			span := max(c.Span, 1)
			span = min(span, n-col)
			tag := "td"
			scope := ""
			if i == 0 && strings.TrimSpace(render.Text(c.Runs)) != "" {
				tag, scope = "th", " scope=\"row\""
			}
			h.s("<" + tag + scope)
			if span > 1 {
				h.s(" colspan=\"" + strconv.Itoa(span) + "\"")
			}
			h.s(alignClass(t.Columns[col].Align))
			if c.Fill != "" {
				h.fill(c.Fill)
			}
			h.s(">")
			h.runs(c.Runs)
			h.s("</" + tag + ">")
			col += span
		}
		for ; col < n; col++ {
			h.s("<td></td>")
		}
		h.s("</tr>\n")
	}
	h.s("</tbody>\n</table>\n</div>\n")
}

// fill writes a cell's background as a style attribute, with a text colour
// that keeps 4.5:1 on it.
func (h *writer) fill(hex string) {
	c, ok := parseHex(hex)
	if !ok {
		return
	}
	h.s(" style=\"background:" + c.css() + ";color:" + textOn(c).css() + "\"")
}

// num formats a length with at most one decimal.
func num(f float64) string {
	return strconv.FormatFloat(float64(int64(f*10+0.5*sign(f)))/10, 'f', -1, 64)
}

func sign(f float64) float64 {
	if f < 0 {
		return -1
	}
	return 1
}

// escape writes s with the characters HTML reads as markup escaped, control
// characters (other than tab and line breaks) removed and invalid UTF-8
// replaced, so user text reads as written in text and in attribute values.
func escape(w *bufio.Writer, s string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			var rep string
			switch {
			case c == '&':
				rep = "&amp;"
			case c == '<':
				rep = "&lt;"
			case c == '>':
				rep = "&gt;"
			case c == '"':
				rep = "&#34;"
			case c == '\'':
				rep = "&#39;"
			case c == '\t' || c == '\n':
			case c == '\r':
				rep = "\n"
			case c < 0x20 || c == 0x7f:
				rep = ""
			default:
				i++
				continue
			}
			if rep == "" && (c == '\t' || c == '\n') {
				i++
				continue
			}
			w.WriteString(s[last:i])
			w.WriteString(rep)
			i++
			last = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || (r >= 0x80 && r <= 0x9f) || r == 0xfeff || (r >= 0xfdd0 && r <= 0xfdef) || r&0xfffe == 0xfffe {
			w.WriteString(s[last:i])
			if r == utf8.RuneError {
				w.WriteString("\uFFFD")
			}
			i += size
			last = i
			continue
		}
		i += size
	}
	w.WriteString(s[last:])
}
