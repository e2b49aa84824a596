package xlsx

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render/internal/words"
)

// merge builds the plan the visible rows describe, on top of the stored
// plan, and lists the changes between the rows as written (snap) and as
// read (vis). Cells the planner did not touch keep the plan's own values,
// so an activity that starts after its predecessors still does.
func (rd *reader) merge(sheet string, snap, vis []row) (*prosessplan.Plan, []Change) {
	orig := rd.plan
	nm := newNames(orig)
	np := *orig
	np.Phases = nil

	origPhase := map[string]*prosessplan.Phase{}
	for i := range orig.Phases {
		origPhase[orig.Phases[i].ID] = &orig.Phases[i]
	}
	snapAct := map[string]row{}
	snapPhase := map[string]row{}
	snapPhaseOf := map[string]string{} // activity ID → phase ID as written
	var snapOrder []string
	cur := ""
	for _, r := range snap {
		id := r.text[cNr]
		if r.phase {
			snapPhase[id] = r
			cur = id
			continue
		}
		snapAct[id] = r
		snapPhaseOf[id] = cur
		snapOrder = append(snapOrder, id)
	}

	var changes []Change
	change := func(c Change) {
		c.Language = rd.lang
		changes = append(changes, c)
	}
	cell := func(r row, k colKey) string { return rd.cell(sheet, r, k) }

	usedIDs := map[string]bool{}
	origAct := map[string]*prosessplan.Activity{}
	for _, a := range orig.Activities() {
		usedIDs[a.ID] = true
		if origAct[a.ID] == nil {
			origAct[a.ID] = a
		}
	}
	seen := map[string]int{} // activity ID → line
	seenPhase := map[string]bool{}
	moved := map[string]bool{}
	var visOrder []string
	phaseIdx := -1

	for _, r := range vis {
		if r.phase {
			id := r.text[cNr]
			if id == "" || seenPhase[id] {
				id = nextPhaseID(np.Phases, origPhase)
			}
			seenPhase[id] = true
			name := r.text[cPhase]
			ph := prosessplan.Phase{ID: id, Name: name}
			if o := origPhase[id]; o != nil {
				ph = *o
				ph.Activities = nil
				if s, ok := snapPhase[id]; ok && s.text[cPhase] != name {
					change(Change{Kind: Modified, Phase: true, ID: id, Name: name, Field: words.Phase.In(rd.lang),
						Old: s.text[cPhase], New: name, Cell: cell(r, cPhase)})
					ph.Name = name
				}
			} else {
				change(Change{Kind: Added, Phase: true, ID: id, Name: name, Cell: cell(r, cPhase)})
			}
			ph.Pos = rd.pos(r, cPhase)
			np.Phases = append(np.Phases, ph)
			phaseIdx = len(np.Phases) - 1
			continue
		}
		if phaseIdx < 0 {
			rd.problem(prosessplan.CodeXLSXPhase, cell(r, cActivity), r.text[cNr], func(l prosessplan.Language) string { return bookText.NoPhase.In(l) })
			continue
		}
		ph := &np.Phases[phaseIdx]
		id := r.text[cNr]
		if prev, dup := seen[id]; dup && id != "" {
			rd.problem(prosessplan.CodeXLSXDuplicate, cell(r, cNr), id, func(l prosessplan.Language) string { return fmt.Sprintf(bookText.Duplicate.In(l), id, prev) })
			continue
		}
		o := origAct[id]
		s, written := snapAct[id]
		if id == "" || o == nil || !written {
			if id == "" || usedIDs[id] && o == nil {
				id = nextActivityID(ph.ID, usedIDs)
			}
			usedIDs[id] = true
			seen[id] = r.line
			a := prosessplan.Activity{
				ID: id, Name: r.text[cActivity], Purpose: r.text[cPurpose], Kind: r.kind,
				Start: r.start, End: r.end, Status: r.stat, Deliverable: r.text[cDeliverable], Method: r.text[cMethod],
			}
			if a.Kind == "" {
				a.Kind = prosessplan.Work
			}
			if v := r.text[cResponsible]; v != "" {
				a.Responsible, a.AlsoResponsible = responsible(nm.ids(v))
			}
			if v := r.text[cParticipants]; v != "" {
				a.Participants = nm.ids(v)
			}
			a.Pos = rd.pos(r, cActivity)
			ph.Activities = append(ph.Activities, a)
			change(Change{Kind: Added, ID: id, Name: a.Name, New: ph.Name, Cell: cell(r, cActivity)})
			continue
		}
		seen[id] = r.line
		visOrder = append(visOrder, id)
		a := *o
		mod := func(k colKey) {
			change(Change{Kind: Modified, ID: id, Name: r.text[cActivity], Field: colTitle(k, rd.lang, rd.clock),
				Old: s.text[k], New: r.text[k], Cell: cell(r, k)})
		}
		for _, k := range []colKey{cActivity, cPurpose, cMethod, cResponsible, cParticipants, cType, cStatus, cDeliverable} {
			if r.text[k] == s.text[k] {
				continue
			}
			mod(k)
			switch k {
			case cActivity:
				a.Name = r.text[k]
			case cPurpose:
				a.Purpose = r.text[k]
			case cResponsible:
				a.Responsible, a.AlsoResponsible = responsible(nm.ids(r.text[k]))
			case cParticipants:
				a.Participants = nil
				if r.text[k] != "" {
					a.Participants = nm.ids(r.text[k])
				}
			case cType:
				a.Kind = r.kind
			case cStatus:
				a.Status = r.stat
			case cDeliverable:
				a.Deliverable = r.text[k]
			case cMethod:
				a.Method = r.text[k]
			}
		}
		startMoved := r.start.Compare(s.start) != 0 || r.start.IsZero() != s.start.IsZero()
		endMoved := r.end.Compare(s.end) != 0 || r.end.IsZero() != s.end.IsZero()
		// The rows win: a moved date becomes a fixed date, and the other
		// end is fixed where the planner saw it, so the plan shows the bar
		// the planner drew.
		if startMoved {
			mod(cStart)
			a.Start = r.start
			if a.End.IsZero() && !endMoved && !r.end.IsZero() {
				a.End, a.Duration = r.end, prosessplan.Duration{}
			}
		}
		if endMoved {
			mod(cEnd)
			a.End, a.Duration = r.end, prosessplan.Duration{}
		}
		if (startMoved || endMoved) && a.Decision != nil && !r.end.IsZero() {
			d := *a.Decision
			d.Meeting = r.end.Date
			a.Decision = &d
		}
		if was := snapPhaseOf[id]; was != ph.ID {
			moved[id] = true
			change(Change{Kind: Moved, ID: id, Name: a.Name, New: strings.TrimSpace(ph.ID + " " + ph.Name), Cell: cell(r, cActivity)})
		}
		a.Pos = rd.pos(r, cActivity)
		ph.Activities = append(ph.Activities, a)
	}

	// Rows that keep their phase but not their place: those outside the
	// longest run that kept its order.
	kept := longestKept(snapOrder, visOrder)
	visRow := map[string]row{}
	for _, r := range vis {
		if !r.phase {
			if _, ok := visRow[r.text[cNr]]; !ok {
				visRow[r.text[cNr]] = r
			}
		}
	}
	for _, id := range visOrder {
		if !kept[id] && !moved[id] {
			r := visRow[id]
			change(Change{Kind: Moved, ID: id, Name: r.text[cActivity], Cell: cell(r, cActivity)})
		}
	}
	deleted := map[string]bool{}
	for _, id := range snapOrder {
		if _, ok := seen[id]; !ok {
			deleted[id] = true
			change(Change{Kind: Deleted, ID: id, Name: snapAct[id].text[cActivity]})
		}
	}
	for _, ph := range orig.Phases {
		if _, written := snapPhase[ph.ID]; written && !seenPhase[ph.ID] {
			change(Change{Kind: Deleted, Phase: true, ID: ph.ID, Name: ph.Name})
		}
	}
	starts := map[string]prosessplan.Time{}
	for _, r := range vis {
		if !r.phase {
			starts[r.text[cNr]] = r.start
		}
	}
	dropDangling(&np, deleted, starts)
	return &np, changes
}

