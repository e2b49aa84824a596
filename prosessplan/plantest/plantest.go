// Package plantest makes process plans for tests and benchmarks: plans of
// any size that look like a real municipality's, schedule without problems
// and pass [prosessplan.Check] without errors.
package plantest

import (
	"fmt"
	"time"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// Start is the first day of every generated plan.
var start = prosessplan.D(2026, 1, 5)

// activity names by kind, used in turn.
var (
	workNames = []string{
		"Innhente kunnskapsgrunnlag om boligbehov",
		"Skrive utkast til kapittel om levekår",
		"Analysere innspill fra folkemøtet",
		"Utarbeide statistikk for befolkningsutvikling",
		"Vurdere konsekvenser for barn og unge",
		"Bearbeide planforslaget etter innspill",
		"Skrive saksframlegg",
		"Kvalitetssikre økonomiske rammer",
	}
	meetingNames   = []string{"Møte i prosjektgruppa", "Møte i styringsgruppa", "Møte med referansegruppe 1", "Dialogmøte med næringslivet"}
	workshopNames  = []string{"Arbeidsverksted om målområder", "Brukernært verksted", "Politisk verksted for råd og utvalg", "Kafédialog på Sølvsuper"}
	publicNames    = []string{"Folkemøte på rådhuset", "Folkemøte i bydelshuset på Rønvik", "Åpent møte for ungdom"}
	deadlineNames  = []string{"Frist for innspill", "Frist for ferdig saksframlegg", "Frist for høringsuttalelser"}
	milestoneNames = []string{"Kunnskapsgrunnlaget er ferdig", "Planforslaget er klart", "Medvirkningsrunden er avsluttet"}
	purposes       = []string{
		"Sikre et felles og oppdatert kunnskapsgrunnlag før målene settes.",
		"Gi innbyggere, næringsliv og råd mulighet til å påvirke planen.",
		"Forankre arbeidet i styringsgruppa og hos politikerne.",
		"Få fram behovene til eldre, personer med funksjonsnedsettelse og ungdom.",
		"Sørge for at tiltakene kan følges opp i budsjett og økonomiplan.",
	}
	// decisionKinds close the phases in turn; the last phase closes with
	// the final decision.
	decisionKinds = []prosessplan.DecisionKind{
		prosessplan.StartNotice, prosessplan.ProcessPlanApproval, prosessplan.PlanProgramFixing,
		prosessplan.HearingDecision, prosessplan.Briefing,
	}
	decisionNames = map[prosessplan.DecisionKind]string{
		prosessplan.StartNotice:         "Melding om oppstart til politisk behandling",
		prosessplan.ProcessPlanApproval: "Godkjenning av prosessplanen",
		prosessplan.PlanProgramFixing:   "Fastsetting av planprogram",
		prosessplan.HearingDecision:     "Utlegging av planforslaget til høring",
		prosessplan.FinalDecision:       "Sluttbehandling i kommunestyret",
		prosessplan.Briefing:            "Orientering om framdriften i formannskapet",
	}
)

func pickName(names []string, i int) string { return names[i%len(names)] }

// Generate returns a kommunedelplan with n activities (at least 1), spread
// over phases of about 15 activities, with mixed kinds and statuses,
// dependencies, a decision point closing each phase and a møteplan with
// enough meetings for every decision. The same n gives the same plan.
//
// A big plan spans about one year whatever n is: phases run in twelve
// staggered tracks three weeks apart, so a big plan is wide rather than long.
func Generate(n int) *prosessplan.Plan {
	if n < 1 {
		n = 1
	}
	cal := prosessplan.NewCalendar(prosessplan.CalendarSettings{})
	p := &prosessplan.Plan{
		Title:              fmt.Sprintf("Kommunedelplan for bolig og levekår 2026–2029 (%d aktiviteter)", n),
		Municipality:       "Bjørkåsen kommune",
		Unit:               "Nærings- og utviklingsavdelingen, seksjon plan og samfunn",
		Type:               prosessplan.Kommunedelplan,
		Language:           prosessplan.Bokmal,
		CaseNumber:         "2025/4711",
		CaseOfficer:        "Åse Øvrebø",
		Version:            "1.0",
		Status:             prosessplan.Draft,
		Date:               prosessplan.D(2025, 12, 1),
		CouncilConstituted: prosessplan.D(2023, 10, 16),
		Background: []string{
			"Kommunestyret vedtok i planstrategien at boligpolitikken skal revideres som kommunedelplan.",
			"Befolkningen blir eldre, og behovet for tilpassede boliger øker i alle bydeler.",
		},
		Mandate:       []string{"Rådmannens ledergruppe ga prosjektleder mandat til å lede revisjonen."},
		Goals:         []string{"Et variert boligtilbud for alle", "Gode bomiljø med møteplasser og uteområder", "Samordnet innsats på tvers av sektorene"},
		DesiredResult: "En vedtatt kommunedelplan som flest mulig kan stå bak, med tiltak i økonomiplanen.",
		TargetAreas:   []string{"Generell boligutvikling", "Boligsosiale forhold", "Organisering, samarbeid og kompetanse"},
		LegalBasis:    []string{"Plan- og bygningsloven kapittel 11.", "Kommuneloven § 5-12 om medvirkningsorgan."},
		People: []prosessplan.Person{
			{ID: "pl", Name: "Åse Øvrebø", Title: "prosjektleder", Unit: "Plan og samfunn", Email: "ase.ovrebo@bjorkasen.kommune.no"},
			{ID: "sl", Name: "Ørjan Bækkelund", Title: "seksjonsleder", Unit: "Plan og samfunn"},
			{ID: "ra", Name: "Kjærsti Lø", Title: "rådgiver", Unit: "Helse og omsorg"},
			{ID: "rb", Name: "Pål Æsøy", Title: "rådgiver", Unit: "Eiendom"},
		},
		Groups: []prosessplan.Group{
			{ID: "sg", Name: "Styringsgruppa", Kind: prosessplan.SteeringGroup, Responsibility: "Godkjenner prosjektplan og tar strategiske valg.", Leader: "sl",
				Members: []prosessplan.Member{{Person: "sl", Role: "leder"}, {Name: "Kommunalsjef helse", Role: "medlem"}}},
			{ID: "pg", Name: "Prosjektgruppa", Kind: prosessplan.ProjectGroup, Responsibility: "Gjør utredningene og skriver planen.", Leader: "pl",
				Members: []prosessplan.Member{{Person: "pl"}, {Person: "ra"}, {Person: "rb"}}},
			{ID: "ref1", Name: "Referansegruppe 1, eksterne samarbeidspartnere", Kind: prosessplan.ReferenceGroup, Responsibility: "Gir råd og innspill.",
				Members: []prosessplan.Member{{Organisation: "Husbanken"}, {Organisation: "Statsforvalteren"}, {Organisation: "Bjørkåsen boligbyggelag"}}},
		},
		SuccessFactors: []string{"Helhetlig planlegging på tvers av sektorer", "Nok ressurser", "Stabil bemanning"},
		Risks:          []prosessplan.Risk{{Description: "Sykefravær i prosjektgruppa", Consequence: "Forsinkelse", Mitigation: "Avklare stedfortredere i styringsgruppa"}},
		Resources:      []prosessplan.Resource{{What: "Prosjektleder", Amount: "50 % stilling", Comment: "Hele perioden"}},
		Attachments:    []prosessplan.Attachment{{Title: "Mal for prosessplan", Reference: "vedlegg-1.pdf"}},
		Participation:  []prosessplan.Participation{{Who: "Innbyggere", How: "Folkemøter og kafédialog", When: "Vår 2026", Why: "Få fram lokale behov"}},
	}
	p.Bodies = meetingPlan(cal)

	phases := (n + 14) / 15
	for k := range phases {
		m := n / phases
		if k < n%phases {
			m++
		}
		p.Phases = append(p.Phases, phase(cal, k, m))
	}
	// The final decision comes after every høring, whichever track it is in.
	last := &p.Phases[len(p.Phases)-1]
	if a := &last.Activities[len(last.Activities)-1]; a.Decision != nil {
		a.Decision.Kind = prosessplan.FinalDecision
		a.Name = decisionNames[prosessplan.FinalDecision]
		for _, h := range p.Activities() {
			if h.Kind == prosessplan.Hearing {
				a.After = append(a.After, prosessplan.Dependency{ID: h.ID})
			}
		}
	}
	return p
}

// meetingPlan returns the bodies with two years of meetings: the councils
// on Monday to Wednesday and the formannskap on Thursday of even ISO
// weeks, the kommunestyre on Thursday of odd weeks, none in July, at
// Christmas or in Easter week.
func meetingPlan(cal *prosessplan.Calendar) []prosessplan.Body {
	bodies := []prosessplan.Body{
		{ID: "eldre", Name: "Eldrerådet", Kind: prosessplan.ElderlyCouncil, NoticeDays: 10},
		{ID: "rpf", Name: "Rådet for personer med funksjonsnedsettelse", Kind: prosessplan.DisabilityCouncil, NoticeDays: 10},
		{ID: "ungdom", Name: "Ungdomsrådet", Kind: prosessplan.YouthCouncil, NoticeDays: 10},
		{ID: "fsk", Name: "Formannskapet", Kind: prosessplan.ExecutiveBoard, NoticeDays: 14},
		{ID: "ks", Name: "Kommunestyret", Kind: prosessplan.MunicipalCouncil, NoticeDays: 21},
	}
	weekday := []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Thursday}
	end := start.AddDays(3 * 365)
	for d := start.AddDays(-7); d.Before(end); d = d.AddDays(1) {
		if !cal.IsWorkingDay(d) || cal.InSummerHoliday(d) || prosessplan.InChristmas(d) || prosessplan.InEasterWeek(d) {
			continue
		}
		_, week := d.ISOWeek()
		for i := range bodies {
			even := i < 4
			if d.Weekday() == weekday[i] && (week%2 == 0) == even {
				bodies[i].Meetings = append(bodies[i].Meetings, d)
			}
		}
	}
	return bodies
}

