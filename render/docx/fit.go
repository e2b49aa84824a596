package docx

import (
	"strings"

	"github.com/prosessplan/go-prosessplan/render"
)

// Table type sizes in half-points.
const (
	tableSize    = 18 // the Tabelltekst style's 9 pt
	minTableSize = 14 // 7 pt: smaller than this, a word is better broken
	cellMargin   = 57 // left and right cell margin in twips (tblCellMar)
)

// arialWidths are Arial's (and Liberation Sans's) advance widths in
// thousandths of an em for the printable ASCII characters, from space.
var arialWidths = [95]uint16{
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space – /
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 – ?
	1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ – O
	667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P – _
	333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` – o
	556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p – ~
}

// textWidth estimates the width of s in Arial in thousandths of an em;
// bold text is taken as a tenth wider, which errs on the wide side.
func textWidth(s string, bold bool) int {
	w := 0
	for _, r := range s {
		switch {
		case r >= ' ' && r <= '~':
			w += int(arialWidths[r-' '])
		case r == 'æ' || r == 'Æ' || r == '—':
			w += 1000
		case r == 'ø' || r == 'Ø':
			w += 778
		default: // å, é, –, «, digits of other scripts: about a digit
			w += 667
		}
	}
	if bold {
		w += w / 10
	}
	return w
}

// fitTableSize returns the type size (half-points) for a table with column
// widths ws (twips): the style's size, or smaller down to minTableSize
// when a word (a column title or a word in a one-column cell) would not
// fit its column and Word or LibreOffice would break it in the middle.
func fitTableSize(t *render.Table, ws []int) int {
	size := tableSize
	check := func(text string, bold bool, col int) {
		avail := ws[col] - 2*cellMargin - 20 // a little room for rounding in the layout
		// Words split at spaces without allocating: a 10,000-activity
		// table has a hundred thousand cells.
		for text != "" {
			i := strings.IndexAny(text, " \n\t")
			word := text
			if i >= 0 {
				word, text = text[:i], text[i+1:]
			} else {
				text = ""
			}
			// Width in twips at size s: w/1000 em × s/2 pt × 20.
			if w := textWidth(word, bold); w*size/100 > avail {
				size = max(minTableSize, min(size, avail*100/max(w, 1)))
			}
		}
	}
	for i, c := range t.Columns {
		check(c.Title, true, i)
	}
	for _, row := range t.Rows {
		col := 0
		for _, c := range row.Cells {
			if col >= len(ws) {
				break
			}
			span := max(c.Span, 1)
			if span == 1 && !(row.Group && len(row.Cells) == 1) {
				for _, r := range c.Runs {
					check(r.Text, row.Group || r.Bold, col)
				}
			}
			col += span
		}
		if size == minTableSize {
			break
		}
	}
	return size
}

// truncateLabel shortens s with "…" so that it fits width twips at size
// half-points in Arial: a chart row's label on one line keeps the chart on
// as few pages as the rows allow. The activity table has the full text.
func truncateLabel(s string, width, size int, bold bool) string {
	fits := func(s string) bool { return textWidth(s, bold)*size/100 <= width }
	if fits(s) {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fits(strings.TrimRight(string(r[:mid]), " ") + "…") {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimRight(string(r[:lo]), " ") + "…"
}
