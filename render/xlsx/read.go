package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/internal/lazyregexp"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render/internal/words"
)

// ErrNotProsessplan is what errors.Is finds in Read's error for a file
// that is not a workbook written by this package: not an .xlsx file, or
// one without the hidden sheet that carries the plan file. The error itself
// is a [*NotProsessplanError], which says what was found.
var ErrNotProsessplan = errors.New("xlsx: not a workbook written by prosessplan")

// NotProsessplanError is Read's error for a file it cannot take back. Its
// Error is in English, for developers; Message gives it in the planner's
// language.
type NotProsessplanError struct {
	// Name is the file name given to Read.
	Name string
	// Workbook is set when the file is an .xlsx workbook, but one without
	// the hidden sheet "prosessplan" that this package writes.
	Workbook bool
	// Found is what the file is instead of a workbook, when its first
	// bytes tell: "pdf", "xls", "docx", "ods"; empty when they do not.
	Found string
	// Err is the spreadsheet reader's error, if any.
	Err error
}

// Error returns the message in English.
func (e *NotProsessplanError) Error() string { return e.Message(prosessplan.English) }

// Message says once, in language l, what was expected and what was found:
// "budsjett.xlsx er en arbeidsbok, men ikke en som prosessplan har skrevet
// — den mangler det skjulte arket «prosessplan»".
func (e *NotProsessplanError) Message(l prosessplan.Language) string {
	if e.Workbook {
		return fmt.Sprintf(bookText.NotOurs.In(l), e.Name, metaSheet)
	}
	msg := fmt.Sprintf(bookText.NotXLSX.In(l), e.Name)
	if f := bookText.Found[e.Found].In(l); f != "" {
		msg += f
	}
	return msg
}

// Is reports whether target is [ErrNotProsessplan].
func (e *NotProsessplanError) Is(target error) bool { return target == ErrNotProsessplan }

// Unwrap returns the spreadsheet reader's error.
func (e *NotProsessplanError) Unwrap() error { return e.Err }

// sniff names the kind of file data is, from its first bytes, for the
// files a planner may pick by mistake.
func sniff(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF")):
		return "pdf"
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return "xls"
	case bytes.HasPrefix(data, []byte("PK")):
		head := data[:min(len(data), 4096)]
		switch {
		case bytes.Contains(head, []byte("opendocument.spreadsheet")):
			return "ods"
		case bytes.Contains(data, []byte("word/document.xml")):
			return "docx"
		}
	}
	return ""
}

// ChangeKind is what happened to a row of the Framdrift sheet.
type ChangeKind int

// Change kinds.
const (
	// Added is a row the planner added.
	Added ChangeKind = iota + 1
	// Deleted is a row the planner deleted.
	Deleted
	// Modified is a cell the planner changed: a date, the status, who is
	// responsible, the name.
	Modified
	// Moved is a row the planner moved: to another phase or to another
	// place in the order.
	Moved
)

// Change is one difference between a workbook as written and as read back.
type Change struct {
	Kind ChangeKind
	// Phase is set when the row is a phase row.
	Phase bool
	// ID and Name are the number and name of the activity or phase.
	ID, Name string
	// Field is the title of the changed column, as the sheet shows it
	// ("Start", "Status"); set for Modified.
	Field string
	// Old and New are the values as the sheet shows them. For Moved, New is
	// the name of the phase the activity is in now.
	Old, New string
	// Cell is where the change is, "Framdrift!H14"; empty for deleted rows.
	Cell string
	// Language is the language String writes.
	Language prosessplan.Language
}

