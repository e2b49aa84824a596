package html

import (
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/prosessplan/go-prosessplan/render/pdf/fonts"
)

// fontStack is the font-family list: the profile's font first, then fonts
// found on most systems, all with æ ø å.
func fontStack(font string) string {
	var b strings.Builder
	if f := cssName(font); f != "" && !strings.EqualFold(f, "Liberation Sans") && !strings.EqualFold(f, "Arial") {
		b.WriteString("\"" + f + "\", ")
	}
	b.WriteString("\"Liberation Sans\", Arial, Helvetica, \"DejaVu Sans\", sans-serif")
	return b.String()
}

// cssName keeps only the characters a font family name needs, so a
// profile's font cannot end the style sheet.
func cssName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '_' || r == '.':
			b.WriteRune(r)
		case r >= '0' && r <= '9', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r > 0x7f && r != 0xfeff && !(r >= 0x80 && r <= 0x9f):
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// embedded is the family name of the inlined Liberation Sans.
const embedded = "Prosessplan Sans"

func (h *writer) css() {
	p := h.pal
	family := fontStack(h.d.Profile.Font)
	if h.cfg.embedFonts {
		h.s("/* Liberation Sans, embedded under the SIL Open Font License 1.1 (render/pdf/fonts/LICENSE-Liberation.txt). */\n")
		for _, f := range []struct {
			style  fonts.Style
			weight string
			slant  string
		}{{fonts.Regular, "400", "normal"}, {fonts.Bold, "700", "normal"}, {fonts.Italic, "400", "italic"}} {
			h.s("@font-face{font-family:\"" + embedded + "\";font-weight:" + f.weight + ";font-style:" + f.slant + ";src:url(data:font/ttf;base64,")
			h.s(base64.StdEncoding.EncodeToString(fonts.Sans(f.style)))
			h.s(") format(\"truetype\")}\n")
		}
		family = "\"" + embedded + "\", " + family
	}
	r := strings.NewReplacer(
		"FONT", family,
		"TEXT", p.text.css(),
		"MUTED", p.muted.css(),
		"HEAD", p.head.css(),
		"PRIMARY", p.primary.css(),
		"ONPRIM", p.onPrim.css(),
		"BAND", p.band.css(),
		"SHADE", p.shade.css(),
		"GRID", p.grid.css(),
		"BORDER", p.border.css(),
		"MARKBAR", p.markBar.css(),
		"MARK", p.mark.css(),
		"CRIT", p.crit.css(),
		"FOCUS", p.focus.css(),
	)
	h.s(r.Replace(styleSheet))
	h.pageRules(family)
}

// pageRules writes the @page rules: A4, landscape for wide sections, with
// the Document's header and footer text and "Side 2 av 9" in the page
// margins, in the Document's own words.
func (h *writer) pageRules(family string) {
	d := h.d
	var box strings.Builder
	box.WriteString("{font-family:" + family + ";font-size:8pt;color:" + h.pal.muted.css() + ";content:")
	boxStyle := box.String()
	var b strings.Builder
	if d.HeaderText != "" {
		b.WriteString("@top-left" + boxStyle + cssString(d.HeaderText) + "}")
	}
	if d.FooterText != "" {
		b.WriteString("@bottom-left" + boxStyle + cssString(d.FooterText) + "}")
	}
	if d.Captions.Page != "" {
		n := cssString(d.Captions.Page+" ") + " counter(page)"
		if d.Captions.Of != "" {
			n += " " + cssString(" "+d.Captions.Of+" ") + " counter(pages)"
		}
		b.WriteString("@bottom-right" + boxStyle + n + "}")
	}
	boxes := b.String()
	h.s("@page{size:A4;margin:16mm 15mm;" + boxes + "}\n")
	h.s("@page wide{size:A4 landscape;margin:14mm 12mm;" + boxes + "}\n")
}

