// Package mktemplate makes the municipal Word templates the docx tests use
// (testdata/templates). They imitate what Norwegian Word saves: localized
// style IDs (Overskrift1, Listeavsnitt, Tabellrutenett) with the built-in
// English w:name, a first-page header with the coat of arms, a default
// header, a footer with PAGE/NUMPAGES fields, content controls, a
// bookmark, a DATE field, a hyperlink, a customXml part, a theme and
// mc:Ignorable extension markup. The bytes are deterministic, so
// `go test ./render/docx -run TestMakeTemplates -update` reproduces the
// committed files exactly.
package mktemplate

import (
	"archive/zip"
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"time"
)

// Variant says how a template marks where the content goes.
type Variant int

// Variants.
const (
	// Marker: a paragraph "{{innhold}}" (split over runs, as Word does).
	Marker Variant = iota
	// Bookmark: a paragraph holding the bookmark "Innhold".
	Bookmark
	// Control: a block content control tagged "innhold".
	Control
)

// Template describes one template file.
type Template struct {
	Name    string
	Variant Variant
	// Dotx makes a template (.dotx) rather than a document.
	Dotx bool
	// Numbering adds a numbering part with lists of the template's own.
	Numbering bool
	// Slots makes a saksframlegg template with slots for the header
	// fields: a header table whose value cells beside «Saksbehandler:»,
	// «Arkivsaksnr.:» and «Arkivkode:» are empty, a bookmark "Lopenr", a
	// date content control tagged "dato" showing its placeholder text and
	// a block content control titled "Tittel", instead of the
	// Saksbehandler control of the other templates.
	Slots bool
}

// Slots is the saksframlegg template with header field slots; it is made
// by the tests, not kept in testdata.
var Slots = Template{Name: "saksframlegg-felt.dotx", Variant: Marker, Dotx: true, Slots: true}

// Placeholder texts of the Slots template's content controls.
const (
	DatePlaceholder  = "Klikk eller trykk for å skrive inn en dato."
	TitlePlaceholder = "[Sakstittel]"
)

// All are the templates in testdata/templates.
var All = []Template{
	{Name: "kommunemal.dotx", Variant: Marker, Dotx: true, Numbering: true},
	{Name: "kommunemal-bokmerke.docx", Variant: Bookmark},
	{Name: "kommunemal-innholdskontroll.dotx", Variant: Control, Dotx: true},
}

// Texts of the template that tests look for after writing into it.
const (
	FirstPageHeader = "Bodø kommune – Saksframlegg"
	DefaultHeader   = "Bodø kommune"
	FooterAddress   = "Postboks 319, 8001 Bodø"
	Saksbehandler   = "Kari Nordmann"
	Mottaker        = "Bystyret i Bodø"
	DateResult      = "7. desember 2017"
	LinkText        = "bodo.kommune.no"
	Closing         = "Med hilsen Kommunedirektøren i Bodø"
	LogoAlt         = "Bodø kommunes våpen"
)

var modTime = time.Date(2017, 12, 1, 8, 0, 0, 0, time.UTC)

