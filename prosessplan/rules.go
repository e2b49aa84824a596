package prosessplan

import "slices"

// Rules are the legal and recommended rules for one plan type: which steps
// the law requires, minimum consultation periods with their paragraphs, and
// whether breaking them is an error or only advice. They are data, so that a
// new plan type or a changed law is a change of table, not of code.
type Rules struct {
	// Type is the plan type the rules are for.
	Type PlanType
	// Name of the plan type in each language.
	Name map[Language]string
	// Statutory is false for plan types the law sets no process for
	// (temaplan): breaking a rule is then advice, not an error.
	Statutory bool
	// Steps are the plan type's steps in the order they are carried out.
	Steps []StatutoryStep
}

// StatutoryStep is a step the law requires (or recommends) for a plan type.
type StatutoryStep struct {
	Code string // stable, e.g. "planprogram-hearing"
	// Paragraph is the legal reference, e.g. "pbl § 11-13".
	Paragraph string
	// Kind is the activity kind the step is carried out as.
	Kind ActivityKind
	// Decision is the decision kind, for steps that are political decisions.
	Decision DecisionKind
	// MinDuration is the shortest lawful period, for høring steps.
	MinDuration Duration
	// Required is set for steps the law demands; the others are
	// recommended, or needed only in some cases (e.g. with an impact
	// assessment), and their absence is advice.
	Required bool
	// Text describes the step in each language.
	Text map[Language]string

	// Body is the kind of body that must make the decision itself, for
	// decisions the law does not let the council delegate (pbl § 11-15).
	// Empty when any body may decide.
	Body BodyKind
	// MinBefore is the shortest time from the start of the step to the
	// final decision: the planstrategi draft must be public at least 30
	// days before the council treats it (pbl § 10-1).
	MinBefore Duration
	// Before is the Code of the decision step MinBefore counts back from;
	// empty means the plan's final decision.
	Before string
	// WithinYears is the number of years after the municipal council is
	// constituted by which the step must be done (pbl § 10-1); 0 for none.
	WithinYears int
}

// Step codes shared by several plan types.
const (
	StepStartNotice      = "varsel-om-oppstart"
	StepProgramHearing   = "planprogram-hoering"
	StepProgramFixing    = "planprogram-fastsetting"
	StepHearingDecision  = "utlegging-til-hoering"
	StepProposalHearing  = "hoering-planforslag"
	StepFinalDecision    = "vedtak"
	StepStrategyDraft    = "planstrategi-offentlig"
	StepStrategyDecision = "planstrategi-vedtak"
)

func planName(t PlanType) map[Language]string {
	return Text{t.Label(Bokmal), t.Label(Nynorsk), t.Label(English)}.Map()
}

// RulesForPlan returns the rules for plan p: those of its type, and when
// the planstrategi is made with the planprogram (Plan.WithStrategy, pbl
// § 10-1 third paragraph) the § 10-1 rules for the decision that fixes
// the planprogram: the draft public at least 30 days before, adopted by
// the municipal council within a year of its constitution.
func RulesForPlan(p *Plan) (Rules, bool) {
	r, ok := RulesFor(p.Type)
	if !ok || !p.WithStrategy || p.Type == Planstrategi {
		return r, ok
	}
	hasFixing := slices.ContainsFunc(r.Steps, func(st StatutoryStep) bool { return st.Code == StepProgramFixing })
	if !hasFixing {
		return r, ok
	}
	r.Steps = append(r.Steps,
		StatutoryStep{
			Code: StepStrategyDraft, Paragraph: "pbl § 10-1", Kind: Hearing, MinDuration: Duration{N: 30, Unit: Days},
			MinBefore: Duration{N: 30, Unit: Days}, Before: StepStrategyDecision,
			Text: Text{"Planstrategien behandles sammen med planprogrammet: forslaget gjøres offentlig minst 30 dager før kommunestyret fastsetter det (pbl § 10-1).",
				"Planstrategien vert handsama saman med planprogrammet: framlegget vert gjort offentleg minst 30 dagar før kommunestyret fastset det (pbl § 10-1).",
				"The planning strategy is treated with the planning programme: the draft is made public at least 30 days before the council fixes it (pbl § 10-1)."}.Map(),
		},
		StatutoryStep{
			Code: StepStrategyDecision, Paragraph: "pbl § 10-1", Kind: PoliticalDecision, Decision: PlanProgramFixing,
			Body: MunicipalCouncil, WithinYears: 1,
			Text: Text{"Kommunestyret vedtar planstrategien sammen med planprogrammet, senest ett år etter at det ble konstituert (pbl § 10-1).",
				"Kommunestyret vedtek planstrategien saman med planprogrammet, seinast eitt år etter at det vart konstituert (pbl § 10-1).",
				"The municipal council adopts the planning strategy with the planning programme, no later than one year after it was constituted (pbl § 10-1)."}.Map(),
		})
	return r, ok
}

