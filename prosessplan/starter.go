package prosessplan

import (
	"fmt"
	"slices"
	"strings"
)

// holdsText reports whether s holds t in any of its languages: a plan may
// have changed målform since it was made.
func holdsText(s string, t Text) bool {
	return s != "" && (strings.Contains(s, t.NB) || strings.Contains(s, t.NN) || strings.Contains(s, t.EN))
}

// The placeholder texts NewStarter writes for the planner to replace.
// Check finds those still in a plan (CodePlaceholder) by these very
// values, so the two cannot drift apart.
var (
	placeholderTitle        = Text{"skriv tittel", "skriv tittel", "write the title"}
	placeholderMunicipality = Text{"Kommunenavn", "Kommunenamn", "Municipality name"}
	placeholderUnit         = Text{"Ansvarlig enhet", "Ansvarleg eining", "Responsible unit"}
	placeholderBackground   = Text{"Skriv hvorfor planen lages nå: tidligere plan, vedtak i planstrategien, nye behov.",
		"Skriv kvifor planen vert laga no: tidlegare plan, vedtak i planstrategien, nye behov.",
		"Write why the plan is made now: the previous plan, the planning strategy, new needs."}
	placeholderMandate = Text{"Skriv hvem som har bestilt arbeidet, og hva mandatet er.",
		"Skriv kven som har bestilt arbeidet, og kva mandatet er.",
		"Write who ordered the work, and what the mandate is."}
	placeholderGoals  = Text{"Skriv målene for planarbeidet.", "Skriv måla for planarbeidet.", "Write the goals of the planning work."}
	placeholderResult = Text{"Skriv hva som skal være oppnådd når prosessen er ferdig.",
		"Skriv kva som skal vere oppnådd når prosessen er ferdig.",
		"Write what is to be achieved when the process is over."}
	placeholderLegalBasis = Text{"Skriv hvilke andre lover, forskrifter og føringer planen bygger på, f.eks. nasjonale forventninger og overordnede planer.",
		"Skriv kva andre lover, forskrifter og føringar planen byggjer på, t.d. nasjonale forventningar og overordna planar.",
		"Write which other laws, regulations and guidelines the plan rests on, e.g. national expectations and overarching plans."}
	placeholderPurpose = Text{"Skriv hvorfor aktiviteten gjøres.", "Skriv kvifor aktiviteten vert gjord.", "Write why the activity is done."}
	placeholderPerson  = Text{"Navn Navnesen", "Namn Namnesen", "Name Surname"}
	placeholderAmount  = Text{"Skriv omfang, f.eks. 50 % stilling", "Skriv omfang, t.d. 50 % stilling", "Write how much, e.g. a half-time post"}
)

// A starterItem is one activity of a starter plan. When step is set, the
// activity carries out that step of the plan type's rules and takes its
// kind, decision kind, minimum duration and purpose from there.
type starterItem struct {
	step  string // StatutoryStep.Code, or ""
	kind  ActivityKind
	name  Text
	dur   Duration
	after []string // activity numbers
	lag   Duration
	body  string // deciding body, for decisions
	route []string
	resp  string
	// method is the Metode column of a kjøreplan, in nb, nn and en.
	method Text
}

type starterPhase struct {
	name  Text
	items []starterItem
}