// pos is the position of row r's cell k: the workbook, the row, the column.
func (rd *reader) pos(r row, k colKey) prosessplan.Pos {
	return prosessplan.Pos{File: rd.name, Line: r.line, Col: r.col[k]}
}

// dropDangling removes references to deleted activities, which would
// otherwise make the plan invalid. An activity that loses every
// predecessor keeps the start the sheet showed.
func dropDangling(p *prosessplan.Plan, deleted map[string]bool, starts map[string]prosessplan.Time) {
	if len(deleted) == 0 {
		return
	}
	for i := range p.Phases {
		for j := range p.Phases[i].Activities {
			a := &p.Phases[i].Activities[j]
			var after []prosessplan.Dependency
			for _, d := range a.After {
				if !deleted[d.ID] {
					after = append(after, d)
				}
			}
			if len(after) == 0 && len(a.After) > 0 && a.Start.IsZero() {
				a.Start = starts[a.ID]
			}
			a.After = after
			if a.Decision != nil && deleted[a.Decision.Hearing] {
				d := *a.Decision
				d.Hearing = ""
				a.Decision = &d
			}
		}
	}
	parts := make([]prosessplan.Participation, len(p.Participation))
	for i, x := range p.Participation {
		var ids []string
		for _, id := range x.Activities {
			if !deleted[id] {
				ids = append(ids, id)
			}
		}
		x.Activities = ids
		parts[i] = x
	}
	p.Participation = parts
}

