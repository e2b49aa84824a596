package xlsx

import (
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render/internal/words"
)

// table writes a sheet with a title, a header row and rows. Strings are
// written as text, whatever they start with; prosessplan.Date values as dates.
func (b *book) table(sheet, title string, heads []string, widths []float64, rows [][]interface{}) error {
	f := b.f
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	if err := b.pageSetup(sheet, len(heads) > 5, false); err != nil {
		return err
	}
	if err := f.SetCellStr(sheet, "A1", title); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A1", "A1", b.st.title); err != nil {
		return err
	}
	if err := f.SetRowHeight(sheet, 1, 24); err != nil {
		return err
	}
	for i, h := range heads {
		if err := f.SetColWidth(sheet, colName(i+1), colName(i+1), widths[i]); err != nil {
			return err
		}
		if err := f.SetCellStr(sheet, cellName(i+1, 3), h); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(sheet, "A3", cellName(len(heads), 3), b.st.sheetHead); err != nil {
		return err
	}
	height := func(r int, texts []string) error {
		lines := 1
		for i, t := range texts {
			if i < len(widths) {
				if n := wrappedLines(t, int(widths[i]*1.3)); n > lines {
					lines = n
				}
			}
		}
		return f.SetRowHeight(sheet, r, float64(lines)*11.5+3)
	}
	if err := height(3, heads); err != nil {
		return err
	}
	for r, row := range rows {
		var texts []string
		for _, v := range row {
			s, _ := v.(string)
			texts = append(texts, s)
		}
		if err := height(r+4, texts); err != nil {
			return err
		}
		for c, v := range row {
			cell := cellName(c+1, r+4)
			style := b.st.sheetCell
			switch v := v.(type) {
			case string:
				if v != "" {
					if err := f.SetCellStr(sheet, cell, v); err != nil {
						return err
					}
				}
			case prosessplan.Date:
				style = b.st.sheetDate
				if !v.IsZero() {
					if err := f.SetCellFloat(sheet, cell, serial(prosessplan.DayOf(v)), -1, 64); err != nil {
						return err
					}
				}
			}
			if err := f.SetCellStyle(sheet, cell, cell, style); err != nil {
				return err
			}
		}
	}
	// excelize leaves every sheet's dimension at "A1"; readers that trust
	// it (openpyxl's read-only mode) would see one cell.
	if err := f.SetSheetDimension(sheet, "A1:"+cellName(len(heads), 3+len(rows))); err != nil {
		return err
	}
	if err := f.SetPanes(sheet, &excelize.Panes{
		Freeze: true, YSplit: 3, TopLeftCell: "A4", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A4", ActiveCell: "A4", Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	return f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", RefersTo: sheetRef(sheet) + "!$3:$3", Scope: sheet,
	})
}

// sheetTable is the content of one of the list sheets.
type sheetTable struct {
	name   string
	heads  []string
	widths []float64
	rows   [][]interface{}
}

func (b *book) writeTable(t sheetTable) error {
	return b.table(t.name, t.name, t.heads, t.widths, t.rows)
}

// politicalTable lists every decision point with its saksgang: each body's
// meeting and the deadline for the finished saksframlegg.
func (b *book) politicalTable() sheetTable {
	var rows [][]interface{}
	for _, d := range b.s.Decisions {
		id, name := "", ""
		if d.Activity != nil {
			id, name = d.Activity.ID, d.Activity.Name
		}
		kind := ""
		if d.Decision != nil {
			kind = d.Kind.Label(b.lang)
		}
		if len(d.Steps) == 0 {
			body := ""
			if d.Decision != nil {
				body = b.p.Name(d.Body)
			}
			rows = append(rows, []interface{}{id, name, kind, body, prosessplan.Date{}, prosessplan.Date{}, bookText.Yes.In(b.lang)})
			continue
		}
		for i, step := range d.Steps {
			body := ""
			if step.Body != nil {
				body = step.Body.Name
			}
			decides := ""
			if i == len(d.Steps)-1 {
				decides = bookText.Yes.In(b.lang)
			}
			if i == 0 {
				rows = append(rows, []interface{}{id, name, kind, body, step.Meeting, step.Deadline, decides})
			} else {
				rows = append(rows, []interface{}{"", "", "", body, step.Meeting, step.Deadline, decides})
			}
		}
	}
	return sheetTable{bookText.Political.In(b.lang),
		[]string{words.Number.In(b.lang), words.Activity.In(b.lang), words.Case.In(b.lang), words.Body.In(b.lang), words.MeetingDate.In(b.lang), words.Deadline.In(b.lang), bookText.Decides.In(b.lang)},
		[]float64{6, 34, 26, 26, 12, 14, 8}, rows}
}