// starterPhases returns the skeleton of a starter plan for t.
func starterPhases(t PlanType) []starterPhase {
	councils := []string{"eldreraad", "raad-funksjonsnedsettelse", "ungdomsraad"}
	toCouncil := []string{"eldreraad", "raad-funksjonsnedsettelse", "ungdomsraad", "formannskap"}
	wd := func(n int) Duration { return Duration{N: n, Unit: WorkingDays} }
	weeks := func(n int) Duration { return Duration{N: n, Unit: Weeks} }
	hearingPhase := func(proposalHearing string, decisionBody string) starterPhase {
		return starterPhase{Text{"Høring og offentlig ettersyn", "Høyring og offentleg ettersyn", "Consultation and public inspection"}, []starterItem{
			{step: StepHearingDecision, name: Text{"Utlegging av planforslaget til høring", "Utlegging av planframlegget til høyring", "Putting the proposal out for consultation"}, after: []string{"2.3"}, body: decisionBody, route: councils, resp: "prosjektleder"},
			{step: proposalHearing, name: Text{"Høring og offentlig ettersyn av planforslaget", "Høyring og offentleg ettersyn av planframlegget", "Consultation and public inspection of the proposal"}, after: []string{"3.1"}, resp: "prosjektleder"},
			{kind: Work, name: Text{"Gjennomgå høringsuttalelsene og ferdigstille planen", "Gå gjennom høyringsfråsegnene og ferdigstille planen", "Review the consultation statements and finish the plan"}, dur: wd(15), after: []string{"3.2"}, resp: "prosjektgruppe"},
		}}
	}
	final := func(step string) starterPhase {
		return starterPhase{Text{"Sluttbehandling", "Sluthandsaming", "Final reading"}, []starterItem{
			{step: step, name: Text{"Sluttbehandling i kommunestyret", "Sluthandsaming i kommunestyret", "Final reading in the municipal council"}, after: []string{"3.3"}, body: "kommunestyre", route: toCouncil, resp: "prosjektleder"},
			{kind: Milestone, name: Text{"Vedtatt plan kunngjøres", "Vedteken plan vert kunngjord", "The adopted plan is announced"}, after: []string{"4.1"}, resp: "prosjektleder"},
		}}
	}
	investigation := func(first string) starterPhase {
		return starterPhase{Text{"Utredning og medvirkning", "Utgreiing og medverknad", "Studies and participation"}, []starterItem{
			{kind: Work, name: Text{"Kunnskapsgrunnlag og utredninger", "Kunnskapsgrunnlag og utgreiingar", "Knowledge base and studies"}, dur: wd(30), after: []string{first}, resp: "prosjektgruppe"},
			{kind: PublicMeeting, name: Text{"Folkemøte", "Folkemøte", "Public meeting"}, after: []string{first}, lag: wd(10), resp: "prosjektleder"},
			{kind: Work, name: Text{"Utarbeide planforslag", "Utarbeide planframlegg", "Draft the plan proposal"}, dur: wd(30), after: []string{"2.1", "2.2"}, resp: "prosjektgruppe"},
		}}
	}
	switch t {
	case KommuneplanSamfunn, KommuneplanAreal, Kommunedelplan:
		return []starterPhase{
			{Text{"Oppstart og planprogram", "Oppstart og planprogram", "Start and planning programme"}, []starterItem{
				{kind: Work, name: Text{"Utarbeide forslag til planprogram", "Utarbeide framlegg til planprogram", "Draft the planning programme"}, dur: wd(20), resp: "prosjektgruppe"},
				{step: StepStartNotice, name: Text{"Varsel om oppstart og høring av planprogram", "Varsel om oppstart og høyring av planprogram", "Notice of commencement and consultation on the planning programme"}, after: []string{"1.1"}, body: "kommunestyre", route: toCouncil, resp: "prosjektleder"},
				{step: StepProgramHearing, name: Text{"Høring og offentlig ettersyn av planprogrammet", "Høyring og offentleg ettersyn av planprogrammet", "Consultation and public inspection of the planning programme"}, after: []string{"1.2"}, resp: "prosjektleder"},
				{step: StepProgramFixing, name: Text{"Fastsetting av planprogrammet", "Fastsetjing av planprogrammet", "Fixing the planning programme"}, after: []string{"1.3"}, body: "kommunestyre", route: toCouncil, resp: "prosjektleder"},
			}},
			investigation("1.4"),
			hearingPhase(StepProposalHearing, "formannskap"),
			final(StepFinalDecision),
		}
	case Reguleringsplan:
		return []starterPhase{
			{Text{"Oppstart", "Oppstart", "Start"}, []starterItem{
				{kind: Meeting, name: Text{"Oppstartsmøte", "Oppstartsmøte", "Start-up meeting"}, resp: "prosjektleder"},
				{step: StepStartNotice, name: Text{"Varsel om oppstart og kunngjøring", "Varsel om oppstart og kunngjering", "Notice of commencement and announcement"}, after: []string{"1.1"}, lag: wd(10), resp: "prosjektleder"},
				{kind: Deadline, name: Text{"Frist for innspill til oppstartsvarselet", "Frist for innspel til oppstartsvarselet", "Deadline for input to the notice"}, after: []string{"1.2"}, lag: weeks(3), resp: "prosjektleder"},
			}},
			investigation("1.3"),
			hearingPhase(StepProposalHearing, "formannskap"),
			final(StepFinalDecision),
		}
	case Planstrategi:
		return []starterPhase{
			{Text{"Kunnskap og innspill", "Kunnskap og innspel", "Knowledge and input"}, []starterItem{
				{kind: Work, name: Text{"Innhente synspunkter fra statlige og regionale organer og nabokommuner", "Hente inn synspunkt frå statlege og regionale organ og nabokommunar", "Seek views from state and regional bodies and neighbouring municipalities"}, dur: wd(20), resp: "prosjektleder"},
				{kind: Work, name: Text{"Utarbeide forslag til planstrategi", "Utarbeide framlegg til planstrategi", "Draft the planning strategy"}, dur: wd(20), after: []string{"1.1"}, resp: "prosjektgruppe"},
			}},
			{Text{"Offentliggjøring og vedtak", "Offentleggjering og vedtak", "Publication and decision"}, []starterItem{
				{step: StepStrategyDraft, name: Text{"Forslaget til planstrategi gjøres offentlig", "Framlegget til planstrategi vert gjort offentleg", "The draft planning strategy is made public"}, after: []string{"1.2"}, resp: "prosjektleder"},
				{step: StepStrategyDecision, name: Text{"Vedtak av planstrategien i kommunestyret", "Vedtak av planstrategien i kommunestyret", "Adoption of the planning strategy by the municipal council"}, after: []string{"2.1"}, body: "kommunestyre", route: toCouncil, resp: "prosjektleder"},
			}},
		}
	case Kjoreplan:
		// Distriktssenteret's short template: a three-hour session in
		// slots of ten minutes or more, each with its method.
		mins := func(n int) Duration { return Duration{N: n, Unit: Minutes} }
		return []starterPhase{
			{Text{"Arbeidsverksted", "Arbeidsverkstad", "Workshop"}, []starterItem{
				{kind: Meeting, name: Text{"Velkommen, mål for møtet og program", "Velkomen, mål for møtet og program", "Welcome, aims and programme"}, dur: mins(10), resp: "prosjektleder",
					method: Text{"Plenum", "Plenum", "Plenary"}},
				{kind: Meeting, name: Text{"Innledning: hvor er vi?", "Innleiing: kvar er vi?", "Introduction: where are we?"}, dur: mins(20), after: []string{"1.1"}, resp: "prosjektleder",
					method: Text{"Presentasjon", "Presentasjon", "Presentation"}},
				{kind: Workshop, name: Text{"Gruppearbeid: hva vil vi?", "Gruppearbeid: kva vil vi?", "Group work: what do we want?"}, dur: mins(50), after: []string{"1.2"}, resp: "prosjektgruppe",
					method: Text{"Grupper à 5–6, lapper på vegg", "Grupper på 5–6, lappar på vegg", "Groups of 5–6, notes on the wall"}},
				{kind: Work, name: Text{"Pause", "Pause", "Break"}, dur: mins(10), after: []string{"1.3"}, resp: "prosjektleder",
					method: Text{"Kaffe", "Kaffi", "Coffee"}},
				{kind: Workshop, name: Text{"Gruppene legger fram", "Gruppene legg fram", "The groups present"}, dur: mins(40), after: []string{"1.4"}, resp: "prosjektgruppe",
					method: Text{"Plenum, to minutter per gruppe", "Plenum, to minutt per gruppe", "Plenary, two minutes per group"}},
				{kind: Workshop, name: Text{"Prioritering: hva gjør vi?", "Prioritering: kva gjer vi?", "Priorities: what do we do?"}, dur: mins(30), after: []string{"1.5"}, resp: "prosjektleder",
					method: Text{"Prikkstemming", "Prikkrøysting", "Dot voting"}},
				{kind: Meeting, name: Text{"Oppsummering og veien videre", "Oppsummering og vegen vidare", "Summary and next steps"}, dur: mins(20), after: []string{"1.6"}, resp: "prosjektleder",
					method: Text{"Plenum", "Plenum", "Plenary"}},
			}},
		}
	case Temaplan:
		return []starterPhase{
			{Text{"Oppstart", "Oppstart", "Start"}, []starterItem{
				{kind: Work, name: Text{"Utarbeide prosessplan", "Utarbeide prosessplan", "Draft the process plan"}, dur: wd(10), resp: "prosjektleder"},
				{kind: Milestone, name: Text{"Godkjenning av prosessplanen i styringsgruppa", "Godkjenning av prosessplanen i styringsgruppa", "Approval of the process plan by the steering group"}, after: []string{"1.1"}, body: "ledergruppe", resp: "prosjektleder"},
				{step: StepStartNotice, name: Text{"Melding om oppstart som politisk sak", "Melding om oppstart som politisk sak", "Notification of start as a political case"}, after: []string{"1.2"}, body: "kommunestyre", route: toCouncil, resp: "prosjektleder"},
			}},
			investigation("1.3"),
			hearingPhase(StepProposalHearing, "formannskap"),
			final(StepFinalDecision),
		}
	}
	return nil
}

