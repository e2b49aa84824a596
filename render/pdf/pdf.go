// Package pdf lays out a render.Document as a PDF: A4 pages in the
// municipality's layout (logo, name, colours) with a running header and a
// "Side X av Y" footer, tables that flow over pages with their header row
// repeated, the timeline drawn as a Gantt chart on landscape pages, a
// table of contents with page numbers and links, bookmarks for every
// heading and document metadata (title, author, subject, keywords,
// language, creation date).
//
// Text is set in Liberation Sans, embedded from render/pdf/fonts, with
// DejaVu Sans for characters Liberation Sans lacks, chosen per character
// from the fonts' cmaps, so every character of Norwegian text and the
// chart symbols (★ ⚑ ◆) extract correctly. [WithFont] sets a
// municipality's own font instead (Profile.Font is only a name, which a
// PDF cannot use without the font file). Invisible formatting characters
// (zero-width space and joiners, bidirectional isolates U+2066–U+2069,
// the byte order mark) are left out; a character no font has (emoji, 𝕏)
// is drawn as "?" and reported to [WithWarnings] in a
// [*MissingCharsError], rather than failing the document for one
// character or drawing it from a font that is not embedded.
//
// gopdf writes neither a document language nor keywords, and its
// bookmarks are flat and point to the wrong height on landscape pages.
// Write therefore appends an incremental update to gopdf's output: a
// catalog with /Lang (nb-NO, nn-NO or en), XMP metadata and a nested
// outline of its own.
//
// Tables are kept together where a split would leave a stray piece: a
// table of at most eight rows moves to the next page whole when it fits
// there, as does a table that would leave three rows or fewer on a page of
// their own just before a page turn (a landscape chart, a page break), and
// a heading and short lead-in paragraphs move with it. A table whose
// column is too narrow for a word is set a little smaller (down to 7 pt)
// rather than have the word broken between letters. Bars on the critical
// path get a thick dark-red frame, and the legend shows the same frame.
// Chart labels and ids are never cut: their columns grow to the text as
// far as the chart keeps its pages across, and a longer label wraps to a
// second line. A row's marks (earlier meetings of a decision's saksgang,
// its saksframlegg deadline) are drawn with their symbols.
//
// The PDF is tagged, following PDF/UA-1, so a screen reader can follow
// it: /MarkInfo, a structure tree in reading order (H1–H6 from the
// document's headings, never skipping a level; P; L/LI/Lbl/LBody;
// Table/TR/TH with /Scope/TD with a Caption; TOC/TOCI with Link; Link
// with its annotation; Figure with alternative text for the logo and the
// Gantt chart), /Lang, /DisplayDocTitle and pdfuaid:part 1 in the XMP.
// Running headers, footers, page numbers, rules, fills and the repeats of
// a table's header row on later pages are artifacts; the header row is
// tagged once, and its TH elements get an empty marked-content sequence
// on each later page of the table, so a reader that looks at one page
// (pdf.js does) still finds the table's header. Nothing is left untagged.
//
// gopdf (v0.33.0) cannot write marked content, and it keeps every
// drawing call of a document in memory until it writes the document,
// which it writes whole into memory too: gigabytes for a plan of
// 100,000 activities. Write therefore lays the document out twice. The
// first layout only learns the pages, anchors, links and characters,
// letting each page's drawing go when the page is done, and gopdf makes
// from it everything but the content streams (pages, fonts, the logo,
// link annotations). The second layout draws the same pages again, and
// as each page is done Write writes its content stream itself, with the
// operators gopdf would have written and the marked content the
// structure tree needs, and lets the page's drawing go, so no more than
// a page's drawing is held at a time. The rewrite (rewrite.go) copies
// gopdf's objects in between, adding /StructParents to pages and
// /StructParent to link annotations. This keeps gopdf the engine for
// fonts, images, links and page objects, and needs no fork. The
// structure tree itself is written in the incremental update described
// above. The same pass replaces the font programs of the embedded
// fonts, which gopdf knows only as stubs without glyphs, with subsets
// made in gopdf's layout whose unchanging tables are compressed once
// per process (fontfile.go).
//
// For an archivable copy (tagged PDF/A-2b) convert the Word document with
// [Archive], which needs LibreOffice.
//
// The same document gives the same bytes: the creation date is the
// Document's Created, and the file identifier is a hash of the content.
//
// Write is safe for concurrent use by several goroutines, with the same
// or different documents (it only reads the Document). What calls share
// is process-wide and hidden from callers: the embedded fonts, parsed
// (and their shared tables compressed) once and only read after, and
// pools of deflate writers, each used by one call at a time and reset
// before use, so sharing never changes a byte of the output. [Prepare]
// does the parsing ahead of the first Write.
package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/prosessplan/go-prosessplan/render"
	"github.com/signintech/gopdf"
)