// String describes the change in the workbook's language:
// "Framdrift!H14: 1.3 Møte med referansegruppe 1: Start endret fra «12.01.2026» til «19.01.2026»".
func (c Change) String() string {
	what := strings.TrimSpace(c.ID + " " + c.Name)
	if c.Phase {
		what = strings.ToLower(words.Phase.In(c.Language)) + " " + what
	}
	var s string
	switch c.Kind {
	case Added:
		kind := bookText.NewActivity.In(c.Language)
		if c.Phase {
			kind, what = bookText.NewPhase.In(c.Language), strings.TrimSpace(c.ID+" "+c.Name)
		}
		s = kind + " " + what
		if !c.Phase && c.New != "" {
			s += " " + bookText.InPhase.In(c.Language) + " " + c.New
		}
	case Deleted:
		s = upperFirst(what) + " " + bookText.Deleted.In(c.Language)
	case Modified:
		s = upperFirst(what) + ": " + c.Field + " " + bookText.Changed.In(c.Language) + " " + bookText.From.In(c.Language) + " «" + c.Old + "» " + bookText.To.In(c.Language) + " «" + c.New + "»"
	case Moved:
		s = upperFirst(what) + " " + bookText.Moved.In(c.Language)
		if c.New != "" {
			s += " " + bookText.MovedTo.In(c.Language) + " " + c.New
		}
	}
	if c.Cell != "" {
		return c.Cell + ": " + upperFirst(s)
	}
	return upperFirst(s)
}

func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// Read reads a workbook written by [Write], after a planner edited it in
// Excel or LibreOffice, back into a plan, and reports what changed against
// the plan the workbook was written from: moved dates, changed status or
// responsible, added, deleted and reordered rows. name is the file name
// used in messages. Everything the Framdrift rows do not show
// (organisation, bodies, texts, dependencies) comes from the plan file
// stored in the workbook; the rows win over it.
//
// Cells that cannot be read give a [prosessplan.Problems] error whose
// messages name the sheet and cell: "Framdrift!I12: 31.02.2026 er ikke en
// gyldig dato". A file that is not such a workbook gives an error that
// wraps [ErrNotProsessplan].
func Read(r io.Reader, name string) (p *prosessplan.Plan, changes []Change, err error) {
	// excelize is handed bytes an attacker may have shaped; a panic in it
	// becomes an error rather than the end of the program.
	defer func() {
		if v := recover(); v != nil {
			p, changes, err = nil, nil, fmt.Errorf("xlsx: reading %s: the spreadsheet reader failed: %v", name, v)
		}
	}()
	// The whole file is read, but never more than MaxFileSize of it. Parts
	// stay in memory rather than in temporary files (see noTempFiles).
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > MaxFileSize {
		return nil, nil, sizeProblem(name, func(l prosessplan.Language) string { return fmt.Sprintf(bookText.TooBig.In(l), name, MaxFileSize>>20) })
	}
	if err := checkUnpacked(data, name); err != nil {
		return nil, nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		TmpDir: noTempFiles.TmpDir, UnzipSizeLimit: MaxUnpackedSize, UnzipXMLSizeLimit: MaxPartSize,
	})
	if err != nil {
		return nil, nil, &NotProsessplanError{Name: name, Found: sniff(data), Err: err}
	}
	defer f.Close()
	meta, err := readMeta(f, name)
	if err != nil {
		return nil, nil, err
	}
	rd := &reader{f: f, name: name, lang: meta.lang, clock: meta.clock}
	// The stored plan file and rows are the tool's, not the planner's: a
	// fault in them is reported as a damaged workbook, never with a line
	// of a sheet no planner can open.
	orig, err := prosessplan.Decode(strings.NewReader(meta.planFile), name+"#"+metaSheet)
	if err != nil {
		var ps prosessplan.Problems
		errors.As(err, &ps)
		return nil, nil, rd.damaged(func(l prosessplan.Language) string {
			if len(ps) > 0 {
				return ps[0].Message(l)
			}
			return ""
		})
	}
	orig.File = name
	rd.plan = orig
	snap, err := rd.snapshot(meta.rows)
	if err != nil {
		return nil, nil, err
	}
	rd.written = map[string]*row{}
	for i := range snap {
		if !snap[i].phase {
			rd.written[snap[i].text[cNr]] = &snap[i]
		}
	}
	sheet := meta.sheet
	if idx, _ := f.GetSheetIndex(sheet); idx < 0 {
		sheet = f.GetSheetName(0)
	}
	vis, err := rd.rows(sheet)
	if err != nil {
		return nil, nil, err
	}
	if len(rd.problems) > 0 {
		return nil, nil, rd.problems
	}
	p, changes = rd.merge(sheet, snap, vis)
	if len(rd.problems) > 0 {
		return nil, nil, rd.problems
	}
	return p, changes, nil
}