// NewStarter returns a starter plan of type t in language l beginning on
// start: the steps the rules of t require (or, for a temaplan, recommend)
// with their minimum periods, a minimal organisation, a møteplan with two
// years of meetings for the bodies it uses, and placeholder texts to
// replace. It schedules without problems and Check finds no error in it,
// only advice ([CodePlaceholder]) for each placeholder still to fill in.
// Its lovgrunnlag names the law's paragraphs rather than repeat the
// statutory steps, which the documents print from [RulesFor].
// It returns nil for an unknown plan type.
//
// A høring that would run over the summer holiday, Christmas or Easter is
// lengthened by whole weeks, so consultees keep the time they are due.
func NewStarter(t PlanType, l Language, start Date) *Plan {
	rules, ok := RulesFor(t)
	if !ok {
		return nil
	}
	if l != Nynorsk && l != English {
		l = Bokmal
	}
	cal := NewCalendar(CalendarSettings{})
	start = cal.OnOrAfter(start)
	p := &Plan{
		Title:         fmt.Sprintf("%s – %s", t.Label(l), placeholderTitle.In(l)),
		Municipality:  placeholderMunicipality.In(l),
		Unit:          placeholderUnit.In(l),
		Type:          t,
		Language:      l,
		Version:       "0.1",
		Status:        Draft,
		Date:          start,
		Background:    []string{placeholderBackground.In(l)},
		Mandate:       []string{placeholderMandate.In(l)},
		Goals:         []string{placeholderGoals.In(l)},
		DesiredResult: placeholderResult.In(l),
		LegalBasis:    legalBasis(rules, l),
		People: []Person{
			{ID: "prosjektleder", Name: placeholderPerson.In(l), Title: Text{"prosjektleder", "prosjektleiar", "project leader"}.In(l)},
		},
		Groups: []Group{
			{ID: "styringsgruppe", Name: SteeringGroup.Label(l), Kind: SteeringGroup, Responsibility: Text{"Godkjenner prosessplanen og tar strategiske valg.", "Godkjenner prosessplanen og tek strategiske val.", "Approves the process plan and makes strategic choices."}.In(l)},
			{ID: "prosjektgruppe", Name: ProjectGroup.Label(l), Kind: ProjectGroup, Leader: "prosjektleder", Responsibility: Text{"Gjør utredningene og skriver planen.", "Gjer utgreiingane og skriv planen.", "Does the studies and writes the plan."}.In(l),
				Members: []Member{{Person: "prosjektleder", Role: Text{"leder", "leiar", "leader"}.In(l)}}},
		},
		Participation: starterParticipation(t, l),
	}
	if t != Kjoreplan {
		p.Resources = []Resource{
			{What: Text{"Prosjektleder", "Prosjektleiar", "Project leader"}.In(l), Amount: placeholderAmount.In(l)},
			{What: Text{"Prosjektgruppa", "Prosjektgruppa", "The project group"}.In(l), Amount: placeholderAmount.In(l)},
			{What: Text{"Kunngjøringer, møtelokaler og servering", "Kunngjeringar, møtelokale og servering", "Announcements, meeting rooms and refreshments"}.In(l), Amount: placeholderAmount.In(l)},
		}
		p.Risks = []Risk{
			{Description: Text{"For lite tid i prosjektgruppa", "For lite tid i prosjektgruppa", "Too little time in the project group"}.In(l),
				Consequence: Text{"Forsinkelser", "Forseinkingar", "Delays"}.In(l),
				Mitigation:  Text{"Avklar ressursene med lederne før oppstart", "Avklar ressursane med leiarane før oppstart", "Agree the resources with the managers before the start"}.In(l)},
			{Description: Text{"Lav deltakelse i medvirkningen", "Låg deltaking i medverknaden", "Low turnout in participation"}.In(l),
				Consequence: Text{"Planen mangler kunnskap og forankring", "Planen manglar kunnskap og forankring", "The plan lacks knowledge and support"}.In(l),
				Mitigation:  Text{"Oppsøk gruppene der de er, også digitalt", "Oppsøk gruppene der dei er, også digitalt", "Go to the groups where they are, also online"}.In(l)},
		}
		p.Attachments = []Attachment{
			{Title: Text{"Mandat for planarbeidet", "Mandat for planarbeidet", "Mandate for the planning work"}.In(l)},
			{Title: Text{"Møteplan for politiske organer", "Møteplan for politiske organ", "Meeting plan of the political bodies"}.In(l)},
		}
	}
	p.Bodies = starterBodies(cal, l, start)
	steps := map[string]StatutoryStep{}
	for _, st := range rules.Steps {
		steps[st.Code] = st
	}
	for i, sp := range starterPhases(t) {
		ph := Phase{ID: fmt.Sprint(i + 1), Name: sp.name.In(l)}
		for j, it := range sp.items {
			a := Activity{
				ID:          fmt.Sprintf("%d.%d", i+1, j+1),
				Name:        it.name.In(l),
				Kind:        it.kind,
				Duration:    it.dur,
				Responsible: it.resp,
				Status:      NotStarted,
				Purpose:     placeholderPurpose.In(l),
				Method:      it.method.In(l),
			}
			if st, ok := steps[it.step]; ok {
				a.Kind = st.Kind
				a.Purpose = TextOf(st.Text).In(l)
				if st.Kind == Hearing {
					a.Duration = st.MinDuration
				}
				if st.Kind == PoliticalDecision && st.Decision != "" {
					a.Decision = &Decision{Kind: st.Decision}
				}
			}
			// A milestone with a body is an administrative decision (the
			// leader group approves the process plan).
			if (a.Kind == PoliticalDecision || a.Kind == Milestone && it.body != "") && a.Decision == nil {
				a.Decision = &Decision{Kind: ProcessPlanApproval}
			}
			if a.Decision != nil {
				a.Decision.Body = it.body
				a.Decision.Route = append([]string(nil), it.route...)
			}
			for k, id := range it.after {
				dep := Dependency{ID: id}
				if k == 0 {
					dep.Lag = it.lag
				}
				a.After = append(a.After, dep)
			}
			if i == 0 && j == 0 {
				a.Start = DayOf(start)
				if t == Kjoreplan {
					a.Start = At(start, 9, 0)
				}
			}
			ph.Activities = append(ph.Activities, a)
		}
		p.Phases = append(p.Phases, ph)
	}
	if t == Planstrategi {
		// Planstrategi work starts after an election; the planner
		// corrects the date the council was constituted.
		p.CouncilConstituted = start
	}
	lengthenHearings(p)
	moveMeetings(p)
	return p
}