// RulesFor returns the rules for plan type t, and false when t is not a
// known plan type. Each call returns a fresh copy the caller may change.
func RulesFor(t PlanType) (Rules, bool) {
	sixWeeks := Duration{N: 6, Unit: Weeks}
	switch t {
	case KommuneplanSamfunn, KommuneplanAreal, Kommunedelplan:
		return Rules{Type: t, Name: planName(t), Statutory: true, Steps: []StatutoryStep{
			{
				Code: StepStartNotice, Paragraph: "pbl § 11-12", Kind: PoliticalDecision, Decision: StartNotice, Required: true,
				Text: Text{"Varsel om oppstart: varsle berørte offentlige organer og andre, og kunngjøre oppstarten i minst én lokalavis og elektronisk (pbl § 11-12).",
					"Varsel om oppstart: varsle råka offentlege organ og andre, og kunngjere oppstarten i minst éi lokalavis og elektronisk (pbl § 11-12).",
					"Notice of commencement: notify affected public bodies and others, and announce the start in at least one local newspaper and electronically (pbl § 11-12)."}.Map(),
			},
			{
				Code: StepProgramHearing, Paragraph: "pbl § 11-13", Kind: Hearing, MinDuration: sixWeeks, Required: true,
				Text: Text{"Planprogrammet sendes på høring og legges ut til offentlig ettersyn senest samtidig med varsel om oppstart, med minst 6 ukers frist for uttalelse (pbl § 11-13).",
					"Planprogrammet vert sendt på høyring og lagt ut til offentleg ettersyn seinast samtidig med varsel om oppstart, med minst 6 vekers frist for fråsegn (pbl § 11-13).",
					"The planning programme goes on consultation and public inspection no later than the notice of commencement, with at least 6 weeks for comments (pbl § 11-13)."}.Map(),
			},
			{
				Code: StepProgramFixing, Paragraph: "pbl § 11-13", Kind: PoliticalDecision, Decision: PlanProgramFixing, Required: true,
				Text: Text{"Kommunestyret fastsetter planprogrammet etter høringen; myndigheten kan delegeres (pbl § 11-13).",
					"Kommunestyret fastset planprogrammet etter høyringa; mynda kan delegerast (pbl § 11-13).",
					"The municipal council fixes the planning programme after the consultation; it may delegate this (pbl § 11-13)."}.Map(),
			},
			{
				Code: StepHearingDecision, Paragraph: "pbl § 11-14", Kind: PoliticalDecision, Decision: HearingDecision, Required: true,
				Text: Text{"Vedtak om å legge planforslaget ut til høring og offentlig ettersyn (pbl § 11-14).",
					"Vedtak om å leggje planframlegget ut til høyring og offentleg ettersyn (pbl § 11-14).",
					"Decision to put the plan proposal out for consultation and public inspection (pbl § 11-14)."}.Map(),
			},
			{
				Code: StepProposalHearing, Paragraph: "pbl § 11-14", Kind: Hearing, MinDuration: sixWeeks, Required: true,
				Text: Text{"Planforslaget sendes på høring og legges ut til offentlig ettersyn i minst 6 uker, kunngjort i avis og elektronisk (pbl § 11-14).",
					"Planframlegget vert sendt på høyring og lagt ut til offentleg ettersyn i minst 6 veker, kunngjort i avis og elektronisk (pbl § 11-14).",
					"The plan proposal goes on consultation and public inspection for at least 6 weeks, announced in a newspaper and electronically (pbl § 11-14)."}.Map(),
			},
			{
				Code: StepFinalDecision, Paragraph: "pbl § 11-15", Kind: PoliticalDecision, Decision: FinalDecision, Required: true, Body: MunicipalCouncil,
				Text: Text{"Kommunestyret vedtar selv planen; vedtaket kan ikke delegeres og skal kunngjøres (pbl § 11-15).",
					"Kommunestyret vedtek sjølv planen; vedtaket kan ikkje delegerast og skal kunngjerast (pbl § 11-15).",
					"The municipal council adopts the plan itself; the decision cannot be delegated and must be announced (pbl § 11-15)."}.Map(),
			},
		}}, true

	case Reguleringsplan:
		return Rules{Type: t, Name: planName(t), Statutory: true, Steps: []StatutoryStep{
			{
				Code: StepStartNotice, Paragraph: "pbl § 12-8", Kind: Notice, Required: true,
				Text: Text{"Varsel om oppstart til berørte og kunngjøring; praksis er minst 3 ukers frist for innspill, 6 uker med konsekvensutredning (pbl § 12-8).",
					"Varsel om oppstart til råka partar og kunngjering; praksis er minst 3 vekers frist for innspel, 6 veker med konsekvensutgreiing (pbl § 12-8).",
					"Notice of commencement to those affected and public announcement; practice is at least 3 weeks for input, 6 weeks with an impact assessment (pbl § 12-8)."}.Map(),
			},
			{
				Code: StepProgramHearing, Paragraph: "pbl § 12-9", Kind: Hearing, MinDuration: sixWeeks,
				Text: Text{"Når planen krever konsekvensutredning: planprogram på høring og offentlig ettersyn i minst 6 uker (pbl § 12-9).",
					"Når planen krev konsekvensutgreiing: planprogram på høyring og offentleg ettersyn i minst 6 veker (pbl § 12-9).",
					"When the plan needs an impact assessment: planning programme on consultation and public inspection for at least 6 weeks (pbl § 12-9)."}.Map(),
			},
			{
				Code: StepProgramFixing, Paragraph: "pbl § 12-9", Kind: PoliticalDecision, Decision: PlanProgramFixing,
				Text: Text{"Når planen krever konsekvensutredning: planprogrammet fastsettes etter høringen (pbl § 12-9).",
					"Når planen krev konsekvensutgreiing: planprogrammet vert fastsett etter høyringa (pbl § 12-9).",
					"When the plan needs an impact assessment: the planning programme is fixed after the consultation (pbl § 12-9)."}.Map(),
			},
			{
				Code: StepHearingDecision, Paragraph: "pbl § 12-10", Kind: PoliticalDecision, Decision: HearingDecision, Required: true,
				Text: Text{"Vedtak om å legge planforslaget ut til høring og offentlig ettersyn (pbl § 12-10).",
					"Vedtak om å leggje planframlegget ut til høyring og offentleg ettersyn (pbl § 12-10).",
					"Decision to put the plan proposal out for consultation and public inspection (pbl § 12-10)."}.Map(),
			},
			{
				Code: StepProposalHearing, Paragraph: "pbl § 12-10", Kind: Hearing, MinDuration: sixWeeks, Required: true,
				Text: Text{"Planforslaget sendes på høring og legges ut til offentlig ettersyn i minst 6 uker (pbl § 12-10).",
					"Planframlegget vert sendt på høyring og lagt ut til offentleg ettersyn i minst 6 veker (pbl § 12-10).",
					"The plan proposal goes on consultation and public inspection for at least 6 weeks (pbl § 12-10)."}.Map(),
			},
			{
				Code: StepFinalDecision, Paragraph: "pbl § 12-12", Kind: PoliticalDecision, Decision: FinalDecision, Required: true, Body: MunicipalCouncil,
				Text: Text{"Kommunestyret vedtar reguleringsplanen; vedtaket kan påklages innen 3 uker (pbl § 12-12).",
					"Kommunestyret vedtek reguleringsplanen; vedtaket kan påklagast innan 3 veker (pbl § 12-12).",
					"The municipal council adopts the zoning plan; the decision may be appealed within 3 weeks (pbl § 12-12)."}.Map(),
			},
		}}, true

	case Planstrategi:
		return Rules{Type: t, Name: planName(t), Statutory: true, Steps: []StatutoryStep{
			{
				Code: StepStrategyDraft, Paragraph: "pbl § 10-1", Kind: Hearing, MinDuration: Duration{N: 30, Unit: Days},
				MinBefore: Duration{N: 30, Unit: Days}, Required: true,
				Text: Text{"Forslaget til vedtak gjøres offentlig minst 30 dager før kommunestyret behandler det; synspunkter innhentes fra statlige og regionale organer og nabokommuner (pbl § 10-1).",
					"Framlegget til vedtak vert gjort offentleg minst 30 dagar før kommunestyret handsamar det; synspunkt vert henta inn frå statlege og regionale organ og nabokommunar (pbl § 10-1).",
					"The draft decision is made public at least 30 days before the municipal council treats it; views are sought from state and regional bodies and neighbouring municipalities (pbl § 10-1)."}.Map(),
			},
			{
				Code: StepStrategyDecision, Paragraph: "pbl § 10-1", Kind: PoliticalDecision, Decision: FinalDecision, Required: true,
				Body: MunicipalCouncil, WithinYears: 1,
				Text: Text{"Kommunestyret vedtar planstrategien senest ett år etter at det ble konstituert (pbl § 10-1).",
					"Kommunestyret vedtek planstrategien seinast eitt år etter at det vart konstituert (pbl § 10-1).",
					"The municipal council adopts the planning strategy no later than one year after it was constituted (pbl § 10-1)."}.Map(),
			},
		}}, true

	case Kjoreplan:
		// A workshop or meeting has no process the law or good practice
		// sets: no steps, so no advice either.
		return Rules{Type: t, Name: planName(t), Statutory: false}, true

	case Temaplan:
		return Rules{Type: t, Name: planName(t), Statutory: false, Steps: []StatutoryStep{
			{
				Code: StepStartNotice, Paragraph: "", Kind: PoliticalDecision, Decision: StartNotice,
				Text: Text{"Anbefalt: melding om oppstart som politisk sak, så kommunestyret eier arbeidet. Loven stiller ingen formelle krav til prosessen for en temaplan.",
					"Tilrådd: melding om oppstart som politisk sak, så kommunestyret eig arbeidet. Lova set ingen formelle krav til prosessen for ein temaplan.",
					"Recommended: a notification of start as a political case, so that the council owns the work. The law sets no formal process for a thematic plan."}.Map(),
			},
			{
				Code: StepProposalHearing, Paragraph: "", Kind: Hearing, MinDuration: Duration{N: 4, Unit: Weeks},
				Text: Text{"Anbefalt: høring av planforslaget, for eksempel 4–6 uker. Kommunen velger selv høringsinstanser, som statsforvalteren, NAV, brukerorganisasjoner og rådene.",
					"Tilrådd: høyring av planframlegget, til dømes 4–6 veker. Kommunen vel sjølv høyringsinstansar, som statsforvaltaren, NAV, brukarorganisasjonar og råda.",
					"Recommended: consultation on the plan proposal, e.g. 4–6 weeks. The municipality chooses the consultees, such as the county governor, NAV, user organisations and the councils."}.Map(),
			},
			{
				Code: StepFinalDecision, Paragraph: "", Kind: PoliticalDecision, Decision: FinalDecision,
				Text: Text{"Anbefalt: politisk vedtak av planen; tiltakene må inn i budsjett og økonomiplan for å bli gjennomført.",
					"Tilrådd: politisk vedtak av planen; tiltaka må inn i budsjett og økonomiplan for å bli gjennomførte.",
					"Recommended: political adoption of the plan; its measures must go into the budget and economic plan to be carried out."}.Map(),
			},
		}}, true
	}
	return Rules{}, false
}