var statuses = []prosessplan.ActivityStatus{
	prosessplan.Done, prosessplan.Done, prosessplan.InProgress, prosessplan.NotStarted,
	prosessplan.NotStarted, prosessplan.NotStarted, prosessplan.Postponed, prosessplan.NotStarted,
	prosessplan.NotStarted, prosessplan.Cancelled,
}

// phase returns phase k (0-based) with m activities.
func phase(cal *prosessplan.Calendar, k, m int) prosessplan.Phase {
	num := k + 1
	ph := prosessplan.Phase{
		ID:          fmt.Sprint(num),
		Name:        fmt.Sprintf("Fase %d: %s", num, []string{"Oppstart og planprogram", "Utredning og medvirkning", "Planforslag", "Høring og sluttbehandling"}[k%4]),
		Description: "Fasen avsluttes med politisk behandling.",
	}
	first := cal.OnOrAfter(start.AddDays((k % 12) * 21))
	for prosessplan.InEasterWeek(first) || cal.InSummerHoliday(first) {
		first = cal.NextWorkingDay(first)
	}
	responsible := []string{"pl", "pg", "sl", "sg", "ra", "rb"}
	for j := range m {
		a := prosessplan.Activity{
			ID:           fmt.Sprintf("%d.%d", num, j+1),
			Purpose:      pickName(purposes, k+j),
			Responsible:  responsible[(k+j)%len(responsible)],
			Participants: []string{"pg"},
			Status:       statuses[(k*7+j)%len(statuses)],
			Deliverable:  "Notat til prosjektgruppa",
		}
		prev := fmt.Sprintf("%d.%d", num, j)
		switch {
		case j == 0:
			a.Kind = prosessplan.Meeting
			a.Name = "Oppstartsmøte for fasen"
			a.Start = prosessplan.DayOf(first)
			a.Participants = []string{"pg", "sg"}
		case j == m-1 && m >= 3:
			kind := decisionKinds[k%len(decisionKinds)]
			a.Kind = prosessplan.PoliticalDecision
			a.Name = decisionNames[kind]
			a.After = []prosessplan.Dependency{{ID: prev}}
			a.Deliverable = "Vedtak"
			a.Participants = []string{"ks"}
			if kind == prosessplan.Briefing {
				a.Decision = &prosessplan.Decision{Kind: kind, Body: "fsk"}
			} else {
				a.Decision = &prosessplan.Decision{Kind: kind, Body: "ks", Route: []string{"eldre", "rpf", "ungdom", "fsk"}}
			}
		case j == m-2 && k%3 == 2:
			a.Kind = prosessplan.Hearing
			a.Name = "Høring og offentlig ettersyn av planforslaget"
			a.Duration = prosessplan.Duration{N: 6, Unit: prosessplan.Weeks}
			a.After = []prosessplan.Dependency{{ID: prev}}
			a.Participants = []string{"ref1"}
		default:
			a.After = []prosessplan.Dependency{{ID: prev}}
			if j >= 3 && j%4 == 0 {
				a.After = append(a.After, prosessplan.Dependency{ID: fmt.Sprintf("%d.%d", num, j-2)})
			}
			if j%5 == 0 {
				a.After[0].Lag = prosessplan.Duration{N: 2, Unit: prosessplan.WorkingDays}
			}
			switch j % 8 {
			case 1, 4, 7:
				a.Kind = prosessplan.Work
				a.Name = pickName(workNames, k+j)
				a.Duration = prosessplan.Duration{N: 3 + (k+j)%8, Unit: prosessplan.WorkingDays}
			case 2:
				a.Kind = prosessplan.Meeting
				a.Name = pickName(meetingNames, k+j)
			case 3:
				a.Kind = prosessplan.Workshop
				a.Name = pickName(workshopNames, k+j)
				a.Participants = []string{"pg", "ref1"}
			case 5:
				a.Kind = prosessplan.PublicMeeting
				a.Name = pickName(publicNames, k+j)
			case 6:
				a.Kind = prosessplan.Deadline
				a.Name = pickName(deadlineNames, k+j)
			default:
				a.Kind = prosessplan.Milestone
				a.Name = pickName(milestoneNames, k+j)
			}
		}
		ph.Activities = append(ph.Activities, a)
	}
	return ph
}