// starterParticipation returns the medvirkning of a starter plan: one row
// per group pbl § 5-1 names, children and young people among them; a
// kjøreplan has only its participants.
func starterParticipation(t PlanType, l Language) []Participation {
	see := Text{"Se framdriftsplanen", "Sjå framdriftsplanen", "See the schedule"}.In(l)
	if t == Kjoreplan {
		return []Participation{{
			Who:  Text{"Deltakerne", "Deltakarane", "The participants"}.In(l),
			How:  Text{"Gruppearbeid og plenum", "Gruppearbeid og plenum", "Group work and plenary"}.In(l),
			When: see,
			Why:  Text{"Alle skal bli hørt.", "Alle skal bli høyrde.", "Everyone is to be heard."}.In(l),
		}}
	}
	return []Participation{
		{
			Who:  Text{"Barn og unge", "Barn og unge", "Children and young people"}.In(l),
			How:  Text{"Ungdomsrådet, elevrådene og et verksted i skolen", "Ungdomsrådet, elevråda og ein verkstad i skulen", "The youth council, the pupils' councils and a workshop at school"}.In(l),
			When: see,
			Why:  Text{"Barn og unge skal sikres medvirkning (pbl § 5-1).", "Barn og unge skal sikrast medverknad (pbl § 5-1).", "Children and young people are to be ensured participation (pbl § 5-1)."}.In(l),
		},
		{
			Who:  Text{"Innbyggere", "Innbyggjarar", "Residents"}.In(l),
			How:  Text{"Folkemøte og høring", "Folkemøte og høyring", "Public meeting and consultation"}.In(l),
			When: see,
			Why:  Text{"Få fram kunnskap og behov, og forankre planen.", "Få fram kunnskap og behov, og forankre planen.", "Bring out knowledge and needs, and anchor the plan."}.In(l),
		},
		{
			Who:  Text{"Grupper som krever spesiell tilrettelegging: eldre og personer med funksjonsnedsettelse", "Grupper som krev særskild tilrettelegging: eldre og personar med funksjonsnedsetjing", "Groups that need particular arrangements: older people and persons with disabilities"}.In(l),
			How:  Text{"Eldrerådet og rådet for personer med funksjonsnedsettelse, og møter med brukerorganisasjonene", "Eldrerådet og rådet for personar med funksjonsnedsetjing, og møte med brukarorganisasjonane", "The councils for the elderly and for persons with disabilities, and meetings with user organisations"}.In(l),
			When: see,
			Why:  Text{"Alle skal kunne delta (pbl § 5-1).", "Alle skal kunne delta (pbl § 5-1).", "Everyone is to be able to take part (pbl § 5-1)."}.In(l),
		},
		{
			Who:  Text{"Lag, foreninger og næringsliv", "Lag, foreiningar og næringsliv", "Associations and businesses"}.In(l),
			How:  Text{"Innspillsrunde og høring", "Innspelsrunde og høyring", "Round of input and consultation"}.In(l),
			When: see,
			Why:  Text{"Få fram kunnskap og engasjement lokalt.", "Få fram kunnskap og engasjement lokalt.", "Bring out local knowledge and engagement."}.In(l),
		},
		{
			Who:  Text{"Berørte offentlige organer og nabokommuner", "Råka offentlege organ og nabokommunar", "Affected public bodies and neighbouring municipalities"}.In(l),
			How:  Text{"Varsel om oppstart og høring", "Varsel om oppstart og høyring", "Notice of commencement and consultation"}.In(l),
			When: see,
			Why:  Text{"Avklare nasjonale og regionale interesser tidlig.", "Avklare nasjonale og regionale interesser tidleg.", "Clarify national and regional interests early."}.In(l),
		},
	}
}