// Limits on what [Read] takes in. The workbook of a plan of 50,000
// activities with long texts is about 10 MB and unpacks to about 100 MiB,
// its largest part (the Framdrift sheet) to 65 MiB; a file over these
// limits is not one this package wrote, and is refused before it is
// unpacked, so that a small file that claims gigabytes cannot take the
// machine's memory.
const (
	// MaxFileSize is the largest workbook file Read reads, in bytes.
	MaxFileSize = 64 << 20
	// MaxUnpackedSize is the most all parts of a workbook may unpack to.
	MaxUnpackedSize = 256 << 20
	// MaxPartSize is the most one part (a sheet, the shared strings) may
	// unpack to.
	MaxPartSize = 128 << 20
)

// checkUnpacked refuses a zip whose parts claim more than the limits.
// archive/zip stops a part that inflates beyond what it claims, so the
// claims bound what is unpacked. A file that is not a zip passes, for
// excelize to say what it is.
func checkUnpacked(data []byte, name string) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil
	}
	var total uint64
	for _, zf := range zr.File {
		size := zf.UncompressedSize64
		total += size
		if size > MaxPartSize {
			part := zf.Name
			return sizeProblem(name, func(l prosessplan.Language) string {
				return fmt.Sprintf(bookText.PartTooBig.In(l), name, part, mib(size), MaxPartSize>>20)
			})
		}
		if total > MaxUnpackedSize {
			return sizeProblem(name, func(l prosessplan.Language) string {
				return fmt.Sprintf(bookText.UnpacksTooBig.In(l), name, MaxUnpackedSize>>20)
			})
		}
	}
	return nil
}

// mib writes a size in whole MiB, rounded up.
func mib(n uint64) string {
	return strconv.FormatUint((n+1<<20-1)>>20, 10) + " MiB"
}

func sizeProblem(name string, text func(l prosessplan.Language) string) prosessplan.Problems {
	t := map[prosessplan.Language]string{}
	for _, l := range languages {
		t[l] = text(l)
	}
	return prosessplan.Problems{{Code: prosessplan.CodeXLSXSize, Severity: prosessplan.SeverityError, Pos: prosessplan.Pos{File: name}, Text: t}}
}

// damaged reports the hidden sheet as damaged, with what is wrong in it
// (detail, in each language; may be empty).
func (rd *reader) damaged(detail func(l prosessplan.Language) string) prosessplan.Problems {
	t := map[prosessplan.Language]string{}
	for _, l := range languages {
		msg := fmt.Sprintf(bookText.Damaged.In(l), metaSheet)
		if d := detail(l); d != "" {
			msg += " (" + d + ")"
		}
		t[l] = msg + ". " + bookText.DamagedHelp.In(l)
	}
	return prosessplan.Problems{{Code: prosessplan.CodeXLSXHidden, Severity: prosessplan.SeverityError, Pos: prosessplan.Pos{File: rd.name}, Text: t}}
}

type metaInfo struct {
	lang     prosessplan.Language
	clock    bool
	sheet    string
	planFile string
	rows     string
}

