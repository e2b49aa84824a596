package prosessplan_test

import (
	"fmt"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// A plan made in Go is checked as a plan file is: here the plan type is
// misspelt, and the id of the person responsible is mistyped («kari» for
// «karin»). A party outside the organisation, written as text
// («Innbyggere»), is fine.
func ExampleCheckPlan() {
	plan := &prosessplan.Plan{
		Title:  "Boligplan 2018–2021",
		Type:   "temaplanen",
		People: []prosessplan.Person{{ID: "karin", Name: "Karin Nilsen"}},
		Phases: []prosessplan.Phase{{Name: "Oppstart", Activities: []prosessplan.Activity{{
			ID: "1.1", Name: "Planprogram", Responsible: "kari", Participants: []string{"Innbyggere"},
			Start: prosessplan.DayOf(prosessplan.D(2017, 1, 9)), Duration: prosessplan.Duration{N: 2, Unit: prosessplan.Weeks},
		}}}},
	}
	_, problems := prosessplan.CheckPlan(plan)
	for _, p := range problems {
		fmt.Println(p.Code, p.Message(prosessplan.English))
	}
	// Output:
	// PP-PLAN-VALUE "plantype": unknown plan type "temaplanen" — use one of: temaplan, kommunedelplan, kommuneplanens-samfunnsdel, kommuneplanens-arealdel, kommunal-planstrategi, reguleringsplan, kjøreplan
	// PP-PLAN-REFERENCE "ansvarlig": "kari" is not in the plan — use the id or number of something defined in the plan
}