// moveMeetings moves the public meetings and workshops of a starter plan
// that fall in a holiday period later, a week at a time, since many are
// away then.
func moveMeetings(p *Plan) {
	for range 5 {
		s, _ := NewSchedule(p)
		changed := false
		for _, a := range s.Activities {
			if (a.Kind != PublicMeeting && a.Kind != Workshop) || a.Start.IsZero() || len(a.Activity.After) == 0 {
				continue
			}
			d := a.Start.Date
			if !s.Calendar.InSummerHoliday(d) && !InChristmas(d) && !InEasterWeek(d) {
				continue
			}
			dep := &a.Activity.After[0]
			if dep.Lag.Unit != WorkingDays && !dep.Lag.IsZero() {
				continue
			}
			dep.Lag = Duration{N: dep.Lag.N + 5, Unit: WorkingDays}
			changed = true
		}
		if !changed {
			return
		}
	}
}

// lengthenHearings lengthens the høringer of p that run over a holiday
// period by the days lost (in whole weeks for periods in weeks), rescheduling until none needs more.
func lengthenHearings(p *Plan) {
	base := map[string]int{}
	for _, a := range p.Activities() {
		if a.Kind == Hearing && (a.Duration.Unit == Weeks || a.Duration.Unit == Days) {
			base[a.ID] = a.Duration.N
		}
	}
	for range 5 {
		s, _ := NewSchedule(p)
		changed := false
		for _, a := range s.Activities {
			n, ok := base[a.ID]
			if !ok || a.Start.IsZero() {
				continue
			}
			lost := 0
			for d := a.Start.Date; !d.After(a.End.Date); d = d.AddDays(1) {
				if s.Calendar.InSummerHoliday(d) || InChristmas(d) || InEasterWeek(d) {
					lost++
				}
			}
			want := n + lost
			if a.Duration.Unit == Weeks {
				want = n + (lost+6)/7
			}
			if want > a.Duration.N {
				a.Activity.Duration.N = want
				changed = true
			}
		}
		if !changed {
			return
		}
	}
}

