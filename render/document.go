// Package render turns a scheduled plan into format-neutral documents: the
// process plan itself and one saksframlegg draft per political decision
// point. A Document is built once, by [Build] or [BuildSaksframlegg], and
// laid out by the writers in render/md, render/docx and render/pdf, so every
// format shows the same content. Writers decide layout only: every word,
// label and date they print comes from the Document.
package render

import (
	"time"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// DocumentKind says what a Document is.
type DocumentKind int

// Document kinds.
const (
	ProcessPlanDoc DocumentKind = iota
	SaksframleggDoc
)

// Document is a format-neutral document: metadata and an ordered list of blocks.
type Document struct {
	Kind     DocumentKind
	Title    string
	Subject  string
	Author   string // the municipality
	Keywords []string
	Language prosessplan.Language
	// Created is the document's date (from the plan, never the wall clock),
	// written into document properties.
	Created time.Time
	// Profile is the municipal layout the writers use.
	Profile Profile
	// Captions are the fixed words writers print around the content.
	Captions Captions
	// HeaderText and FooterText are printed on every page.
	HeaderText string
	FooterText string
	// FileName is a suggested base name without extension, e.g.
	// "prosessplan-boligplan-2018-2021" or "saksframlegg-1-7-melding-om-oppstart".
	FileName string
	// Decision is the activity number (nr) of the decision a saksframlegg
	// is about; empty for the process plan itself.
	Decision string
	// Fields are the saksframlegg's header fields (saksbehandler, arkivsak,
	// arkivkode, løpenr., dato, tittel), in order. A field the plan has no
	// value for has an empty Value: it is printed empty, to fill in. A
	// writer whose municipal template has its own slots for these fields
	// fills them there and leaves out the KeyValue block marked Header.
	Fields []Field
	Blocks []Block
}

// Field is one header field of a document that a municipal template may
// hold a slot for: a content control or bookmark tagged Key, or a table
// cell labelled Label.
type Field struct {
	// Key is the field's stable name: one of the Field… constants.
	Key string
	// Label is the caption in the document's language, e.g. "Saksbehandler".
	Label string
	// Value is the field's text, or "" when it is still to fill in.
	Value string
}

// Keys of the saksframlegg header fields.
const (
	FieldSaksbehandler = "saksbehandler"
	FieldArkivsak      = "arkivsak"
	FieldArkivkode     = "arkivkode"
	FieldLopenr        = "lopenr"
	FieldDato          = "dato"
	FieldTittel        = "tittel"
)

// Captions are fixed words a writer needs that are not part of the content.
type Captions struct {
	Contents string // "Innhold"
	Page     string // "Side"
	Of       string // "av": "Side 2 av 9"
	Week     string // "Uke" / "Veke"
	Legend   string // "Tegnforklaring"
	// Continued marks a table or chart continued from the previous page.
	Continued string // "(forts.)"
}

// Block is one element of a document: *Heading, *Paragraph, *List, *Table,
// *KeyValue, *Timeline, *Section, *TableOfContents or *PageBreak.
type Block interface{ block() }

// Heading is a heading. Level 0 is the document title; 1–3 are Heading 1–3.
type Heading struct {
	Level int
	Text  string
	// ID is a stable anchor for links and bookmarks, unique in the document.
	ID string
}

// ParagraphStyle is the role of a paragraph.
type ParagraphStyle int

// Paragraph styles.
const (
	Normal ParagraphStyle = iota
	// ToComplete marks text the case officer must write or replace; writers
	// make it stand out (e.g. highlighted, italic, in brackets).
	ToComplete
	// Note is small print: sources, "illustrative" remarks.
	Note
)

// Paragraph is a paragraph of runs.
type Paragraph struct {
	Style ParagraphStyle
	Runs  []Run
}

// Run is a piece of text with one formatting.
type Run struct {
	Text   string
	Bold   bool
	Italic bool
	// Link, when set, makes the run a hyperlink: "#id" to a Heading's ID
	// or an absolute URL.
	Link string
	// Lang is the language of the run's text when it is not the
	// Document's, or "": the plan's own text (activity names, purposes,
	// body names) in a document in another language, which writers mark
	// so a screen reader pronounces it right (WCAG 3.1.2). Build sets it.
	Lang prosessplan.Language
}

// List is a bullet or numbered list.
type List struct {
	Ordered bool
	Items   [][]Run
}

// Align is the horizontal alignment of a table column.
type Align int

// Alignments.
const (
	Left Align = iota
	Center
	Right
)

// Column is a table column.
type Column struct {
	Title string
	// Width is the column's share of the table width; the widths of a
	// table add up to 1.
	Width float64
	Align Align
}

// Cell is a table cell.
type Cell struct {
	Runs []Run
	// Span is the number of columns the cell covers (0 and 1 mean one).
	Span int
	// Fill is a background colour as RRGGBB hex, or "".
	Fill string
}

// Row is a table row.
type Row struct {
	Cells []Cell
	// Group marks a grouping row (a phase heading inside the activity
	// table): usually one cell spanning every column, shaded and bold.
	Group bool
}

// Table is a table with one header row (the column titles) that writers
// repeat on every page.
type Table struct {
	// Caption is shown above the table and used as its accessible summary.
	Caption string
	Columns []Column
	Rows    []Row
}

// KeyValue is a block of labelled values: a title block, a saksframlegg header.
type KeyValue struct {
	Pairs []Pair
	// Header marks the block that prints the Document's Fields; a writer
	// that fills the fields into a template's own slots leaves it out.
	Header bool
}

// Pair is one labelled value.
type Pair struct {
	Key   string
	Value string
}

// Orientation is the orientation of a section's pages.
type Orientation int

// Orientations.
const (
	Portrait Orientation = iota
	Landscape
)

// Section starts a new section: the blocks after it, up to the next
// Section, are laid out on pages with its orientation.
type Section struct {
	Orientation Orientation
}

// TableOfContents is where a table of contents of the document's headings
// (levels 1–2) belongs.
type TableOfContents struct {
	Title string
}

// PageBreak starts a new page.
type PageBreak struct{}

func (*Heading) block()         {}
func (*Paragraph) block()       {}
func (*List) block()            {}
func (*Table) block()           {}
func (*KeyValue) block()        {}
func (*Timeline) block()        {}
func (*Section) block()         {}
func (*TableOfContents) block() {}
func (*PageBreak) block()       {}

// Text returns the text of runs joined together.
func Text(runs []Run) string {
	n := 0
	for _, r := range runs {
		n += len(r.Text)
	}
	b := make([]byte, 0, n)
	for _, r := range runs {
		b = append(b, r.Text...)
	}
	return string(b)
}

// Plain returns a single plain run holding s.
func Plain(s string) []Run { return []Run{{Text: s}} }