// cssString quotes s as a CSS string that cannot end the string, the rule
// or the style element.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '<' || r == '>' || r == '&':
			b.WriteString(fmt.Sprintf("\\%x ", r))
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// styleSheet is the page's CSS with the palette's colours as words.
// Screen first (one column that reflows down to 320 px, wide content
// scrolling in its own region), then print (A4, landscape sections on
// landscape pages, the chart scaled to the page width).
const styleSheet = `*,*::before,*::after{box-sizing:border-box}
html{font-family:FONT;line-height:1.5;color:TEXT;background:#fff;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0}
h1,h2,h3,h4,h5,h6{color:HEAD;line-height:1.25;margin:1.6em 0 .5em}
h1{font-size:1.75rem;margin-top:.5em}
h2{font-size:1.375rem;border-bottom:2px solid BAND;padding-bottom:.15em}
h3{font-size:1.125rem}
h4,h5,h6{font-size:1rem}
h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,caption,figcaption{overflow-wrap:break-word}
p,ul,ol,dl{margin:0 0 .75em}
a{color:HEAD;text-decoration:underline}
a:focus-visible,.scroll:focus-visible,main:focus-visible{outline:3px solid FOCUS;outline-offset:2px}
main:focus{outline:none}
.skip{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
.skip:focus{position:static;display:block;width:auto;height:auto;margin:0;padding:.5rem 1rem;background:HEAD;color:#fff;font-weight:bold}
.page-header{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding:.75rem 1rem;border-bottom:4px solid PRIMARY}
.page-header .logo{height:3rem;width:auto}
.header-text{margin:0;font-weight:bold}
main{display:block;padding:0 1rem 2rem}
.page-footer{border-top:1px solid BORDER;padding:.75rem 1rem;font-size:.875rem;color:MUTED}
.page-footer p{margin:0;max-width:62rem;margin:0 auto}
.kv{display:grid;grid-template-columns:minmax(0,max-content) minmax(0,1fr);gap:.2rem 1rem;margin:1rem 0}
.kv dt{font-weight:bold}
.kv dd{margin:0}
.kv .blank{display:inline-block;width:10rem;max-width:100%;border-bottom:1px solid BORDER;height:1.2em;vertical-align:bottom}
.header-fields{padding:.75rem 1rem;border:1px solid BORDER}
.toc{margin:1rem 0 1.5rem;padding:.75rem 1rem;border-left:4px solid BAND}
.toc-title{font-weight:bold;margin:0 0 .25rem}
.toc ul{margin:0;padding-left:1.25rem}
.toc li{margin:.15rem 0}
.to-complete{background:MARK;border-left:4px solid MARKBAR;padding:.25rem .6rem;font-style:italic}
.note{font-size:.875rem;color:MUTED}
.scroll{overflow-x:auto;max-width:100%;margin:1rem 0}
table{border-collapse:collapse;font-size:.875rem;min-width:100%}
table.many{min-width:40rem}
caption{text-align:left;font-weight:bold;padding:0 0 .35rem;color:TEXT}
th,td{border:1px solid BORDER;padding:.3rem .45rem;text-align:left;vertical-align:top}
thead th,thead td{background:PRIMARY;color:ONPRIM;font-weight:bold;vertical-align:bottom}
tbody th{font-weight:bold}
tr.group th{background:BAND;color:TEXT}
.c{text-align:center}.r{text-align:right}
figure{margin:1.25rem 0}
figcaption{font-weight:bold}
.alt{font-size:.875rem;color:MUTED;margin:.25rem 0 0}
.chart{display:block}
.chart+.chart{margin-top:.75rem}
.chart text{font-size:11px;fill:TEXT}
.chart .num,.chart .sub{fill:MUTED}
.chart .phase{font-weight:bold}
.chart .grp{font-weight:bold}
.chart .sym{font-size:12px}
.band{fill:BAND}
.shade{fill:SHADE}
.gridline{stroke:GRID;stroke-width:1;fill:none}
.crit{fill:none;stroke:CRIT;stroke-width:2.5}
.legend{margin:.5rem 0 0;font-size:.875rem}
.legend-title{font-weight:bold;margin:0 0 .25rem}
.legend ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.25rem}
.legend li{display:flex;align-items:center;gap:.35rem}
.legend svg{flex:none}
.page-break{height:0}
.section>*{max-width:62rem;margin-left:auto;margin-right:auto}
.wide>.timeline,.wide>.scroll{max-width:90rem}
@media print{
html{font-size:10pt}
.skip{display:none}
.page-header{padding:0 0 .5rem}
main{padding:0}
.section>*,.wide>.timeline,.wide>.scroll{max-width:none}
.wide{page:wide}
.page-break{break-before:page}
.scroll{overflow:visible}
.keep{break-inside:avoid}
table.many{min-width:0}
.chart{width:100%;height:auto;break-inside:avoid}
table{font-size:8.5pt}
thead{display:table-header-group}
tr,dt,dd,li,figcaption,caption{break-inside:avoid}
h1,h2,h3,h4,h5,h6,caption,figcaption,.toc-title,.legend-title{break-after:avoid}
a{color:inherit;text-decoration:none}
.page-footer{padding:.5rem 0 0}
}
`