// Make returns the bytes of template t.
func Make(t Template) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	add := func(name, data string) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: modTime})
		if err != nil {
			panic(err)
		}
		if _, err := w.Write([]byte(data)); err != nil {
			panic(err)
		}
	}
	main := "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	if t.Dotx {
		main = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
	}
	numCT := ""
	if t.Numbering {
		numCT = `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>`
	}
	add("[Content_Types].xml", xmlHead+`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="`+main+`"/><Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`+numCT+`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`)
	add("_rels/.rels", xmlHead+`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)
	add("word/document.xml", document(t))
	numRel := ""
	if t.Numbering {
		numRel = `<Relationship Id="rId13" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`
	}
	add("word/_rels/document.xml.rels", xmlHead+`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/><Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://bodo.kommune.no/" TargetMode="External"/><Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings" Target="webSettings.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>`+numRel+`</Relationships>`)
	add("customXml/item1.xml", `<?xml version="1.0" encoding="utf-8"?><kommunemal xmlns="urn:bodo-kommune:maler"><versjon>3</versjon><eier>Dokumentsenteret</eier><tittel>Saksframlegg – æøå</tittel></kommunemal>`)
	add("customXml/itemProps1.xml", xmlHead+`<ds:datastoreItem ds:itemID="{5B3C2A1D-7E8F-4A6B-9C0D-1E2F3A4B5C6D}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:bodo-kommune:maler"/></ds:schemaRefs></ds:datastoreItem>`)
	add("customXml/_rels/item1.xml.rels", xmlHead+`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>`)
	add("word/header1.xml", headerFirst)
	add("word/_rels/header1.xml.rels", xmlHead+`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`)
	add("word/header2.xml", headerDefault)
	add("word/footer1.xml", footer)
	add("word/media/image1.png", string(coatOfArms()))
	add("word/styles.xml", styles)
	if t.Numbering {
		add("word/numbering.xml", numbering)
	}
	add("word/settings.xml", settings)
	add("word/webSettings.xml", xmlHead+`<w:webSettings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>`)
	add("word/fontTable.xml", fontTable)
	add("word/theme/theme1.xml", theme)
	add("docProps/core.xml", xmlHead+`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Mal for saksframlegg</dc:title><dc:creator>Dokumentsenteret</dc:creator><cp:lastModifiedBy>Dokumentsenteret</cp:lastModifiedBy><cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2017-11-30T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2017-12-01T08:00:00Z</dcterms:modified></cp:coreProperties>`)
	add("docProps/app.xml", xmlHead+`<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>12</TotalTime><Pages>1</Pages><Words>42</Words><Characters>230</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>2</Lines><Paragraphs>1</Paragraphs><ScaleCrop>false</ScaleCrop><Company>Bodø kommune</Company><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>271</CharactersWithSpaces><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>`)
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return b.Bytes()
}

const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n"

const docNS = `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 w15 wp14"`

func document(t Template) string {
	var b strings.Builder
	b.WriteString(xmlHead + `<w:document ` + docNS + `><w:body>`)
	if t.Slots {
		b.WriteString(slots)
	} else {
		// Saksbehandler: a content control the case system fills in.
		b.WriteString(`<w:sdt><w:sdtPr><w:alias w:val="Saksbehandler"/><w:tag w:val="Saksbehandler"/><w:id w:val="-1480302337"/></w:sdtPr><w:sdtContent><w:p w14:paraId="0A1B2C3D" w14:textId="4E5F6A7B" w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Saksbehandler: </w:t></w:r><w:r><w:t>` + Saksbehandler + `</w:t></w:r></w:p></w:sdtContent></w:sdt>`)
	}
	if !t.Slots {
		// Date field.
		b.WriteString(`<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Dato: </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE  \@ "d. MMMM yyyy"  \* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>` + DateResult + `</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`)
	}
	// Bookmark around the addressee.
	b.WriteString(`<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Til: </w:t></w:r><w:bookmarkStart w:id="0" w:name="Mottaker"/><w:r><w:t>` + Mottaker + `</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>`)
	// A hyperlink.
	b.WriteString(`<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:r><w:t xml:space="preserve">Mer om planarbeid på </w:t></w:r><w:hyperlink r:id="rId5" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperkobling"/></w:rPr><w:t>` + LinkText + `</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>`)
	if t.Numbering {
		b.WriteString(`<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:pPr><w:pStyle w:val="Listeavsnitt"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Malens egen punktliste</w:t></w:r></w:p>`)
	}
	switch t.Variant {
	case Marker:
		b.WriteString(`<w:p w:rsidR="00B2C3D4" w:rsidRDefault="00B2C3D4"><w:r><w:t>{{inn</w:t></w:r><w:proofErr w:type="spellStart"/><w:r w:rsidR="00C3D4E5"><w:t>hold}}</w:t></w:r><w:proofErr w:type="spellEnd"/></w:p>`)
	case Bookmark:
		b.WriteString(`<w:p w:rsidR="00B2C3D4" w:rsidRDefault="00B2C3D4"><w:bookmarkStart w:id="1" w:name="Innhold"/><w:bookmarkEnd w:id="1"/></w:p>`)
	case Control:
		b.WriteString(`<w:sdt><w:sdtPr><w:alias w:val="Innhold"/><w:tag w:val="innhold"/><w:id w:val="1122334455"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p w:rsidR="00B2C3D4" w:rsidRDefault="00B2C3D4"><w:r><w:rPr><w:rStyle w:val="Plassholdertekst"/></w:rPr><w:t>Klikk her for å skrive inn tekst.</w:t></w:r></w:p></w:sdtContent></w:sdt>`)
	}
	b.WriteString(`<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:pPr><w:spacing w:before="480"/></w:pPr><w:r><w:t>` + Closing + `</w:t></w:r></w:p>`)
	b.WriteString(`<w:sectPr w:rsidR="00A1B2C3" w:rsidSect="00A1B2C3"><w:headerReference w:type="default" r:id="rId7"/><w:headerReference w:type="first" r:id="rId6"/><w:footerReference w:type="default" r:id="rId8"/><w:footerReference w:type="first" r:id="rId8"/><w:pgSz w:w="11906" w:h="16838" w:code="9"/><w:pgMar w:top="1701" w:right="1134" w:bottom="1418" w:left="1418" w:header="567" w:footer="454" w:gutter="0"/><w:cols w:space="708"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>`)
	return b.String()
}