// Option adjusts Write.
type Option func(*config)

type config struct {
	font *customFont
	warn func(error)
}

// WithWarnings has Write report what it could not do as asked but did
// not fail for: for now a [*MissingCharsError] when the text holds
// characters that no font of the document can draw. Without it such
// characters are drawn as "?" silently.
func WithWarnings(fn func(error)) Option {
	return func(c *config) { c.warn = fn }
}

// MissingCharsError lists the characters that no font of the document
// (the caller's, Liberation Sans, DejaVu Sans) can draw, in code point
// order; Write draws each as "?". Emoji and other characters beyond the
// Basic Multilingual Plane are always among them. Invisible formatting
// characters (zero-width space and joiners, direction marks and isolates
// U+2066–U+2069, the byte order mark, soft hyphens) are removed instead
// and never listed.
type MissingCharsError struct {
	Chars []rune
}

func (e *MissingCharsError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pdf: %d character(s) not in the fonts, drawn as \"?\":", len(e.Chars))
	for i, r := range e.Chars {
		if i == 10 {
			fmt.Fprintf(&b, " and %d more", len(e.Chars)-i)
			break
		}
		fmt.Fprintf(&b, " %U %q", r, r)
	}
	return b.String()
}

type customFont struct {
	data [nStyles][]byte
}

// WithFont sets the body font from TrueType font files, e.g. the
// municipality's own typeface. bold and italic may be nil, in which case
// regular is used for them. Characters the font lacks fall back to
// Liberation Sans, then DejaVu Sans.
func WithFont(regular, bold, italic []byte) Option {
	return func(c *config) {
		c.font = &customFont{data: [nStyles][]byte{regular, bold, italic}}
	}
}

// ErrNoDocument is returned by Write for a nil document.
var ErrNoDocument = errors.New("pdf: no document")

// Write lays out d as a PDF and writes it to w. It is safe for
// concurrent use: each call has its own layouts and gopdf document, and
// what calls share (the parsed embedded fonts, pooled deflate writers)
// is read-only or handed to one call at a time.
func Write(w io.Writer, d *render.Document, opts ...Option) error {
	if d == nil {
		return ErrNoDocument
	}
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.font != nil && cfg.font.data[regular] == nil {
		return errors.New("pdf: WithFont needs a regular font")
	}
	fs, err := newFontSet(cfg.font)
	if err != nil {
		return err
	}
	// The first layout finds the pages, anchors, links and characters
	// of the document, keeping of each page's drawing only its links
	// and page references once the page is done, and gopdf makes the
	// document from it without content streams: a small skeleton.
	first := newLayouter(d, fs)
	first.onPage, first.untagged = first.sketch, true
	first.run()
	first.furnish()
	var gp gopdf.GoPdf
	sk, err := first.emit(&gp)
	if err != nil {
		return err
	}
	var raw bytes.Buffer
	if _, err := gp.WriteTo(&raw); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	// Of the first layout and of gopdf, only these, the skeleton and
	// gopdf's output are kept.
	next := gp.GetNextObjectID()
	anchors, links := first.anchors, first.links

	// The second layout, the same as the first, draws each page again,
	// now with its header and footer, and the rewrite writes the page's
	// content stream as soon as the page is done. The layout is
	// deterministic, so the pages are those of the skeleton; the
	// rewrite checks that they are.
	tw := newTailWriter(w)
	l := newLayouter(d, fs)
	rw, err := newRewriter(tw, raw.Bytes(), sk, links, l)
	if err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	l.onPage = func(p *page) {
		if rw.err == nil && tw.err == nil {
			l.furnishPage(p, len(sk.pageIDs), anchors)
			rw.page(p)
		}
		l.spare, p.ops = p.ops[:0], nil
	}
	l.run()
	if err := rw.finish(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	if tw.err != nil {
		return fmt.Errorf("pdf: %w", tw.err)
	}
	if len(l.links) != len(links) {
		return errRelayout
	}
	for i := range l.links {
		if l.links[i].page != links[i].page {
			return errRelayout
		}
		l.links[i].obj = links[i].obj
	}
	if err := l.writeUpdate(tw, next, sk.pageIDs); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	if cfg.warn != nil && len(fs.missing) > 0 {
		e := &MissingCharsError{}
		for r := range fs.missing {
			e.Chars = append(e.Chars, r)
		}
		slices.Sort(e.Chars)
		cfg.warn(e)
	}
	return nil
}