// longestKept returns the IDs of the longest subsequence of now that is in
// the order of before: the rows that did not move (patience sorting, so a
// plan of thousands of rows is quick).
func longestKept(before, now []string) map[string]bool {
	pos := map[string]int{}
	for i, id := range before {
		pos[id] = i
	}
	var seq []int // positions in before, in the order of now
	var ids []string
	for _, id := range now {
		if p, ok := pos[id]; ok {
			seq = append(seq, p)
			ids = append(ids, id)
		}
	}
	tails := []int{} // index into seq of the smallest tail of each length
	prev := make([]int, len(seq))
	for i, v := range seq {
		j := sort.Search(len(tails), func(k int) bool { return seq[tails[k]] >= v })
		if j > 0 {
			prev[i] = tails[j-1]
		} else {
			prev[i] = -1
		}
		if j == len(tails) {
			tails = append(tails, i)
		} else {
			tails[j] = i
		}
	}
	kept := map[string]bool{}
	if len(tails) == 0 {
		return kept
	}
	for i := tails[len(tails)-1]; i >= 0; i = prev[i] {
		kept[ids[i]] = true
	}
	return kept
}

// nextActivityID returns "phase.n" for the first n not in use.
func nextActivityID(phase string, used map[string]bool) string {
	for n := 1; ; n++ {
		id := phase + "." + strconv.Itoa(n)
		if phase == "" {
			id = strconv.Itoa(n)
		}
		if !used[id] {
			return id
		}
	}
}

// nextPhaseID returns the first whole number not used as a phase ID.
func nextPhaseID(phases []prosessplan.Phase, orig map[string]*prosessplan.Phase) string {
	used := map[string]bool{}
	for _, p := range phases {
		used[p.ID] = true
	}
	for id := range orig {
		used[id] = true
	}
	for n := 1; ; n++ {
		if id := strconv.Itoa(n); !used[id] {
			return id
		}
	}
}

// responsible splits the parties of an Ansvarlig cell into the activity's
// Responsible and AlsoResponsible.
func responsible(ids []string) (string, []string) {
	if len(ids) == 0 {
		return "", nil
	}
	if len(ids) == 1 {
		return ids[0], nil
	}
	return ids[0], ids[1:]
}