func readMeta(f *excelize.File, name string) (*metaInfo, error) {
	notOurs := func() error {
		return &NotProsessplanError{Name: name, Workbook: true}
	}
	if idx, _ := f.GetSheetIndex(metaSheet); idx < 0 {
		return nil, notOurs()
	}
	rows, err := f.GetRows(metaSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(rows) == 0 || len(rows[0]) < 5 || rows[0][0] != marker {
		return nil, notOurs()
	}
	m := &metaInfo{lang: prosessplan.Language(rows[0][2]), clock: rows[0][3] == "1", sheet: rows[0][4]}
	var plan, snap strings.Builder
	for _, r := range rows[1:] {
		if len(r) > 0 {
			plan.WriteString(r[0])
		}
		if len(r) > 1 {
			snap.WriteString(r[1])
		}
	}
	m.planFile, m.rows = plan.String(), snap.String()
	return m, nil
}

// row is a phase or activity row as read.
type row struct {
	line  int
	phase bool
	text  [nKeys]string // what the cells show; dates as words.ShortDate
	col   [nKeys]int    // 1-based column of each key, 0 when absent
	start prosessplan.Time
	end   prosessplan.Time
	kind  prosessplan.ActivityKind
	stat  prosessplan.ActivityStatus
}

type reader struct {
	// written are the activity rows as written, by number.
	written  map[string]*row
	f        *excelize.File
	name     string
	lang     prosessplan.Language
	clock    bool
	plan     *prosessplan.Plan
	problems prosessplan.Problems
}

func (rd *reader) problem(code, cell string, id string, texts func(l prosessplan.Language) string) {
	t := map[prosessplan.Language]string{}
	for _, l := range languages {
		t[l] = cell + ": " + texts(l)
	}
	rd.problems = append(rd.problems, prosessplan.Problem{
		Code: code, Severity: prosessplan.SeverityError, Pos: prosessplan.Pos{File: rd.name}, Activity: id, Text: t,
	})
}

// scanner reads the phase and activity rows of a table: from the row after
// the column titles to the legend.
type scanner struct {
	rd     *reader
	sheet  string
	cols   [nKeys]int
	header bool
	done   bool
	legend map[string]bool
	out    []row
}

func (rd *reader) scanner(sheet string) *scanner {
	sc := &scanner{rd: rd, sheet: sheet, legend: map[string]bool{}}
	for _, l := range languages {
		sc.legend[normalize(words.Legend.In(l))] = true
	}
	return sc
}

// add reads row line of the table.
func (sc *scanner) add(line int, cells []string) {
	if !sc.header {
		var found [nKeys]int
		for i, c := range cells {
			if k, ok := keyOfTitle(c); ok && found[k] == 0 {
				found[k] = i + 1
			}
		}
		if found[cActivity] > 0 && found[cStart] > 0 && found[cEnd] > 0 {
			sc.cols, sc.header = found, true
		}
		return
	}
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			if sc.legend[normalize(c)] {
				sc.done = true
				return
			}
			break
		}
	}
	if r, ok := sc.rd.parse(sc.sheet, line, cells, sc.cols); ok {
		sc.out = append(sc.out, r)
	}
}

func (sc *scanner) result() ([]row, error) {
	if !sc.header {
		t := map[prosessplan.Language]string{}
		for _, l := range languages {
			var titles []string
			for _, k := range []colKey{cActivity, cStart, cEnd} {
				titles = append(titles, colTitle(k, l, sc.rd.clock))
			}
			t[l] = sc.sheet + ": " + fmt.Sprintf(bookText.NoHeader.In(l), strings.Join(titles, ", "))
		}
		return nil, prosessplan.Problems{{Code: prosessplan.CodeXLSXHeader, Severity: prosessplan.SeverityError, Pos: prosessplan.Pos{File: sc.rd.name}, Text: t}}
	}
	return sc.out, nil
}