// slots is the Slots template's header: a borderless table of labels and
// empty value cells, a bookmark, a date control and a title control, as
// municipal saksframlegg templates have them.
var slots = `<w:tbl><w:tblPr><w:tblW w:w="9354" w:type="dxa"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr><w:tblGrid><w:gridCol w:w="2400"/><w:gridCol w:w="6954"/></w:tblGrid>` +
	slotRow("Saksbehandler:") + slotRow("Arkivsaksnr.:") + slotRow("Arkivkode:") + `</w:tbl>` +
	`<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Løpenr.: </w:t></w:r><w:bookmarkStart w:id="7" w:name="Lopenr"/><w:bookmarkEnd w:id="7"/></w:p>` +
	`<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Dato: </w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="dato"/><w:id w:val="-208912345"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013437"/></w:placeholder><w:showingPlcHdr/><w:date><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="Plassholdertekst"/></w:rPr><w:t>` + DatePlaceholder + `</w:t></w:r></w:sdtContent></w:sdt></w:p>` +
	`<w:sdt><w:sdtPr><w:alias w:val="Tittel"/><w:id w:val="1357924680"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:pPr><w:pStyle w:val="Tittel"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Plassholdertekst"/></w:rPr><w:t>` + TitlePlaceholder + `</w:t></w:r></w:p></w:sdtContent></w:sdt>`

func slotRow(label string) string {
	return `<w:tr><w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>` + label + `</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="6954" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p></w:tc></w:tr>`
}

var headerFirst = xmlHead + `<w:hdr ` + docNS + `><w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:pPr><w:pStyle w:val="Topptekst"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" wp14:anchorId="3C4D5E6F" wp14:editId="7A8B9C0D"><wp:extent cx="540000" cy="648000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="1" name="Bilde 1" descr="` + LogoAlt + `"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="Bilde 1" descr="` + LogoAlt + `"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="540000" cy="648000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r><w:r><w:rPr><w:b/><w:sz w:val="32"/></w:rPr><w:tab/><w:t>` + FirstPageHeader + `</w:t></w:r></w:p></w:hdr>`

var headerDefault = xmlHead + `<w:hdr ` + docNS + `><w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:pPr><w:pStyle w:val="Topptekst"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:color w:val="7F7F7F"/></w:rPr><w:t>` + DefaultHeader + `</w:t></w:r></w:p></w:hdr>`

var footer = xmlHead + `<w:ftr ` + docNS + `><w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:pPr><w:pStyle w:val="Bunntekst"/><w:tabs><w:tab w:val="clear" w:pos="9072"/><w:tab w:val="right" w:pos="9354"/></w:tabs></w:pPr><w:r><w:t>` + FooterAddress + `</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">Side </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> av </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES   \* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`