// organisationTable lists the groups with their members, then the people
// under a header row of their own.
func (b *book) organisationTable() sheetTable {
	p := b.p
	var rows [][]interface{}
	for _, g := range p.Groups {
		var members []string
		for _, m := range g.Members {
			s := m.Name
			if s == "" && m.Person != "" {
				s = p.Name(m.Person)
			}
			if m.Organisation != "" {
				if s != "" {
					s += " (" + m.Organisation + ")"
				} else {
					s = m.Organisation
				}
			}
			if m.Role != "" {
				s += ", " + m.Role
			}
			if s != "" {
				members = append(members, s)
			}
		}
		leader := ""
		if g.Leader != "" {
			leader = p.Name(g.Leader)
		}
		rows = append(rows, []interface{}{g.Name, g.Kind.Label(b.lang), g.Responsibility, leader, strings.Join(members, "\n")})
	}
	if len(p.People) > 0 {
		rows = append(rows, []interface{}{}, []interface{}{words.Name.In(b.lang), bookText.TitleWord.In(b.lang), bookText.Unit.In(b.lang), bookText.Email.In(b.lang)})
		for _, x := range p.People {
			rows = append(rows, []interface{}{x.Name, x.Title, x.Unit, x.Email})
		}
	}
	return sheetTable{bookText.Organisation.In(b.lang),
		[]string{words.Group.In(b.lang), words.Type.In(b.lang), words.Responsibility.In(b.lang), words.Leader.In(b.lang), words.Members.In(b.lang)},
		[]float64{24, 16, 40, 20, 40}, rows}
}

func (b *book) organisationSheet() error {
	p := b.p
	if err := b.writeTable(b.organisationTable()); err != nil {
		return err
	}
	if len(p.People) > 0 {
		r := 4 + len(p.Groups) + 1
		return b.f.SetCellStyle(bookText.Organisation.In(b.lang), cellName(1, r), cellName(4, r), b.st.sheetHead)
	}
	return nil
}

// participationTable lists who takes part, how, when and why.
func (b *book) participationTable() sheetTable {
	var rows [][]interface{}
	for _, x := range b.p.Participation {
		rows = append(rows, []interface{}{x.Who, x.How, x.When, x.Why, strings.Join(x.Activities, ", ")})
	}
	return sheetTable{bookText.Participation.In(b.lang),
		[]string{words.Who.In(b.lang), words.How.In(b.lang), words.When.In(b.lang), words.Why.In(b.lang), bookText.Activities.In(b.lang)},
		[]float64{24, 32, 20, 40, 14}, rows}
}

// lists are the columns of the lists sheet, each under its title: the
// statuses, the types and the names offered under Ansvarlig.
func (b *book) lists() [3][]string {
	var l [3][]string
	l[0] = append(l[0], words.Status.In(b.lang))
	for _, s := range prosessplan.AllStatuses() {
		l[0] = append(l[0], s.Label(b.lang))
	}
	l[1] = append(l[1], words.Type.In(b.lang))
	for _, k := range prosessplan.AllActivityKinds() {
		l[1] = append(l[1], k.Label(b.lang))
	}
	l[2] = append([]string{words.Responsible.In(b.lang)}, b.responsibleNames()...)
	return l
}

// listsSheet holds the choices of the drop-downs. It is hidden, not very
// hidden, so a planner can add a name under Ansvarlig.
func (b *book) listsSheet() error {
	f := b.f
	sheet := bookText.Lists.In(b.lang)
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	lists := b.lists()
	n := max(len(lists[0]), len(lists[1]), len(lists[2]))
	if err := f.SetSheetDimension(sheet, "A1:"+cellName(len(lists), n)); err != nil {
		return err
	}
	for c, list := range lists {
		for r, v := range list {
			if err := f.SetCellStr(sheet, cellName(c+1, r+1), v); err != nil {
				return err
			}
		}
	}
	for i := 1; i <= 3; i++ {
		if err := f.SetColWidth(sheet, colName(i), colName(i), 30); err != nil {
			return err
		}
	}
	b.hide(sheet, "hidden")
	return nil
}

// problemsTable lists the problems of a draft (render.Options.Problems), so
// the workbook shows what is still missing.
func (b *book) problemsTable() sheetTable {
	var rows [][]interface{}
	for _, p := range b.opts.Problems {
		rows = append(rows, []interface{}{p.Severity.Label(b.lang), p.Code, p.Activity, p.Message(b.lang)})
	}
	return sheetTable{bookText.Check.In(b.lang),
		[]string{bookText.Severity.In(b.lang), bookText.Code.In(b.lang), words.Number.In(b.lang), bookText.Message.In(b.lang)},
		[]float64{10, 22, 8, 90}, rows}
}