// legalBasis returns the lovgrunnlag of a starter plan: the paragraphs of
// the rules of its type by number (the rules' texts are printed with the
// plan already), kommuneloven § 5-12 for the councils that see its cases,
// and a placeholder for the rest.
func legalBasis(r Rules, l Language) []string {
	if r.Type == Kjoreplan {
		return nil // a workshop's run sheet rests on no law
	}
	var paras []string
	for _, st := range r.Steps {
		if p := strings.TrimPrefix(st.Paragraph, "pbl "); p != "" && !slices.Contains(paras, p) {
			paras = append(paras, p)
		}
	}
	var out []string
	if len(paras) > 0 {
		first := strings.TrimPrefix(paras[0], "§ ")
		last := strings.TrimPrefix(paras[len(paras)-1], "§ ")
		ref := "§ " + first
		if len(paras) > 1 {
			ref = fmt.Sprintf(Text{"§§ %s til %s", "§§ %s til %s", "§§ %s to %s"}.In(l), first, last)
		}
		name := strings.ToLower(r.Type.Label(l))
		if l == English {
			name = "the " + name
		}
		out = append(out, fmt.Sprintf(Text{
			"Plan- og bygningsloven %s om prosessen for %s, og § 5-1 om medvirkning.",
			"Plan- og bygningslova %s om prosessen for %s, og § 5-1 om medverknad.",
			"The Planning and Building Act %s on the process for %s, and § 5-1 on participation."}.In(l), ref, name))
	} else {
		out = append(out, Text{
			"Loven stiller ingen formelle krav til prosessen for en temaplan; plan- og bygningsloven § 5-1 om medvirkning er god praksis.",
			"Lova set ingen formelle krav til prosessen for ein temaplan; plan- og bygningslova § 5-1 om medverknad er god praksis.",
			"The law sets no formal process for a thematic plan; the Planning and Building Act § 5-1 on participation is good practice."}.In(l))
	}
	out = append(out, Text{
		"Kommuneloven § 5-12 om eldreråd, råd for personer med funksjonsnedsettelse og ungdomsråd, som skal få saken før den avgjøres.",
		"Kommunelova § 5-12 om eldreråd, råd for personar med funksjonsnedsetjing og ungdomsråd, som skal få saka før ho vert avgjord.",
		"The Local Government Act § 5-12 on the councils for the elderly, for persons with disabilities and for young people, which see the case before it is decided."}.In(l),
		placeholderLegalBasis.In(l))
	return out
}

