package xlsx

import (
	"bufio"
	"bytes"
	"hash/crc32"
	"strconv"
	"unicode/utf16"

	"github.com/klauspost/compress/flate"

	"github.com/prosessplan/go-prosessplan/render"
)

// rowsPart is the XML of the Framdrift sheet's phase, activity and spare
// rows, compressed: a run of deflate blocks that ends byte-aligned and not
// final, for the package writer to splice into the sheet excelize writes
// around it (see packageWriter.splice).
type rowsPart struct {
	data bytes.Buffer
	crc  uint32
	size int64
	// fw is the compressor the rows were written with, done with them: the
	// package writer takes it over rather than allocate another.
	fw *flate.Writer
}

// Write compresses nothing: it counts what the compressor is given.
type rowsCounter struct {
	p  *rowsPart
	fw *flate.Writer
}

func (c rowsCounter) Write(b []byte) (int, error) {
	c.p.crc = crc32.Update(c.p.crc, crc32.IEEETable, b)
	c.p.size += int64(len(b))
	return c.fw.Write(b)
}

// dataRows writes the phase rows, each followed by its activities one
// outline level down, and the spare rows: the rows from firstData to
// lastRow. It only reads the book's schedule, timeline and styles, so it
// runs beside the rest of the workbook.
//
// The grid's empty cells take their borders and holiday shading from the
// column styles; an activity row writes only the cells its bar covers
// (holding 0, which the bar's number format shows as its symbol; a
// moment's reach further, see pointReach) and its marks, so the sheet
// grows with the bars, not with rows × weeks. A bar a planner moves is
// coloured wherever it goes; its symbol shows in the cells that hold 0.
func (b *book) dataRows() (*rowsPart, error) {
	p := &rowsPart{}
	fw, err := flate.NewWriter(&p.data, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	p.fw = fw
	x := newSheetXML(bufio.NewWriterSize(rowsCounter{p, fw}, 64<<10), len(b.cols)+len(b.tl.Columns))
	st := &b.st
	nt := len(b.tl.Columns)
	bars := make(map[string]render.TimelineRow, len(b.tl.Rows))
	for _, tr := range b.tl.Rows {
		if !tr.Phase {
			if _, dup := bars[tr.Number]; !dup {
				bars[tr.Number] = tr
			}
		}
	}
	gridStyle := make([]int, nt)
	for i, tc := range b.tl.Columns {
		gridStyle[i] = st.grid
		if tc.Shaded {
			gridStyle[i] = st.gridShade
		}
	}
	tableStyle := make([]int, len(b.cols))
	for i, c := range b.cols {
		tableStyle[i] = st.cell
		if c.key == cStart || c.key == cEnd {
			tableStyle[i] = st.date
		}
	}
	// marks holds the symbol of each grid cell of the row being written
	// outside its bar; "" where there is none.
	marks := make([]string, nt)
	// vals are the activity's cells, by column.
	vals := make([]interface{}, len(b.cols))
	r := firstData
	for _, ph := range b.s.Phases {
		x.startRow(r, 18, 0)
		for i, c := range b.cols {
			switch c.key {
			case cNr:
				x.str(i, st.phase, ph.ID)
			case cPhase:
				x.str(i, st.phase, ph.Name)
			case cStart, cEnd:
				b.phaseDate(x, i, ph, c.key, r)
			default:
				x.empty(i, st.phase)
			}
		}
		x.endRow()
		r++
		for _, a := range ph.Activities {
			for i, c := range b.cols {
				vals[i] = b.activityValue(a, c.key)
			}
			x.startRow(r, b.rowHeight(vals), 1)
			for i, v := range vals {
				switch v := v.(type) {
				case string:
					x.str(i, tableStyle[i], v)
				case float64:
					x.num(i, tableStyle[i], v)
				default:
					x.empty(i, tableStyle[i])
				}
			}
			if tr, ok := bars[a.ID]; ok {
				first, last := nt, -1
				if tr.First >= 0 {
					first, last = tr.First, tr.Last
					if tr.Point {
						// A moment's symbol is all it shows: it keeps it
						// when the planner moves it by up to half a year.
						first, last = max(0, first-pointReach), last+pointReach
					}
					last = min(last, nt-1)
				}
				lo, hi := nt, -1
				for _, m := range tr.Marks {
					if m.Column >= 0 && m.Column < nt && (m.Column < tr.First || m.Column > tr.Last) {
						marks[m.Column] = m.Symbol
						lo, hi = min(lo, m.Column), max(hi, m.Column)
					}
				}
				for i := min(lo, first); i <= max(hi, last); i++ {
					switch {
					case marks[i] != "":
						x.str(len(b.cols)+i, gridStyle[i], marks[i])
						marks[i] = ""
					case i >= first && i <= last:
						x.zero(len(b.cols)+i, gridStyle[i])
					}
				}
			}
			x.endRow()
			r++
		}
	}
	// The spare rows have the whole grid, so a planner's new activity
	// shows its symbol wherever its bar goes.
	for ; r <= b.lastRow; r++ {
		x.startRow(r, 0, 1)
		for i := range b.cols {
			x.empty(i, tableStyle[i])
		}
		for i := range nt {
			x.zero(len(b.cols)+i, gridStyle[i])
		}
		x.endRow()
	}
	if err := x.w.Flush(); err != nil {
		return nil, err
	}
	// Byte-aligned and not final: the sheet's tail follows.
	return p, fw.Flush()
}

// sheetXML writes the rows of a worksheet's sheetData, as excelize's stream
// writer does, without its per-cell work: the cell references are built
// from column names worked out once, and the text is escaped once.
type sheetXML struct {
	w *bufio.Writer
	// cols are the column names, by 0-based column.
	cols []string
	// row is the number of the row being written, as text.
	row string
	// num is scratch space for numbers.
	num_ []byte
}

func newSheetXML(w *bufio.Writer, ncol int) *sheetXML {
	x := &sheetXML{w: w, cols: make([]string, ncol)}
	for i := range x.cols {
		x.cols[i] = colName(i + 1)
	}
	return x
}

// startRow starts row r, height points high (0: the default height), at
// outline level outline.
func (x *sheetXML) startRow(r int, height float64, outline int) {
	x.row = strconv.Itoa(r)
	w := x.w
	w.WriteString(`<row r="`)
	w.WriteString(x.row)
	w.WriteByte('"')
	if height > 0 {
		w.WriteString(` ht="`)
		x.num_ = strconv.AppendFloat(x.num_[:0], height, 'f', -1, 64)
		w.Write(x.num_)
		w.WriteString(`" customHeight="1"`)
	}
	if outline > 0 {
		w.WriteString(` outlineLevel="`)
		w.WriteString(strconv.Itoa(outline))
		w.WriteByte('"')
	}
	w.WriteByte('>')
}

func (x *sheetXML) endRow() { x.w.WriteString(`</row>`) }

// open writes the start of cell col (0-based) of the current row with
// style id style, up to its type.
func (x *sheetXML) open(col, style int) {
	w := x.w
	w.WriteString(`<c r="`)
	w.WriteString(x.cols[col])
	w.WriteString(x.row)
	w.WriteString(`" s="`)
	x.num_ = strconv.AppendInt(x.num_[:0], int64(style), 10)
	w.Write(x.num_)
	w.WriteByte('"')
}

// empty writes a cell with a style and no value.
func (x *sheetXML) empty(col, style int) {
	x.open(col, style)
	x.w.WriteString(`/>`)
}

// zero writes a cell holding 0.
func (x *sheetXML) zero(col, style int) {
	x.open(col, style)
	x.w.WriteString(`><v>0</v></c>`)
}

// num writes a cell holding v.
func (x *sheetXML) num(col, style int, v float64) {
	x.open(col, style)
	x.w.WriteString(`><v>`)
	x.num_ = strconv.AppendFloat(x.num_[:0], v, 'f', -1, 64)
	x.w.Write(x.num_)
	x.w.WriteString(`</v></c>`)
}

// formula writes a cell with formula f and, when v is not nil, the value
// it has now.
func (x *sheetXML) formula(col, style int, f string, v *float64) {
	x.open(col, style)
	x.w.WriteString(`><f>`)
	writeXMLText(x.w, f, false)
	x.w.WriteString(`</f>`)
	if v != nil {
		x.w.WriteString(`<v>`)
		x.num_ = strconv.AppendFloat(x.num_[:0], *v, 'f', -1, 64)
		x.w.Write(x.num_)
		x.w.WriteString(`</v>`)
	}
	x.w.WriteString(`</c>`)
}

// str writes a text cell; an empty s writes an empty cell. A text longer
// than a cell holds (32,767 UTF-16 units) is cut there, as excelize does.
func (x *sheetXML) str(col, style int, s string) {
	if s == "" {
		x.empty(col, style)
		return
	}
	if len(s) > maxCellUnits {
		s = truncateUnits(s, maxCellUnits)
	}
	x.open(col, style)
	w := x.w
	w.WriteString(` t="inlineStr"><is><t`)
	if spaceAtEnds(s) {
		w.WriteString(` xml:space="preserve"`)
	}
	w.WriteByte('>')
	writeXMLText(w, s, true)
	w.WriteString(`</t></is></c>`)
}

// maxCellUnits is the most UTF-16 units a cell holds.
const maxCellUnits = 32767

// truncateUnits cuts s to at most n UTF-16 units, never inside a character.
func truncateUnits(s string, n int) string {
	units := 0
	for i, r := range s {
		if units += utf16.RuneLen(r); units > n {
			return s[:i]
		}
	}
	return s
}

// spaceAtEnds reports whether s starts or ends with white space that XML
// would drop without xml:space="preserve".
func spaceAtEnds(s string) bool {
	for _, c := range []byte{s[0], s[len(s)-1]} {
		switch c {
		case ' ', '\t', '\n', '\r':
			return true
		}
	}
	return false
}
