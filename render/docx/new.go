package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"image/png"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/prosessplan/go-prosessplan/render"
)

// Defaults of a new document.
const (
	defaultFont    = "Arial" // LibreOffice shows it as the metric-compatible Liberation Sans
	defaultPrimary = "1F4E79"
	defaultAccent  = "2E75B6"
)

// a4 is an A4 page with 2.5 cm margins, as Norwegian Word sets up a
// municipal document, in twips.
var a4 = geometry{w: 11906, h: 16838, top: 1417, right: 1417, bottom: 1417, left: 1417, header: 709, foot: 709}

// zipTime is the modification time of every entry we write: fixed, so the
// same input gives the same bytes.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// compressors keeps up to two level-1 flate writers of newZip for the
// next documents (a new one costs about 1 MB, a render of the example
// writes four Word files). Unlike a sync.Pool it keeps them across
// garbage collections, which in a busy process come every few documents.
// Each is used by one document at a time and Reset to its output before
// each entry, so sharing changes no byte.
var compressors = make(chan *flate.Writer, 2)

// newZip returns a zip writer to w whose entries are compressed at level
// 1, and the function that hands its compressor back once the zip is
// closed or abandoned.
func newZip(w io.Writer) (*zip.Writer, func()) {
	zw := zip.NewWriter(w)
	// Level 1 compresses XML to within a few percent of the default level
	// at several times the speed. One compressor serves all entries (they
	// are written one after the other).
	var fw *flate.Writer
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		if fw == nil {
			select {
			case fw = <-compressors:
			default:
				fw, _ = flate.NewWriter(out, flate.BestSpeed)
			}
		}
		fw.Reset(out)
		return fw, nil
	})
	return zw, func() {
		if fw != nil {
			select {
			case compressors <- fw:
			default:
			}
			fw = nil
		}
	}
}

// createPart starts a compressed entry. Every entry the package writes
// anew goes through here: modified is the template part's own time, or
// zipTime for parts of ours, so the output does not depend on the clock.
func createPart(zw *zip.Writer, name string, modified time.Time) (io.Writer, error) {
	if modified.IsZero() {
		modified = zipTime
	}
	return zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: modified})
}

// addPart writes a whole part as a compressed entry.
func addPart(zw *zip.Writer, name string, modified time.Time, data []byte) error {
	f, err := createPart(zw, name, modified)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	return err
}

type part struct {
	name string
	data []byte
}

func profileColors(p render.Profile) (primary, accent, light string) {
	primary = hexColor(p.PrimaryColor, defaultPrimary)
	accent = hexColor(p.AccentColor, defaultAccent)
	return primary, accent, lighten(primary, 0.85)
}

