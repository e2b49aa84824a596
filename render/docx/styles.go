package docx

import (
	"fmt"
	"strconv"
)

// styleDef is a style this package may need. In a new document all are
// written; in a template only those it lacks (by w:name) are added.
type styleDef struct {
	key     string // the built-in w:name, lower case: how templates are searched
	name    string // w:name as written
	typ     string // paragraph, character, table, numbering
	id      string // preferred style ID
	basedOn string // key of the parent style
	next    string // key of the next style
	ui      int    // uiPriority
	flags   string // e.g. <w:qFormat/>, in schema order between uiPriority and pPr
	custom  bool   // not a built-in Word style
	props   func(p *styleParams) string
}

// styleParams are what style definitions depend on.
type styleParams struct {
	primary, light string
	textWidth      int
}

const (
	wNS   = `http://schemas.openxmlformats.org/wordprocessingml/2006/main`
	rNS   = `http://schemas.openxmlformats.org/officeDocument/2006/relationships`
	wpNS  = `http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing`
	aNS   = `http://schemas.openxmlformats.org/drawingml/2006/main`
	picNS = `http://schemas.openxmlformats.org/drawingml/2006/picture`
)

var styleDefs = []styleDef{
	{key: "normal", name: "Normal", typ: "paragraph", id: "Normal", flags: `<w:qFormat/>`},
	{key: "default paragraph font", name: "Default Paragraph Font", typ: "character", id: "DefaultParagraphFont", ui: 1, flags: `<w:semiHidden/><w:unhideWhenUsed/>`},
	{key: "normal table", name: "Normal Table", typ: "table", id: "TableNormal", ui: 99, flags: `<w:semiHidden/><w:unhideWhenUsed/>`,
		props: func(*styleParams) string {
			return `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>`
		}},
	{key: "no list", name: "No List", typ: "numbering", id: "NoList", ui: 99, flags: `<w:semiHidden/><w:unhideWhenUsed/>`},
	{key: "title", name: "Title", typ: "paragraph", id: "Title", basedOn: "normal", next: "normal", ui: 10, flags: `<w:qFormat/>`,
		props: func(p *styleParams) string {
			return `<w:pPr><w:keepNext/><w:spacing w:before="0" w:after="240" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="9"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="` + p.primary + `"/><w:kern w:val="28"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr>`
		}},
	{key: "heading 1", name: "heading 1", typ: "paragraph", id: "Heading1", basedOn: "normal", next: "normal", ui: 9, flags: `<w:qFormat/>`,
		props: func(p *styleParams) string {
			return `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="` + p.primary + `"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>`
		}},
	{key: "heading 2", name: "heading 2", typ: "paragraph", id: "Heading2", basedOn: "normal", next: "normal", ui: 9, flags: `<w:unhideWhenUsed/><w:qFormat/>`,
		props: func(p *styleParams) string {
			return `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="` + p.primary + `"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr>`
		}},
	{key: "heading 3", name: "heading 3", typ: "paragraph", id: "Heading3", basedOn: "normal", next: "normal", ui: 9, flags: `<w:unhideWhenUsed/><w:qFormat/>`,
		props: func(*styleParams) string {
			return `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr>`
		}},
	{key: "list bullet", name: "List Bullet", typ: "paragraph", id: "ListBullet", basedOn: "normal", ui: 99, flags: `<w:unhideWhenUsed/><w:qFormat/>`,
		props: func(*styleParams) string {
			return `<w:pPr><w:spacing w:after="60"/><w:ind w:left="720" w:hanging="360"/><w:contextualSpacing/></w:pPr>`
		}},
	{key: "list number", name: "List Number", typ: "paragraph", id: "ListNumber", basedOn: "normal", ui: 99, flags: `<w:unhideWhenUsed/><w:qFormat/>`,
		props: func(*styleParams) string {
			return `<w:pPr><w:spacing w:after="60"/><w:ind w:left="720" w:hanging="360"/><w:contextualSpacing/></w:pPr>`
		}},
	{key: "caption", name: "caption", typ: "paragraph", id: "Caption", basedOn: "normal", next: "normal", ui: 35, flags: `<w:unhideWhenUsed/><w:qFormat/>`,
		props: func(*styleParams) string {
			return `<w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="404040"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>`
		}},
	{key: "toc heading", name: "TOC Heading", typ: "paragraph", id: "TOCHeading", basedOn: "heading 1", next: "normal", ui: 39, flags: `<w:unhideWhenUsed/><w:qFormat/>`,
		props: func(*styleParams) string { return `<w:pPr><w:outlineLvl w:val="9"/></w:pPr>` }},
	{key: "toc 1", name: "toc 1", typ: "paragraph", id: "TOC1", basedOn: "normal", next: "normal", ui: 39, flags: `<w:unhideWhenUsed/>`,
		props: func(p *styleParams) string {
			return `<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="` + strconv.Itoa(p.textWidth) + `"/></w:tabs><w:spacing w:before="60" w:after="60"/></w:pPr>`
		}},
	{key: "toc 2", name: "toc 2", typ: "paragraph", id: "TOC2", basedOn: "normal", next: "normal", ui: 39, flags: `<w:unhideWhenUsed/>`,
		props: func(p *styleParams) string {
			return `<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="` + strconv.Itoa(p.textWidth) + `"/></w:tabs><w:spacing w:after="40"/><w:ind w:left="284"/></w:pPr>`
		}},
	{key: "hyperlink", name: "Hyperlink", typ: "character", id: "Hyperlink", basedOn: "default paragraph font", ui: 99, flags: `<w:unhideWhenUsed/>`,
		props: func(*styleParams) string {
			return `<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>`
		}},
	// Our own paragraph styles for table cells: one reference per cell
	// instead of the same direct formatting in 100,000 cells.
	{key: "tabelltekst", name: "Tabelltekst", typ: "paragraph", id: "Tabelltekst", basedOn: "normal", ui: 40, custom: true, flags: `<w:qFormat/>`,
		props: func(*styleParams) string {
			return `<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>`
		}},
	// The first cell of a body row, the row's header (what <th
	// scope="row"> is in HTML). Word has no row headers; LibreOffice's
	// tagged PDF export (the archive PDF) makes a cell TH when its first
	// paragraph has the style named "Table Heading". That matters for a
	// table over several pages: LibreOffice writes the repeated header row
	// as an artifact, so without row headers a page's piece of the table
	// holds no TH and a reader jumping to that page hears no headers. It
	// looks like Tabelltekst.
	{key: "table heading", name: "Table Heading", typ: "paragraph", id: "TableHeading", basedOn: "tabelltekst", ui: 40, custom: true},
	{key: "tidslinjetekst", name: "Tidslinjetekst", typ: "paragraph", id: "Tidslinjetekst", basedOn: "normal", ui: 40, custom: true,
		props: func(*styleParams) string {
			return `<w:pPr><w:spacing w:before="0" w:after="0" w:line="200" w:lineRule="atLeast"/><w:ind w:left="40" w:right="20"/></w:pPr><w:rPr><w:sz w:val="14"/><w:szCs w:val="14"/></w:rPr>`
		}},
	{key: "utfylles", name: "Utfylles", typ: "paragraph", id: "Utfylles", basedOn: "normal", next: "normal", ui: 41, custom: true, flags: `<w:qFormat/>`,
		props: func(*styleParams) string {
			return `<w:rPr><w:i/><w:iCs/></w:rPr>`
		}},
	{key: "merknad", name: "Merknad", typ: "paragraph", id: "Merknad", basedOn: "normal", next: "normal", ui: 42, custom: true, flags: `<w:qFormat/>`,
		props: func(*styleParams) string {
			return `<w:pPr><w:spacing w:before="60" w:after="60"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>`
		}},
	{key: "table grid", name: "Table Grid", typ: "table", id: "TableGrid", basedOn: "normal table", ui: 39,
		props: func(p *styleParams) string {
			return `<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
				`<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/></w:tblBorders></w:tblPr>` +
				`<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="` + contrastText(p.primary) + `"/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="` + p.primary + `"/></w:tcPr></w:tblStylePr>`
		}},
}

// isDefault marks the styles Word expects to be the defaults of their type.
func isDefault(key string) bool {
	switch key {
	case "normal", "default paragraph font", "normal table", "no list":
		return true
	}
	return false
}

// appendStyle writes def with ID id; ids maps keys to the IDs styles have in
// this document, for basedOn and next.
func appendStyle(b *buf, def *styleDef, id string, ids map[string]string, p *styleParams) {
	b.s(`<w:style`).attr("w:type", def.typ)
	if isDefault(def.key) {
		b.s(` w:default="1"`)
	}
	if def.custom {
		b.s(` w:customStyle="1"`)
	}
	b.attr("w:styleId", id).s(`>`)
	b.val("w:name", def.name)
	if def.basedOn != "" && ids[def.basedOn] != "" {
		b.val("w:basedOn", ids[def.basedOn])
	}
	if def.next != "" && ids[def.next] != "" {
		b.val("w:next", ids[def.next])
	}
	if def.ui > 0 {
		b.ival("w:uiPriority", def.ui)
	}
	b.s(def.flags)
	if def.props != nil {
		b.s(def.props(p))
	}
	b.s(`</w:style>`)
}

// newStyles returns styles.xml for a new document.
func newStyles(font, lang string, p *styleParams) []byte {
	var b buf
	b.s(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.s(`<w:styles xmlns:w="` + wNS + `">`)
	b.s(`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts`).attr("w:ascii", font).attr("w:eastAsia", font).attr("w:hAnsi", font).attr("w:cs", font).s(`/>`)
	b.s(`<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang`).attr("w:val", lang).attr("w:eastAsia", lang).attr("w:bidi", "ar-SA").s(`/></w:rPr></w:rPrDefault>`)
	b.s(`<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`)
	ids := map[string]string{}
	for i := range styleDefs {
		ids[styleDefs[i].key] = styleDefs[i].id
	}
	for i := range styleDefs {
		appendStyle(&b, &styleDefs[i], styleDefs[i].id, ids, p)
	}
	b.s(`</w:styles>`)
	return b.b
}

func defaultStyleIDs() styleIDs {
	return styleIDs{
		normal: "Normal", title: "Title", listBullet: "ListBullet", listNumber: "ListNumber",
		tocHeading: "TOCHeading", toc1: "TOC1", toc2: "TOC2", caption: "Caption",
		hyperlink: "Hyperlink", tableGrid: "TableGrid", tableText: "Tabelltekst", tableHeading: "TableHeading", timelineText: "Tidslinjetekst",
		toComplete: "Utfylles", note: "Merknad",
		heading: [4]string{"", "Heading1", "Heading2", "Heading3"},
	}
}

// styleIDsFrom fills styleIDs from a key → ID map.
func styleIDsFrom(ids map[string]string) styleIDs {
	return styleIDs{
		normal: ids["normal"], title: ids["title"], listBullet: ids["list bullet"], listNumber: ids["list number"],
		tocHeading: ids["toc heading"], toc1: ids["toc 1"], toc2: ids["toc 2"], caption: ids["caption"],
		hyperlink: ids["hyperlink"], tableGrid: ids["table grid"],
		tableText: ids["tabelltekst"], tableHeading: ids["table heading"], timelineText: ids["tidslinjetekst"],
		toComplete: ids["utfylles"], note: ids["merknad"],
		heading: [4]string{"", ids["heading 1"], ids["heading 2"], ids["heading 3"]},
	}
}

// numbering definitions: one abstract bullet list and one abstract decimal
// list; each List block gets its own w:num so numbering restarts at 1.
func appendAbstractNums(b *buf, bullet, number int) {
	b.s(`<w:abstractNum w:abstractNumId="`).i(bullet).s(`"><w:multiLevelType w:val="hybridMultilevel"/>`)
	bullets := []string{"•", "–", "▪"}
	for l := 0; l < 3; l++ {
		ind := 720 * (l + 1)
		b.s(`<w:lvl w:ilvl="`).i(l).s(`"><w:start w:val="1"/><w:numFmt w:val="bullet"/>`)
		b.val("w:lvlText", bullets[l])
		b.s(`<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="`).i(ind).s(`" w:hanging="360"/></w:pPr></w:lvl>`)
	}
	b.s(`</w:abstractNum>`)
	b.s(`<w:abstractNum w:abstractNumId="`).i(number).s(`"><w:multiLevelType w:val="hybridMultilevel"/>`)
	fmts := []string{"decimal", "lowerLetter", "lowerRoman"}
	for l := 0; l < 3; l++ {
		ind := 720 * (l + 1)
		b.s(`<w:lvl w:ilvl="`).i(l).s(`"><w:start w:val="1"/>`)
		b.val("w:numFmt", fmts[l])
		b.val("w:lvlText", "%"+strconv.Itoa(l+1)+".")
		b.s(`<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="`).i(ind).s(`" w:hanging="360"/></w:pPr></w:lvl>`)
	}
	b.s(`</w:abstractNum>`)
}

func appendNums(b *buf, nums []numInst) {
	for _, n := range nums {
		b.s(`<w:num w:numId="`).i(n.id).s(`"><w:abstractNumId w:val="`).i(n.abstract).s(`"/>`)
		b.s(`<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`)
	}
}

// lighten mixes an RRGGBB colour with white; f is the share of white (0–1).
func lighten(c string, f float64) string {
	if !isHex6(c) {
		return "EEEEEE"
	}
	n, _ := strconv.ParseUint(c, 16, 32)
	var rgb [3]int
	for i, shift := range []uint{16, 8, 0} {
		v := float64((n >> shift) & 0xFF)
		rgb[i] = int(v + (255-v)*f + 0.5)
	}
	return fmt.Sprintf("%02X%02X%02X", rgb[0], rgb[1], rgb[2])
}