// rows reads the table of a sheet.
func (rd *reader) rows(sheet string) ([]row, error) {
	it, err := rd.f.Rows(sheet)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rd.name, err)
	}
	defer it.Close()
	sc := rd.scanner(sheet)
	line := 0
	for !sc.done && it.Next() {
		line++
		cells, err := it.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", rd.name, sheet, err)
		}
		if sc.header {
			var ok bool
			if cells, ok = rd.formulas(sheet, line, cells, sc.cols); !ok {
				continue
			}
		}
		sc.add(line, cells)
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("%s: %s: %w", rd.name, sheet, err)
	}
	return sc.result()
}

// formulas fills the empty cells that make an activity row — its name,
// dates, type and status — that hold a formula with no stored value.
// Excel and LibreOffice store a formula's value, but a program that writes
// formulas without working them out may store none, and the empty cell
// would read as a lost edit. The formula is worked out; when it cannot be,
// the cell is reported and ok is false. Cells with a value are taken as
// they are, and of the empty ones only those that held a value when
// written (or a new row's dates): looking up formulas means parsing the
// whole sheet, which only a workbook with such a cell pays for.
func (rd *reader) formulas(sheet string, line int, cells []string, cols [nKeys]int) (_ []string, ok bool) {
	ok = true
	text := func(k colKey) string {
		if c := cols[k]; c > 0 && c <= len(cells) {
			return strings.TrimSpace(cells[c-1])
		}
		return ""
	}
	empty := true
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			empty = false
			break
		}
	}
	if empty {
		return cells, true
	}
	if text(cActivity) == "" && text(cType) == "" && text(cStatus) == "" && text(cResponsible) == "" {
		return cells, true // a phase row (see parse)
	}
	was := rd.written[text(cNr)]
	for _, k := range []colKey{cActivity, cStart, cEnd, cType, cStatus} {
		c := cols[k]
		if c == 0 || text(k) != "" {
			continue
		}
		// A cell that was empty when written and is empty now is no
		// edit; only a new row's dates may be new formulas.
		if k != cActivity && (was != nil && was.text[k] == "" || was == nil && k != cStart && k != cEnd) {
			continue
		}
		ref := cellName(c, line)
		fm, err := rd.f.GetCellFormula(sheet, ref)
		if err != nil || fm == "" {
			if k == cActivity {
				return cells, true // a phase row, or a row with no activity
			}
			continue
		}
		v, err := rd.f.CalcCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		if v = strings.TrimSpace(v); err != nil || v == "" {
			rd.problem(prosessplan.CodeXLSXFormula, sheet+"!"+ref, text(cNr), func(l prosessplan.Language) string { return fmt.Sprintf(bookText.Formula.In(l), fm) })
			ok = false
			continue
		}
		for len(cells) < c {
			cells = append(cells, "")
		}
		cells[c-1] = v
	}
	return cells, ok
}

// snapshot reads the rows as written, stored as CSV in the hidden sheet.
func (rd *reader) snapshot(data string) ([]row, error) {
	cr := csv.NewReader(strings.NewReader(data))
	cr.FieldsPerRecord = -1
	recs, err := cr.ReadAll()
	if err != nil {
		// The CSV reader's words ("extraneous or missing \" in quoted-field")
		// mean nothing to a planner; where it stopped does, a little.
		line := 0
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			line = pe.Line
		}
		return nil, rd.damaged(func(l prosessplan.Language) string {
			if line == 0 {
				return ""
			}
			return fmt.Sprintf(bookText.DamagedRows.In(l), line)
		})
	}
	sc := rd.scanner(metaSheet)
	before := len(rd.problems)
	for i, rec := range recs {
		sc.add(i+1, rec)
	}
	rows, err := sc.result()
	if err != nil || len(rd.problems) > before {
		rd.problems = rd.problems[:before]
		return nil, rd.damaged(func(prosessplan.Language) string { return "" })
	}
	return rows, nil
}