// styles are saved by Norwegian Word: IDs in Norwegian, w:name the
// built-in English name. The template lacks List Bullet, List Number,
// caption and the TOC styles, which the writer must add.
var styles = xmlHead + `<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:eastAsia="Calibri" w:hAnsi="Arial" w:cs="Times New Roman"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="nb-NO" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/><w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/><w:lsdException w:name="heading 2" w:semiHidden="1" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"/><w:lsdException w:name="Title" w:uiPriority="10" w:qFormat="1"/><w:lsdException w:name="Table Grid" w:uiPriority="39"/></w:latentStyles>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rsid w:val="00A1B2C3"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Overskrift1Tegn"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:color w:val="00594F"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="40" w:after="0"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:color w:val="00594F"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Overskrift3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="40" w:after="0"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:color w:val="00594F"/><w:sz w:val="24"/></w:rPr></w:style>` +
	`<w:style w:type="character" w:default="1" w:styleId="Standardskriftforavsnitt"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
	`<w:style w:type="table" w:default="1" w:styleId="Vanligtabell"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
	`<w:style w:type="numbering" w:default="1" w:styleId="Ingenliste"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
	`<w:style w:type="character" w:customStyle="1" w:styleId="Overskrift1Tegn"><w:name w:val="Overskrift 1 Tegn"/><w:basedOn w:val="Standardskriftforavsnitt"/><w:link w:val="Overskrift1"/><w:uiPriority w:val="9"/><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:color w:val="00594F"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Tittel"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Listeavsnitt"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>` +
	`<w:style w:type="table" w:styleId="Tabellrutenett"><w:name w:val="Table Grid"/><w:basedOn w:val="Vanligtabell"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Topptekst"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Bunntekst"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>` +
	`<w:style w:type="character" w:styleId="Hyperkobling"><w:name w:val="Hyperlink"/><w:basedOn w:val="Standardskriftforavsnitt"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>` +
	`<w:style w:type="character" w:styleId="Plassholdertekst"><w:name w:val="Placeholder Text"/><w:basedOn w:val="Standardskriftforavsnitt"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>` +
	`</w:styles>`

var numbering = xmlHead + `<w:numbering xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">` +
	`<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0414000F"/><w:lvl w:ilvl="0" w:tplc="0414000F"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="1"><w:nsid w:val="2B3C4D5E"/><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
	`</w:numbering>`

var settings = xmlHead + `<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14 w15">` +
	`<w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/><w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat><w:rsids><w:rsidRoot w:val="00A1B2C3"/><w:rsid w:val="00A1B2C3"/><w:rsid w:val="00B2C3D4"/><w:rsid w:val="00C3D4E5"/></w:rsids><m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:defJc m:val="centerGroup"/></m:mathPr><w:themeFontLang w:val="nb-NO"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/><w15:chartTrackingRefBased/><w15:docId w15:val="{0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0}"/>` +
	`</w:settings>`

var fontTable = xmlHead + `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font><w:font w:name="Georgia"><w:panose1 w:val="02040502050405020303"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`

var theme = xmlHead + `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Bodø kommune"><a:themeElements>` +
	`<a:clrScheme name="Bodø"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="00594F"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="00594F"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>` +
	`<a:fontScheme name="Bodø"><a:majorFont><a:latin typeface="Georgia"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>` +
	`<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>` +
	`</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`

// coatOfArms is a small PNG standing in for the municipality's coat of arms.
func coatOfArms() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 50, 60))
	for y := 0; y < 60; y++ {
		for x := 0; x < 50; x++ {
			c := color.RGBA{255, 255, 255, 255}
			if y < 40 || (x-25)*(x-25) < (60-y)*(60-y)*6/10 {
				c = color.RGBA{0x00, 0x59, 0x4F, 255}
				if y > 12 && y < 30 && x > 12 && x < 38 {
					c = color.RGBA{0xFF, 0xFF, 0xFF, 255}
				}
			}
			img.Set(x, y, c)
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		panic(err)
	}
	return b.Bytes()
}