// starterBodies returns the møteplan of a starter plan: every four weeks
// the three statutory councils meet Monday to Wednesday and the
// formannskap on Thursday, the kommunestyre the Thursday after, for two
// years; the administrative management group meets every Tuesday.
// No meeting falls on a holiday, in July, at Christmas or in Easter week.
func starterBodies(cal *Calendar, l Language, start Date) []Body {
	bodies := []Body{
		{ID: "eldreraad", Name: Text{"Eldrerådet", "Eldrerådet", "Council for the elderly"}.In(l), Kind: ElderlyCouncil, NoticeDays: 10},
		{ID: "raad-funksjonsnedsettelse", Name: Text{"Rådet for personer med funksjonsnedsettelse", "Rådet for personar med funksjonsnedsetjing", "Council for persons with disabilities"}.In(l), Kind: DisabilityCouncil, NoticeDays: 10},
		{ID: "ungdomsraad", Name: Text{"Ungdomsrådet", "Ungdomsrådet", "Youth council"}.In(l), Kind: YouthCouncil, NoticeDays: 10},
		{ID: "formannskap", Name: Text{"Formannskapet", "Formannskapet", "Executive committee"}.In(l), Kind: ExecutiveBoard, NoticeDays: 14},
		{ID: "kommunestyre", Name: Text{"Kommunestyret", "Kommunestyret", "Municipal council"}.In(l), Kind: MunicipalCouncil, NoticeDays: 21},
		{ID: "ledergruppe", Name: Text{"Kommunedirektørens ledergruppe", "Kommunedirektøren si leiargruppe", "Chief executive's management group"}.In(l), Kind: Administrative, NoticeDays: 3},
	}
	ok := func(d Date) bool {
		return cal.IsWorkingDay(d) && !cal.InSummerHoliday(d) && !InChristmas(d) && !InEasterWeek(d)
	}
	monday := start.Monday()
	end := start.AddDays(2 * 365)
	for week := 0; monday.AddDays(7 * week).Before(end); week++ {
		mon := monday.AddDays(7 * week)
		if tue := mon.AddDays(1); ok(tue) {
			bodies[5].Meetings = append(bodies[5].Meetings, tue)
		}
		if week%4 != 0 {
			continue
		}
		for i, off := range []int{0, 1, 2, 3, 10} {
			if d := mon.AddDays(off); ok(d) {
				bodies[i].Meetings = append(bodies[i].Meetings, d)
			}
		}
	}
	return bodies
}