// logoInfo checks the profile's logo and returns its extension and size in
// EMU at a height of 1.2 cm.
func logoInfo(img []byte) (ext string, cx, cy int, err error) {
	cfg, err := png.DecodeConfig(bytes.NewReader(img))
	if err != nil {
		return "", 0, 0, fmt.Errorf("%w: %w", ErrLogo, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return "", 0, 0, fmt.Errorf("%w: it has no pixels", ErrLogo)
	}
	cy = 432000 // 1.2 cm
	cx = cy * cfg.Width / cfg.Height
	if cx > 2160000 { // at most 6 cm wide
		cx = 2160000
		cy = cx * cfg.Height / cfg.Width
	}
	return "png", cx, cy, nil
}

func writeNew(w io.Writer, d *render.Document) error {
	prof := d.Profile
	font := prof.Font
	if font == "" {
		font = defaultFont
	}
	lang := d.Language.Tag()
	primary, accent, light := profileColors(prof)
	var logoExt string
	var logoCX, logoCY int
	if len(prof.Logo) > 0 {
		var err error
		if logoExt, logoCX, logoCY, err = logoInfo(prof.Logo); err != nil {
			return err
		}
	}

	// Fixed relationships of the main part come first; hyperlinks follow.
	const (
		ridStyles    = "rId1"
		ridNumbering = "rId2"
		ridSettings  = "rId3"
		ridHdrP      = "rId4"
		ridFtrP      = "rId5"
		ridHdrL      = "rId6"
		ridFtrL      = "rId7"
	)
	nextRel := 8
	bw := &body{
		st:      defaultStyleIDs(),
		primary: primary, accent: accent, light: light,
		cap:       d.Captions,
		geo:       a4,
		absBullet: 1, absNumber: 2, nextNum: 1,
		relIDs: map[string]string{},
		newRelID: func() string {
			id := "rId" + strconv.Itoa(nextRel)
			nextRel++
			return id
		},
	}
	bw.b = make([]byte, 0, 64<<10)
	bw.sectPr = func(b *buf, o render.Orientation, last bool) {
		hdr, ftr := ridHdrP, ridFtrP
		if o == render.Landscape {
			hdr, ftr = ridHdrL, ridFtrL
		}
		b.s(`<w:sectPr><w:headerReference w:type="default" r:id="`).s(hdr).s(`"/>`)
		b.s(`<w:footerReference w:type="default" r:id="`).s(ftr).s(`"/>`)
		g := a4
		if o == render.Landscape {
			b.s(`<w:pgSz w:w="`).i(g.h).s(`" w:h="`).i(g.w).s(`" w:orient="landscape"/>`)
		} else {
			b.s(`<w:pgSz w:w="`).i(g.w).s(`" w:h="`).i(g.h).s(`"/>`)
		}
		b.s(`<w:pgMar w:top="`).i(g.top).s(`" w:right="`).i(g.right).s(`" w:bottom="`).i(g.bottom).s(`" w:left="`).i(g.left)
		b.s(`" w:header="`).i(g.header).s(`" w:footer="`).i(g.foot).s(`" w:gutter="0"/>`)
		b.s(`<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>`)
	}
	bw.prepare(d)

	sp := &styleParams{primary: primary, light: light, textWidth: a4.textWidth(render.Portrait)}
	var num buf
	num.s(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	num.s(`<w:numbering xmlns:w="` + wNS + `">`)
	appendAbstractNums(&num, bw.absBullet, bw.absNumber)
	appendNums(&num, bw.nums)
	num.s(`</w:numbering>`)

	var rels buf
	rels.s(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	rels.s(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for _, r := range []struct{ id, typ, target string }{
		{ridStyles, "styles", "styles.xml"}, {ridNumbering, "numbering", "numbering.xml"},
		{ridSettings, "settings", "settings.xml"},
		{ridHdrP, "header", "header1.xml"}, {ridFtrP, "footer", "footer1.xml"},
		{ridHdrL, "header", "header2.xml"}, {ridFtrL, "footer", "footer2.xml"},
	} {
		rels.s(`<Relationship Id="`).s(r.id).s(`" Type="` + relTypeBase).s(r.typ).s(`" Target="`).s(r.target).s(`"/>`)
	}
	appendExtRels(&rels, bw.rels)
	rels.s(`</Relationships>`)

	parts := []part{
		{"[Content_Types].xml", newContentTypes(logoExt)},
		{"_rels/.rels", []byte(packageRels)},
		{"word/document.xml", nil}, // streamed
		{"word/_rels/document.xml.rels", rels.b},
		{"word/styles.xml", newStyles(font, lang, sp)},
		{"word/numbering.xml", num.b},
		{"word/settings.xml", newSettings(bw.tocFields, lang)},
	}
	docPr := 1
	for i, o := range []render.Orientation{render.Portrait, render.Landscape} {
		n := strconv.Itoa(i + 1)
		hdr := headerPart(d, a4.textWidth(o), logoExt != "", logoCX, logoCY, docPr)
		docPr++
		parts = append(parts, part{"word/header" + n + ".xml", hdr})
		if logoExt != "" {
			parts = append(parts, part{"word/_rels/header" + n + ".xml.rels", []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
				`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + relTypeBase + `image" Target="media/logo.` + logoExt + `"/></Relationships>`)})
		}
		parts = append(parts, part{"word/footer" + n + ".xml", footerPart(d, a4.textWidth(o))})
	}
	if logoExt != "" {
		parts = append(parts, part{"word/media/logo." + logoExt, prof.Logo})
	}
	parts = append(parts, part{"docProps/core.xml", coreProps(d)}, part{"docProps/app.xml", appProps(d)})

	zw, release := newZip(w)
	defer release()
	for _, p := range parts {
		if p.data != nil {
			if err := addPart(zw, p.name, zipTime, p.data); err != nil {
				return err
			}
			continue
		}
		f, err := createPart(zw, p.name, zipTime)
		if err != nil {
			return err
		}
		bw.out = f
		bw.s(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
		bw.s(`<w:document xmlns:w="` + wNS + `" xmlns:r="` + rNS + `"><w:body>`)
		bw.blocks(d.Blocks)
		bw.sectPr(&bw.buf, bw.orient, true)
		bw.s(`</w:body></w:document>`)
		bw.flush()
		if bw.err != nil {
			return bw.err
		}
	}
	return zw.Close()
}

const relTypeBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

const packageRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
	`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="` + relTypeBase + `officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="` + relTypeBase + `extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

func appendExtRels(b *buf, rels []extRel) {
	for _, r := range rels {
		b.s(`<Relationship`).attr("Id", r.id).s(` Type="`+relTypeBase+`hyperlink"`).attr("Target", r.target).s(` TargetMode="External"/>`)
	}
}

const (
	ctMain      = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	ctTemplate  = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
	ctNumbering = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
	ctStyles    = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
	ctCore      = "application/vnd.openxmlformats-package.core-properties+xml"
)

func newContentTypes(imgExt string) []byte {
	var b buf
	b.s(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.s(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	b.s(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	b.s(`<Default Extension="xml" ContentType="application/xml"/>`)
	if imgExt != "" {
		b.s(`<Default Extension="png" ContentType="image/png"/>`)
	}
	o := func(name, ct string) { b.s(`<Override PartName="`).s(name).s(`" ContentType="`).s(ct).s(`"/>`) }
	const wml = "application/vnd.openxmlformats-officedocument.wordprocessingml."
	o("/word/document.xml", ctMain)
	o("/word/styles.xml", ctStyles)
	o("/word/numbering.xml", ctNumbering)
	o("/word/settings.xml", wml+"settings+xml")
	o("/word/header1.xml", wml+"header+xml")
	o("/word/header2.xml", wml+"header+xml")
	o("/word/footer1.xml", wml+"footer+xml")
	o("/word/footer2.xml", wml+"footer+xml")
	o("/docProps/core.xml", ctCore)
	o("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
	b.s(`</Types>`)
	return b.b
}

func newSettings(updateFields bool, lang string) []byte {
	var b buf
	b.s(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.s(`<w:settings xmlns:w="` + wNS + `">`)
	b.s(`<w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>`)
	b.s(`<w:characterSpacingControl w:val="doNotCompress"/>`)
	if updateFields {
		b.s(`<w:updateFields w:val="true"/>`)
	}
	b.s(`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>`)
	b.val("w:themeFontLang", lang)
	b.s(`<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>`)
	return b.b
}

// headerPart is a page header: the logo and the municipality's name at the
// left, the document's header text at the right, over a thin rule. The two
// sides are cells of a borderless table, so a long header text wraps in
// its own column instead of running under the logo.
func headerPart(d *render.Document, textWidth int, logo bool, cx, cy, docPr int) []byte {
	var b buf
	b.s(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.s(`<w:hdr xmlns:w="` + wNS + `" xmlns:r="` + rNS + `" xmlns:wp="` + wpNS + `" xmlns:a="` + aNS + `" xmlns:pic="` + picNS + `">`)
	h := d.HeaderText
	if h == d.Profile.Municipality {
		h = ""
	}
	left := textWidth
	if h != "" {
		left = textWidth * 45 / 100
		b.s(`<w:tbl><w:tblPr><w:tblW w:w="`).i(textWidth).s(`" w:type="dxa"/>`)
		b.s(`<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>`)
		b.s(`<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>`)
		b.s(`<w:tblGrid><w:gridCol w:w="`).i(left).s(`"/><w:gridCol w:w="`).i(textWidth - left).s(`"/></w:tblGrid><w:tr>`)
		b.s(`<w:tc><w:tcPr><w:tcW w:w="`).i(left).s(`" w:type="dxa"/><w:vAlign w:val="bottom"/></w:tcPr>`)
	}
	b.s(`<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>`)
	if logo {
		alt := d.Profile.LogoAlt
		if alt == "" {
			alt = d.Profile.Municipality
		}
		b.s(`<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="`).i(cx).s(`" cy="`).i(cy).s(`"/>`)
		b.s(`<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="`).i(docPr).s(`" name="Logo `).i(docPr).s(`"`).attr("descr", alt).s(`/>`)
		b.s(`<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>`)
		b.s(`<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>`)
		b.s(`<pic:nvPicPr><pic:cNvPr id="0" name="logo.png"`).attr("descr", alt).s(`/><pic:cNvPicPr/></pic:nvPicPr>`)
		b.s(`<pic:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`)
		b.s(`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="`).i(cx).s(`" cy="`).i(cy).s(`"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`)
		b.s(`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`)
		b.s(`<w:r><w:t xml:space="preserve">  </w:t></w:r>`)
	}
	if m := d.Profile.Municipality; m != "" {
		b.s(`<w:r><w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t>`).esc(m).s(`</w:t></w:r>`)
	}
	b.s(`</w:p>`)
	if h != "" {
		b.s(`</w:tc><w:tc><w:tcPr><w:tcW w:w="`).i(textWidth - left).s(`" w:type="dxa"/><w:vAlign w:val="bottom"/></w:tcPr>`)
		b.s(`<w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr>`)
		b.s(`<w:r><w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr><w:t>`).esc(h).s(`</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`)
	}
	// The rule under the header, and the paragraph a story must end with.
	b.s(`<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="A6A6A6"/></w:pBdr><w:spacing w:after="0" w:line="120" w:lineRule="exact"/></w:pPr></w:p>`)
	b.s(`</w:hdr>`)
	return b.b
}

// footerPart is the page footer: the footer text at the left, "Side X av Y"
// (PAGE and NUMPAGES fields) at the right.
func footerPart(d *render.Document, textWidth int) []byte {
	var b buf
	b.s(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.s(`<w:ftr xmlns:w="` + wNS + `">`)
	b.s(`<w:p><w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="A6A6A6"/></w:pBdr>`)
	b.s(`<w:tabs><w:tab w:val="right" w:pos="`).i(textWidth).s(`"/></w:tabs><w:spacing w:after="0"/></w:pPr>`)
	const rpr = `<w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>`
	text := d.FooterText
	if text == "" {
		text = d.Profile.FooterText
	}
	if text != "" {
		b.s(`<w:r>` + rpr + `<w:t>`).esc(text).s(`</w:t></w:r>`)
	}
	page, of := d.Captions.Page, d.Captions.Of
	if page == "" {
		page = "Side"
	}
	if of == "" {
		of = "av"
	}
	field := func(instr string) {
		b.s(`<w:r>` + rpr + `<w:fldChar w:fldCharType="begin"/></w:r><w:r>` + rpr + `<w:instrText xml:space="preserve"> ` + instr + ` </w:instrText></w:r>`)
		b.s(`<w:r>` + rpr + `<w:fldChar w:fldCharType="separate"/></w:r><w:r>` + rpr + `<w:t>1</w:t></w:r><w:r>` + rpr + `<w:fldChar w:fldCharType="end"/></w:r>`)
	}
	b.s(`<w:r>` + rpr + `<w:tab/><w:t xml:space="preserve">`).esc(page).s(` </w:t></w:r>`)
	field("PAGE")
	b.s(`<w:r>` + rpr + `<w:t xml:space="preserve"> `).esc(of).s(` </w:t></w:r>`)
	field("NUMPAGES")
	b.s(`</w:p></w:ftr>`)
	return b.b
}

// coreProps are the document's core properties. Dates come from
// Document.Created, never from the clock.
func coreProps(d *render.Document) []byte {
	var b buf
	b.s(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.s(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	el := func(name, v string) {
		if v != "" {
			b.s(`<` + name + `>`).esc(v).s(`</` + name + `>`)
		}
	}
	el("dc:title", d.Title)
	el("dc:subject", d.Subject)
	el("dc:creator", d.Author)
	el("cp:keywords", strings.Join(d.Keywords, ", "))
	el("dc:language", d.Language.Tag())
	el("cp:lastModifiedBy", d.Author)
	if !d.Created.IsZero() {
		ts := d.Created.UTC().Format("2006-01-02T15:04:05Z")
		b.s(`<dcterms:created xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:created>`)
		b.s(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:modified>`)
	}
	b.s(`</cp:coreProperties>`)
	return b.b
}

func appProps(d *render.Document) []byte {
	var b buf
	b.s(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.s(`<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`)
	b.s(`<Application>go-prosessplan</Application><DocSecurity>0</DocSecurity>`)
	if d.Author != "" {
		b.s(`<Company>`).esc(d.Author).s(`</Company>`)
	}
	b.s(`</Properties>`)
	return b.b
}
