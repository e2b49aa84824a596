package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/internal/words"
)

// yamlOf returns p as a plan file, to compare plans.
func yamlOf(t testing.TB, p *prosessplan.Plan) string {
	t.Helper()
	var b bytes.Buffer
	if err := prosessplan.Encode(&b, p); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestReadUnchanged(t *testing.T) {
	for _, lang := range []prosessplan.Language{prosessplan.Bokmal, prosessplan.Nynorsk, prosessplan.English} {
		t.Run(string(lang), func(t *testing.T) {
			p := plantest.Generate(20)
			s := schedule(t, p)
			_, data := writeFile(t, s, render.Options{Language: lang}, "plan.xlsx")
			got, changes, err := Read(bytes.NewReader(data), "plan.xlsx")
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range changes {
				t.Errorf("unexpected change: %s", c)
			}
			if a, b := canonical(t, p), yamlOf(t, got); a != b {
				t.Errorf("plan differs after the round trip:\n%s", diffLines(a, b))
			}
		})
	}
}

// canonical returns p as a plan file after a trip through Decode, which
// fills in defaults (a plan without a status is a draft).
func canonical(t testing.TB, p *prosessplan.Plan) string {
	t.Helper()
	q, err := prosessplan.Decode(strings.NewReader(yamlOf(t, p)), "plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return yamlOf(t, q)
}

// diffLines returns the first lines where a and b differ.
func diffLines(a, b string) string {
	la, lb := bytes.Split([]byte(a), []byte("\n")), bytes.Split([]byte(b), []byte("\n"))
	var out []byte
	n := 0
	for i := 0; i < len(la) || i < len(lb); i++ {
		var x, y []byte
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if !bytes.Equal(x, y) {
			out = append(out, []byte("- "+string(x)+"\n+ "+string(y)+"\n")...)
			if n++; n > 10 {
				break
			}
		}
	}
	return string(out)
}

// sheetEdit opens a written workbook in excelize, as a planner's program would.
type sheetEdit struct {
	t     *testing.T
	f     *excelize.File
	sheet string
}

func openEdit(t *testing.T, data []byte) *sheetEdit {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return &sheetEdit{t: t, f: f, sheet: "Framdrift"}
}

// row returns the sheet row whose Nr is id.
func (e *sheetEdit) row(id string) int {
	e.t.Helper()
	rows, err := e.f.GetRows(e.sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		e.t.Fatal(err)
	}
	for i, r := range rows {
		if i+1 >= firstData && len(r) > 0 && r[0] == id {
			return i + 1
		}
	}
	e.t.Fatalf("no row %s", id)
	return 0
}

func (e *sheetEdit) get(col string, r int) string {
	v, err := e.f.GetCellValue(e.sheet, fmt.Sprintf("%s%d", col, r), excelize.Options{RawCellValue: true})
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *sheetEdit) set(col string, r int, v any) {
	e.t.Helper()
	if err := e.f.SetCellValue(e.sheet, fmt.Sprintf("%s%d", col, r), v); err != nil {
		e.t.Fatal(err)
	}
}

// copyRow returns the table cells A..K of row r, dates as numbers.
func (e *sheetEdit) copyRow(r int) []any {
	var out []any
	for c := 1; c <= len(longColumns); c++ {
		v := e.get(colName(c), r)
		if f, err := strconv.ParseFloat(v, 64); err == nil && (c == 8 || c == 9) {
			out = append(out, f)
		} else {
			out = append(out, v)
		}
	}
	return out
}

func (e *sheetEdit) pasteRow(r int, vals []any) {
	for c, v := range vals {
		e.set(colName(c+1), r, v)
	}
}

func (e *sheetEdit) bytes() []byte {
	e.t.Helper()
	var b bytes.Buffer
	if _, err := e.f.WriteTo(&b); err != nil {
		e.t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadEdited(t *testing.T) {
	p := plantest.Generate(20)
	s := schedule(t, p)
	_, data := writeFile(t, s, render.Options{}, "plan.xlsx")
	e := openEdit(t, data)

	// Move 1.3 a week later.
	r13 := e.row("1.3")
	start, _ := strconv.ParseFloat(e.get("H", r13), 64)
	end, _ := strconv.ParseFloat(e.get("I", r13), 64)
	e.set("H", r13, start+7)
	e.set("I", r13, end+7)
	// 1.2 is under way again; 1.4 gets another responsible.
	r12 := e.row("1.2")
	oldStatus := e.get("J", r12)
	e.set("J", r12, "Pågår")
	e.set("E", e.row("1.4"), "Pål Æsøy")
	// Swap 1.7 and 1.8.
	r17, r18 := e.row("1.7"), e.row("1.8")
	a, b := e.copyRow(r17), e.copyRow(r18)
	e.pasteRow(r17, b)
	e.pasteRow(r18, a)
	// 2.1 moves to the end of phase 1.
	moved := e.copyRow(e.row("2.1"))
	if err := e.f.RemoveRow(e.sheet, e.row("2.1")); err != nil {
		t.Fatal(err)
	}
	at := e.row("2")
	if err := e.f.InsertRows(e.sheet, at, 1); err != nil {
		t.Fatal(err)
	}
	e.pasteRow(at, moved)
	// Delete 1.6.
	name16 := e.get("C", e.row("1.6"))
	if err := e.f.RemoveRow(e.sheet, e.row("1.6")); err != nil {
		t.Fatal(err)
	}
	// A new meeting after 2.2, typed with no number and a date as text.
	at = e.row("2.2") + 1
	if err := e.f.InsertRows(e.sheet, at, 1); err != nil {
		t.Fatal(err)
	}
	e.pasteRow(at, []any{"", "", "Befaring i sentrum", "Se området før skissene", "Åse Øvrebø", "Prosjektgruppa, Referansegruppe 1, eksterne samarbeidspartnere", "Møte", "03.02.2026", "03.02.2026", "", ""})

	got, changes, err := Read(bytes.NewReader(e.bytes()), "plan.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	var report []string
	for _, c := range changes {
		report = append(report, c.String())
	}
	t.Log(strings.Join(report, "\n"))

	want1_3 := fromSerial(start+7, false)
	if a := got.Activity("1.3"); a == nil || a.Start != want1_3 || a.End != fromSerial(end+7, false) {
		t.Errorf("1.3 = %+v, want start %s", a, want1_3)
	}
	// Problems found later point at the sheet row.
	if a := got.Activity("1.3"); a.Pos != (prosessplan.Pos{File: "plan.xlsx", Line: 14, Col: 3}) || got.File != "plan.xlsx" {
		t.Errorf("1.3 is at %+v in %s, want plan.xlsx row 14 column 3", a.Pos, got.File)
	}
	if a := got.Activity("1.2"); a.Status != prosessplan.InProgress {
		t.Errorf("1.2 status = %q, want pågår", a.Status)
	}
	if a := got.Activity("1.4"); a.Responsible != "rb" {
		t.Errorf("1.4 responsible = %q, want rb (Pål Æsøy)", a.Responsible)
	}
	if got.Activity("1.6") != nil {
		t.Error("1.6 is still in the plan")
	}
	nw := got.Activity("2.11")
	if nw == nil || nw.Name != "Befaring i sentrum" || nw.Kind != prosessplan.Meeting || nw.Responsible != "pl" ||
		!slices.Equal(nw.Participants, []string{"pg", "ref1"}) || nw.Start != prosessplan.DayOf(prosessplan.D(2026, 2, 3)) {
		t.Errorf("new activity = %+v", nw)
	}
	var order []string
	for _, ph := range got.Phases {
		for _, a := range ph.Activities {
			order = append(order, ph.ID+":"+a.ID)
		}
	}
	wantOrder := "1:1.1 1:1.2 1:1.3 1:1.4 1:1.5 1:1.8 1:1.7 1:1.9 1:1.10 1:2.1 2:2.2 2:2.11 2:2.3 2:2.4 2:2.5 2:2.6 2:2.7 2:2.8 2:2.9 2:2.10"
	if g := strings.Join(order, " "); g != wantOrder {
		t.Errorf("order:\n got %s\nwant %s", g, wantOrder)
	}
	for _, want := range []string{
		fmt.Sprintf("Framdrift!J13: 1.2 %s: Status endret fra «%s» til «Pågår»", p.Activity("1.2").Name, oldStatus),
		fmt.Sprintf("Framdrift!H14: 1.3 %s: Start endret fra «%s» til «%s»", p.Activity("1.3").Name,
			words.ShortDate(prosessplan.Bokmal, fromSerial(start, false).Date), words.ShortDate(prosessplan.Bokmal, want1_3.Date)),
		"Ansvarlig endret fra «" + p.Name(p.Activity("1.4").Responsible) + "» til «Pål Æsøy»",
		"2.1 " + p.Activity("2.1").Name + " er flyttet til fase 1 ",
		": Ny aktivitet 2.11 Befaring i sentrum i fase " + p.Phases[1].Name,
		"1.6 " + name16 + " er slettet",
	} {
		if !strings.Contains(strings.Join(report, "\n"), want) {
			t.Errorf("change report lacks %q", want)
		}
	}
	n := 0
	for _, c := range changes {
		if c.Kind == Moved && (c.ID == "1.7" || c.ID == "1.8") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the swap of 1.7 and 1.8 is reported as %d moves, want 1", n)
	}
	// The plan reproduces what the planner saw.
	s2 := schedule(t, got)
	if a := s2.Activity("1.3"); a.Start.Date != want1_3.Date {
		t.Errorf("rescheduled 1.3 starts %s, want %s", a.Start, want1_3)
	}
}

func TestReadBadCells(t *testing.T) {
	p := plantest.Generate(20)
	_, data := writeFile(t, schedule(t, p), render.Options{}, "plan.xlsx")
	e := openEdit(t, data)
	e.set("I", 12, "31.02.2026")
	e.set("G", 13, "Mote")
	e.set("J", 14, "Nesten ferdig")
	e.set("H", 15, "i morgen")
	e.set("E", 33, "Åse Øvrebø") // a spare row with no activity
	_, _, err := Read(bytes.NewReader(e.bytes()), "plan.xlsx")
	var probs prosessplan.Problems
	if !errors.As(err, &probs) {
		t.Fatalf("err = %v, want Problems", err)
	}
	want := []string{
		"plan.xlsx: Framdrift!I12: 31.02.2026 er ikke en gyldig dato",
		"plan.xlsx: Framdrift!G13: Mote er ikke en aktivitetstype; velg en av: Arbeid, Møte, Arbeidsverksted, Folkemøte, Høring og offentlig ettersyn, Politisk behandling, Frist, Milepæl, Varsel om oppstart, Spørreundersøkelse, Innspillsrunde, Mekling",
		"plan.xlsx: Framdrift!J14: Nesten ferdig er ikke en status; velg en av: Ikke startet, Pågår, Ferdig, Utsatt, Avlyst",
		"plan.xlsx: Framdrift!H15: i morgen er ikke en gyldig dato",
		"plan.xlsx: Framdrift!C33: raden mangler aktivitet",
	}
	if got := strings.Split(probs.Error(), "\n"); !slices.Equal(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if probs[0].Pos.File != "plan.xlsx" || probs[0].Activity != "1.1" {
		t.Errorf("problem 0 = %+v", probs[0])
	}
	if m := probs[0].Message(prosessplan.Nynorsk); m != "Framdrift!I12: 31.02.2026 er ikkje ein gyldig dato" {
		t.Errorf("nynorsk message = %q", m)
	}
}

func TestReadForeign(t *testing.T) {
	f := excelize.NewFile()
	_ = f.SetCellStr("Sheet1", "A1", "Aktivitet")
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		data []byte
		lang prosessplan.Language
		want string
	}{
		{"budsjett.xlsx", b.Bytes(), prosessplan.Bokmal,
			"budsjett.xlsx er en arbeidsbok, men ikke en som prosessplan har skrevet — den mangler det skjulte arket «prosessplan»"},
		{"budsjett.xlsx", b.Bytes(), prosessplan.Nynorsk,
			"budsjett.xlsx er ei arbeidsbok, men ikkje ei som prosessplan har skrive — ho manglar det skjulte arket «prosessplan»"},
		{"budsjett.xlsx", b.Bytes(), prosessplan.English,
			"budsjett.xlsx is a workbook, but not one prosessplan wrote — it lacks the hidden sheet “prosessplan”"},
		{"notat.txt", []byte("Dette er ikke et regneark."), prosessplan.Bokmal,
			"notat.txt er ikke en Excel-arbeidsbok (xlsx)"},
		{"plan.pdf", []byte("%PDF-1.7\n%âãÏÓ\n"), prosessplan.Bokmal,
			"plan.pdf er ikke en Excel-arbeidsbok (xlsx), men en PDF-fil"},
		{"plan.pdf", []byte("%PDF-1.7\n%âãÏÓ\n"), prosessplan.English,
			"plan.pdf is not an Excel workbook (xlsx), but a PDF file"},
		{"plan.xls", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0}, prosessplan.Nynorsk,
			"plan.xls er ikkje ei Excel-arbeidsbok (xlsx), men ei fil i det gamle Excel-formatet (xls) eller eit anna eldre Office-format; lagre henne som .xlsx"},
	} {
		_, _, err := Read(bytes.NewReader(tc.data), tc.name)
		if !errors.Is(err, ErrNotProsessplan) {
			t.Errorf("%s: err = %v, want ErrNotProsessplan", tc.name, err)
			continue
		}
		var npe *NotProsessplanError
		if !errors.As(err, &npe) {
			t.Fatalf("%s: %T is not a *NotProsessplanError", tc.name, err)
		}
		if got := npe.Message(tc.lang); got != tc.want {
			t.Errorf("%s in %s:\n got %s\nwant %s", tc.name, tc.lang, got, tc.want)
		}
		if tc.lang == prosessplan.English && err.Error() != tc.want {
			t.Errorf("%s: Error() = %q, want the English message", tc.name, err)
		}
		// The reader's own words ("zip: not a valid zip file") stay out of the message.
		if strings.Contains(npe.Message(tc.lang), "zip") {
			t.Errorf("%s: message has the zip reader's words: %s", tc.name, npe.Message(tc.lang))
		}
	}
}

func mustFloat(t testing.TB, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return f
}

func TestChangeString(t *testing.T) {
	for _, tc := range []struct {
		c    Change
		want string
	}{
		{Change{Kind: Modified, ID: "1.3", Name: "Møte", Field: "Start", Old: "12.01.2026", New: "19.01.2026", Cell: "Framdrift!H14", Language: prosessplan.Bokmal},
			"Framdrift!H14: 1.3 Møte: Start endret fra «12.01.2026» til «19.01.2026»"},
		{Change{Kind: Modified, ID: "1.3", Name: "Møte", Field: "Status", Old: "Ikkje starta", New: "Pågår", Cell: "Framdrift!J14", Language: prosessplan.Nynorsk},
			"Framdrift!J14: 1.3 Møte: Status endra frå «Ikkje starta» til «Pågår»"},
		{Change{Kind: Added, ID: "2.4", Name: "Befaring", New: "2 Planarbeid", Cell: "Framdrift!C20", Language: prosessplan.Nynorsk},
			"Framdrift!C20: Ny aktivitet 2.4 Befaring i fase 2 Planarbeid"},
		{Change{Kind: Deleted, ID: "1.6", Name: "Folkemøte", Language: prosessplan.English},
			"1.6 Folkemøte deleted"},
		{Change{Kind: Moved, ID: "2.1", Name: "Oppstart", New: "1 Oppstart", Cell: "Schedule!C21", Language: prosessplan.English},
			"Schedule!C21: 2.1 Oppstart moved to phase 1 Oppstart"},
		{Change{Kind: Added, Phase: true, ID: "3", Name: "Høring", Cell: "Framdrift!B30", Language: prosessplan.Bokmal},
			"Framdrift!B30: Ny fase 3 Høring"},
		{Change{Kind: Deleted, Phase: true, ID: "3", Name: "Høring", Language: prosessplan.Nynorsk},
			"Fase 3 Høring er sletta"},
		{Change{Kind: Modified, Phase: true, ID: "1", Name: "Oppstart", Field: "Fase", Old: "Start", New: "Oppstart", Cell: "Framdrift!B11", Language: prosessplan.Bokmal},
			"Framdrift!B11: Fase 1 Oppstart: Fase endret fra «Start» til «Oppstart»"},
	} {
		if got := tc.c.String(); got != tc.want {
			t.Errorf("got  %s\nwant %s", got, tc.want)
		}
	}
}

// TestReadNewPhase: a phase row the planner typed becomes a phase, and
// the rows under it its activities.
func TestReadNewPhase(t *testing.T) {
	p := plantest.Generate(20)
	_, data := writeFile(t, schedule(t, p), render.Options{}, "plan.xlsx")
	e := openEdit(t, data)
	at := e.row("2.9")
	if err := e.f.InsertRows(e.sheet, at, 1); err != nil {
		t.Fatal(err)
	}
	e.pasteRow(at, []any{"3", "Fase 3: Høring"})
	got, changes, err := Read(bytes.NewReader(e.bytes()), "plan.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Phases) != 3 || got.Phases[2].Name != "Fase 3: Høring" || len(got.Phases[2].Activities) != 2 ||
		got.Phases[2].Activities[0].ID != "2.9" {
		t.Fatalf("phases = %+v", got.Phases)
	}
	var report []string
	for _, c := range changes {
		report = append(report, c.String())
	}
	want := []string{
		fmt.Sprintf("Framdrift!B%d: Ny fase 3 Fase 3: Høring", at),
		fmt.Sprintf("Framdrift!C%d: 2.9 %s er flyttet til fase 3 Fase 3: Høring", at+1, p.Activity("2.9").Name),
		fmt.Sprintf("Framdrift!C%d: 2.10 %s er flyttet til fase 3 Fase 3: Høring", at+2, p.Activity("2.10").Name),
	}
	if !slices.Equal(report, want) {
		t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(report, "\n"), strings.Join(want, "\n"))
	}
}

// TestReadInsertedColumn: Read finds the columns by their titles, so a
// column the planner inserted does not confuse it.
func TestReadInsertedColumn(t *testing.T) {
	p := plantest.Generate(20)
	_, data := writeFile(t, schedule(t, p), render.Options{}, "plan.xlsx")
	e := openEdit(t, data)
	if err := e.f.InsertCols(e.sheet, "D", 1); err != nil {
		t.Fatal(err)
	}
	e.set("D", rowHead, "Min kommentar")
	e.set("D", 13, "ringe Kari")
	e.set("K", 13, "Utsatt") // Status, one column to the right now
	got, changes, err := Read(bytes.NewReader(e.bytes()), "plan.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 1 || changes[0].Cell != "Framdrift!K13" || changes[0].New != "Utsatt" {
		t.Errorf("changes = %v", changes)
	}
	if got.Activity("1.2").Status != prosessplan.Postponed {
		t.Errorf("1.2 status = %q", got.Activity("1.2").Status)
	}
}

// TestReadNynorsk: a nynorsk workbook's words — types, statuses and a
// final decision («sluthandsaming» in the plan file) — are read back as
// the same values, and the changes are reported in nynorsk.
func TestReadNynorsk(t *testing.T) {
	p := plantest.Generate(20)
	p.Language = prosessplan.Nynorsk
	_, data := writeFile(t, schedule(t, p), render.Options{}, "plan.xlsx")
	e := openEdit(t, data)
	r := e.row("1.2")
	e.set("J", r, "Utsett")
	e.set("G", r, "Høyring og offentleg ettersyn")
	e.set("J", r+1, "ikkje-starta") // as a plan file spells it
	got, changes, err := Read(bytes.NewReader(e.bytes()), "plan.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if a := got.Activity("1.2"); a.Status != prosessplan.Postponed || a.Kind != prosessplan.Hearing {
		t.Errorf("1.2 = %q, %q; want utsatt, høring", a.Status, a.Kind)
	}
	if a := got.Activity("1.3"); a.Status != prosessplan.NotStarted {
		t.Errorf("1.3 status = %q", a.Status)
	}
	if got.Language != prosessplan.Nynorsk {
		t.Errorf("language = %q", got.Language)
	}
	final := 0
	for _, a := range got.Activities() {
		if a.Decision != nil && a.Decision.Kind == prosessplan.FinalDecision {
			final++
		}
	}
	if final != 1 {
		t.Errorf("%d final decisions read back, want 1", final)
	}
	if len(changes) != 3 || !strings.Contains(changes[1].String(), "Status endra frå «Ferdig» til «Utsett»") {
		t.Errorf("changes = %v", changes)
	}
	if a, b := yamlOf(t, p), yamlOf(t, got); !strings.Contains(b, "målform: nn") && strings.Contains(a, "målform: nn") {
		t.Errorf("the plan file lost its målform")
	}
}