// parse reads one row; ok is false for an empty row.
func (rd *reader) parse(sheet string, line int, cells []string, cols [nKeys]int) (row, bool) {
	r := row{line: line, col: cols}
	empty := true
	for k := colKey(0); k < nKeys; k++ {
		if cols[k] > 0 && cols[k] <= len(cells) {
			r.text[k] = strings.TrimSpace(cells[cols[k]-1])
			if r.text[k] != "" {
				empty = false
			}
		}
	}
	if r.text[cActivity] == "" {
		if empty {
			return r, false
		}
		// A phase row has a name under Fase and nothing an activity has;
		// activity rows show their phase's name under Fase too.
		if r.text[cPhase] != "" && r.text[cType] == "" && r.text[cStatus] == "" && r.text[cResponsible] == "" {
			r.phase = true
			r.text[cStart], r.text[cEnd] = "", ""
			return r, true
		}
		rd.problem(prosessplan.CodeXLSXRow, rd.cell(sheet, r, cActivity), r.text[cNr], func(l prosessplan.Language) string { return bookText.NoActivity.In(l) })
		return r, false
	}
	for _, k := range []colKey{cStart, cEnd} {
		v := r.text[k]
		if v == "" {
			continue
		}
		t, ok := rd.parseTime(v)
		if !ok {
			rd.problem(prosessplan.CodeXLSXDate, rd.cell(sheet, r, k), r.text[cNr], func(l prosessplan.Language) string { return fmt.Sprintf(bookText.BadDate.In(l), v) })
			continue
		}
		if k == cStart {
			r.start = t
		} else {
			r.end = t
		}
		r.text[k] = rd.showTime(t)
	}
	if v := r.text[cType]; v != "" {
		k, ok := kindOf(v)
		if !ok {
			rd.problem(prosessplan.CodeXLSXType, rd.cell(sheet, r, cType), r.text[cNr], func(l prosessplan.Language) string {
				return fmt.Sprintf(bookText.BadKind.In(l), v, kindChoices(rd.lang))
			})
		}
		r.kind = k
	}
	if v := r.text[cStatus]; v != "" {
		s, ok := statusOf(v)
		if !ok {
			rd.problem(prosessplan.CodeXLSXStatus, rd.cell(sheet, r, cStatus), r.text[cNr], func(l prosessplan.Language) string {
				return fmt.Sprintf(bookText.BadStatus.In(l), v, statusChoices(rd.lang))
			})
		}
		r.stat = s
	}
	return r, true
}

func (rd *reader) cell(sheet string, r row, k colKey) string {
	c := r.col[k]
	if c == 0 {
		c = 1
	}
	return sheet + "!" + cellName(c, r.line)
}

func (rd *reader) showTime(t prosessplan.Time) string {
	if rd.clock {
		return fmt.Sprintf("%02d:%02d", t.Minute/60, t.Minute%60)
	}
	return words.ShortDate(rd.lang, t.Date)
}

var (
	dmy = lazyregexp.New(`^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:\s+(\d{1,2})[:.](\d{2}))?$`)
	ymd = lazyregexp.New(`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$`)
)

// parseTime reads a date cell: a serial number, or text a planner typed
// ("07.12.2017", "2017-12-07", with "09:30" after it in workshop plans).
func (rd *reader) parseTime(v string) (prosessplan.Time, bool) {
	if f, err := strconv.ParseFloat(v, 64); err == nil {
		if f < 1 || f > 2958465 {
			return prosessplan.Time{}, false
		}
		return fromSerial(f, rd.clock), true
	}
	var y, m, d, hh, mm int
	var clock bool
	if x := dmy.FindStringSubmatch(v); x != nil {
		d, m, y = atoi(x[1]), atoi(x[2]), atoi(x[3])
		if len(x[3]) == 2 {
			y += 2000
		}
		if x[4] != "" {
			hh, mm, clock = atoi(x[4]), atoi(x[5]), true
		}
	} else if x := ymd.FindStringSubmatch(v); x != nil {
		y, m, d = atoi(x[1]), atoi(x[2]), atoi(x[3])
		if x[4] != "" {
			hh, mm, clock = atoi(x[4]), atoi(x[5]), true
		}
	} else {
		return prosessplan.Time{}, false
	}
	if m < 1 || m > 12 || d < 1 || hh > 23 || mm > 59 {
		return prosessplan.Time{}, false
	}
	if t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); t.Day() != d {
		return prosessplan.Time{}, false
	}
	t := prosessplan.DayOf(prosessplan.D(y, time.Month(m), d))
	if rd.clock || clock {
		t = prosessplan.At(t.Date, hh, mm)
	}
	return t, true
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// enumWord folds a type or status as typed, shown or spelt in a plan file
// ("Ikkje starta", "ikkje-starta") to one form.
func enumWord(s string) string {
	return strings.Join(strings.FieldsFunc(normalize(s), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t'
	}), " ")
}

// kindOf reads an activity type in any language or as the plan file writes it.
func kindOf(s string) (prosessplan.ActivityKind, bool) {
	n := enumWord(s)
	for _, k := range prosessplan.AllActivityKinds() {
		if n == enumWord(string(k)) {
			return k, true
		}
		for _, l := range languages {
			if n == enumWord(k.Label(l)) {
				return k, true
			}
		}
	}
	return "", false
}

func statusOf(s string) (prosessplan.ActivityStatus, bool) {
	n := enumWord(s)
	for _, st := range prosessplan.AllStatuses() {
		if n == enumWord(string(st)) {
			return st, true
		}
		for _, l := range languages {
			if n == enumWord(st.Label(l)) {
				return st, true
			}
		}
	}
	return "", false
}

func kindChoices(l prosessplan.Language) string {
	var out []string
	for _, k := range prosessplan.AllActivityKinds() {
		out = append(out, k.Label(l))
	}
	return strings.Join(out, ", ")
}

func statusChoices(l prosessplan.Language) string {
	var out []string
	for _, s := range prosessplan.AllStatuses() {
		out = append(out, s.Label(l))
	}
	return strings.Join(out, ", ")
}

// names maps the names the sheet shows back to the plan's IDs.
type names struct {
	byName []struct{ name, id string } // longest first
}

func newNames(p *prosessplan.Plan) *names {
	n := &names{}
	add := func(name, id string) {
		if name != "" {
			n.byName = append(n.byName, struct{ name, id string }{name, id})
		}
	}
	for _, x := range p.People {
		add(x.Name, x.ID)
		add(x.ID, x.ID)
	}
	for _, x := range p.Groups {
		add(x.Name, x.ID)
		add(x.ID, x.ID)
	}
	for _, x := range p.Bodies {
		add(x.Name, x.ID)
		add(x.ID, x.ID)
	}
	sort.SliceStable(n.byName, func(i, j int) bool { return len(n.byName[i].name) > len(n.byName[j].name) })
	return n
}

// ids splits a list of names. Names may hold commas themselves
// ("Referansegruppe 1, eksterne samarbeidspartnere"), so known names are
// matched first and only the rest is split at commas and semicolons.
func (n *names) ids(s string) []string {
	var out []string
	s = strings.TrimSpace(s)
	for s != "" {
		matched := false
		for _, x := range n.byName {
			l := len(x.name)
			if l <= len(s) && strings.EqualFold(s[:l], x.name) && (l == len(s) || s[l] == ',' || s[l] == ';') {
				out = append(out, x.id)
				s = strings.TrimLeft(s[l:], ",; ")
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		i := strings.IndexAny(s, ",;")
		if i < 0 {
			out = append(out, s)
			break
		}
		if v := strings.TrimSpace(s[:i]); v != "" {
			out = append(out, v)
		}
		s = strings.TrimLeft(s[i+1:], ",; ")
	}
	return out
}
