package render

import "github.com/prosessplan/go-prosessplan/prosessplan"

// caseWords are the fixed sentences of a saksframlegg in one language.
// Formats take the plan's own text as arguments; that text is never
// rewritten, only placed. Nothing here gives the tool's advice: a
// saksframlegg states what the case is, and check says what to improve.
type caseWords struct {
	// fileKind names each decision kind in file names.
	fileKind map[prosessplan.DecisionKind]string

	// Header and section titles.
	archiveCode, journalNo, titleLabel             string
	earlierTitle, thisStepTitle, hearingTitle      string
	councilsTitle, economyTitle, notAttached       string
	preparedBy                                     string // body: "Formannskapets innstilling"
	preparedOn                                     string // body, date
	fylkesmannen, statsforvalteren                 string
	merknadsbehandling, statements, planProgramFor string
	hearingPeriod                                  string // " fra %s til %s"
	legalRef                                       string // ", jf. plan- og bygningsloven %s"

	// Innstilling, by decision kind.
	startVarsel, programHearing                         string
	startNotice, startAsTema, startAsPlan, startDraftIn string
	ppApprove, ppChanges                                string
	progFix, progNoAppeal                               string
	hearing, hearingFinalIn                             string
	final, finalBudget                                  string
	briefing                                            string

	// Sammendrag.
	summary, summaryHearing, summaryFinal, statementsCount          string
	statementOne, objectionOne, startWithProgram, hearingOutProgram string
	pastStartProgram, programWas                                    string

	// Saksopplysninger.
	pastTense                                 map[prosessplan.DecisionKind]string
	stepIs                                    map[prosessplan.DecisionKind]string
	proposalAreas                             string
	hearingOut, hearingParties, hearingWas    string
	hearingToFill, statementsFrom, mainPoints string
	merknadAttached, noObjections, objections string
	unresolved                                string // the agency
	// objectionsTitle heads the plan's innsigelser; planObjectionOne and
	// planObjections (the count) introduce their list; mediationOn names
	// the mekling of one (its date).
	objectionsTitle, planObjectionOne, planObjections, mediationOn string
	councilsInRoute, councilLawNew                                 string
	councilLawOld, youthOld                                        string
	councilsMissing, councilsMissingOld                            string
	economyIntro, staffPercent, economySum                         string

	// Vurdering.
	assessHearingLaw, assessStatements, assess1114 string
	assessUnresolved, assessProcess, assessToWrite string
}

var caseWordsByLang = map[prosessplan.Language]*caseWords{
	prosessplan.Bokmal: {
		fileKind: map[prosessplan.DecisionKind]string{
			prosessplan.StartNotice: "melding-om-oppstart", prosessplan.ProcessPlanApproval: "godkjenning-av-prosessplan",
			prosessplan.PlanProgramFixing: "fastsetting-av-planprogram", prosessplan.HearingDecision: "utlegging-til-horing",
			prosessplan.FinalDecision: "sluttbehandling", prosessplan.Briefing: "orientering",
		},
		archiveCode: "Arkivkode", journalNo: "Løpenr.", titleLabel: "Tittel",
		earlierTitle: "Tidligere vedtak i saken", thisStepTitle: "Hva saken gjelder", hearingTitle: "Høringen",
		councilsTitle: "Rådenes behandling", economyTitle: "Økonomiske konsekvenser",
		notAttached: "Andre dokumenter i saken (ikke vedlagt)",
		preparedBy:  "Innstilling fra %s", preparedOn: "%s ga denne innstillingen %s:",
		fylkesmannen: "Fylkesmannen", statsforvalteren: "Statsforvalteren",
		merknadsbehandling: "Merknadsbehandling", statements: "Høringsuttalelsene",
		planProgramFor: "Forslag til planprogram for %s",
		hearingPeriod:  " fra %s til %s",
		legalRef:       ", jf. plan- og bygningsloven %s",

		startVarsel:    "%[1]s varsler oppstart av arbeidet med %[2]s%[3]s.",
		programHearing: "Forslag til planprogram for %[1]s, datert %[2]s, sendes på høring og legges ut til offentlig ettersyn%[3]s%[4]s.",
		startNotice:    "%[1]s tar melding om oppstart av arbeidet med %[2]s til orientering.",
		startAsTema:    "Planen utarbeides som temaplan, i tråd med prosessplan datert %[1]s.",
		startAsPlan:    "Planen utarbeides som %[1]s etter plan- og bygningsloven, i tråd med prosessplan datert %[2]s.",
		startDraftIn:   "Forslag til plan legges fram for politisk behandling i %s.",
		ppApprove:      "%[1]s godkjenner prosessplan for %[2]s, datert %[3]s.",
		ppChanges:      "Vesentlige endringer i framdriften legges fram som orienteringssak.",
		progFix:        "%[1]s fastsetter planprogram for %[2]s, datert %[3]s%[4]s.",
		progNoAppeal:   "Fastsetting av planprogram er en prosessledende beslutning som ikke kan påklages.",
		hearing:        "Forslag til %[1]s, datert %[2]s, legges ut til høring og offentlig ettersyn%[3]s%[4]s.",
		hearingFinalIn: "Sluttbehandling av planen er planlagt i %s.",
		final:          "%[1]s vedtar %[2]s, datert %[3]s%[4]s.",
		finalBudget:    "Tiltak i planen følges opp i budsjett og økonomiplan.",
		briefing:       "%[1]s tar orienteringen om arbeidet med %[2]s til orientering.",

		summary:           "Saken gjelder %[1]s for %[2]s. %[3]s behandler saken %[4]s.",
		summaryHearing:    "Planforslaget legges ut til høring%s.",
		summaryFinal:      "Planforslaget har vært på høring%s.",
		statementsCount:   "Det kom %d uttalelser.",
		statementOne:      "Det kom én uttalelse.",
		pastStartProgram:  "varslet oppstart og sendte forslaget til planprogram på høring.",
		programWas:        "Forslaget til planprogram var på høring%s (%s).",
		objectionOne:      "Det kom én innsigelse: %s.",
		startWithProgram:  "Varsel om oppstart og høring av planprogram",
		hearingOutProgram: "Forslaget til planprogram sendes på høring og legges ut til offentlig ettersyn%s (%s).",

		pastTense: map[prosessplan.DecisionKind]string{
			prosessplan.StartNotice:         "tok melding om oppstart til orientering.",
			prosessplan.ProcessPlanApproval: "godkjente prosessplanen.",
			prosessplan.PlanProgramFixing:   "fastsatte planprogrammet.",
			prosessplan.HearingDecision:     "la planforslaget ut til høring og offentlig ettersyn",
			prosessplan.FinalDecision:       "vedtok planen.",
			prosessplan.Briefing:            "tok orienteringen til orientering.",
		},
		stepIs: map[prosessplan.DecisionKind]string{
			prosessplan.StartNotice:         "Saken gjelder oppstarten av planarbeidet: organiseringen, medvirkningen og framdriften som prosessplanen beskriver.",
			prosessplan.ProcessPlanApproval: "Saken gjelder prosessplanen: hvem som gjør hva, hva som skal skje når, og hvorfor.",
			prosessplan.PlanProgramFixing:   "Planprogrammet har vært på høring. Saken gjelder fastsetting av planprogrammet, som blir rammen for planarbeidet.",
			prosessplan.HearingDecision:     "Planforslaget er ferdig utarbeidet. Saken gjelder å legge det ut til høring og offentlig ettersyn.",
			prosessplan.FinalDecision:       "Planforslaget har vært på høring, og uttalelsene er gjennomgått. Saken gjelder vedtak av planen.",
		},
		proposalAreas:      "Planforslaget har mål og tiltak for %s.",
		hearingOut:         "Forslaget sendes på høring og legges ut til offentlig ettersyn%s (%s).",
		hearingParties:     "Høringsinstanser: %s.",
		hearingWas:         "Planforslaget var på høring%s (%s).",
		hearingToFill:      "Fyll inn: antall uttalelser, hvem de kom fra, hovedpunktene og eventuelle innsigelser.",
		statementsFrom:     "Uttalelsene kom fra %s.",
		mainPoints:         "Hovedpunkter i uttalelsene:",
		merknadAttached:    "Merknadene og hvordan de er fulgt opp, står i merknadsbehandlingen.",
		noObjections:       "Det kom ingen innsigelser.",
		objections:         "Det kom %d innsigelser: %s.",
		unresolved:         "ikke løst; vedtas planen med innsigelsen, sendes saken til %s",
		councilsInRoute:    "Saken legges fram for %[1]s før den avgjøres, og uttalelsene følger saken til %[2]s, jf. %[3]s.",
		councilLawNew:      "kommuneloven § 5-12",
		councilLawOld:      "lov om kommunale og fylkeskommunale eldreråd og lov om råd for mennesker med nedsatt funksjonsevne",
		youthOld:           "Ungdomsrådet er ikke lovpålagt, men får saken til uttalelse.",
		councilsMissing:    "Vurder om saken skal legges fram for eldrerådet, rådet for personer med funksjonsnedsettelse og ungdomsrådet før den avgjøres (kommuneloven § 5-12).",
		councilsMissingOld: "Vurder om saken skal legges fram for eldrerådet og rådet for mennesker med nedsatt funksjonsevne før den avgjøres.",
		economyIntro:       "Planarbeidet er budsjettert med disse ressursene:",
		staffPercent:       "%d\u00a0%% stilling",
		economySum:         "Til sammen: %s.",

		assessHearingLaw: "Høringsperioden er %s; loven krever minst %s (plan- og bygningsloven %s).",
		assessStatements: "Høringen ga %d uttalelser. Hvordan hver av dem er vurdert og fulgt opp, står i merknadsbehandlingen.",
		assess1114:       "Etter plan- og bygningsloven § 11-14 andre ledd skal saken vise hvordan virkningene av planforslaget og høringsuttalelsene er vurdert, hvilken betydning de er tillagt, og hvordan nasjonale og regionale interesser er ivaretatt.",
		assessUnresolved: "Innsigelsen fra %s er ikke løst.",
		objectionsTitle:  "Innsigelser",
		planObjectionOne: "Det er reist én innsigelse mot planforslaget (plan- og bygningsloven § 5-4):",
		planObjections:   "Det er reist %d innsigelser mot planforslaget (plan- og bygningsloven § 5-4):",
		mediationOn:      "mekling %s",
		assessProcess:    "Prosessplanen, datert %s, beskriver organiseringen, medvirkningen og framdriften i arbeidet.",
		assessToWrite:    "Saksbehandlers vurdering og konklusjon.",
	},
	prosessplan.Nynorsk: {
		fileKind: map[prosessplan.DecisionKind]string{
			prosessplan.StartNotice: "melding-om-oppstart", prosessplan.ProcessPlanApproval: "godkjenning-av-prosessplan",
			prosessplan.PlanProgramFixing: "fastsetjing-av-planprogram", prosessplan.HearingDecision: "utlegging-til-hoyring",
			prosessplan.FinalDecision: "sluthandsaming", prosessplan.Briefing: "orientering",
		},
		archiveCode: "Arkivkode", journalNo: "Løpenr.", titleLabel: "Tittel",
		earlierTitle: "Tidlegare vedtak i saka", thisStepTitle: "Kva saka gjeld", hearingTitle: "Høyringa",
		councilsTitle: "Handsaming i råda", economyTitle: "Økonomiske konsekvensar",
		notAttached: "Andre dokument i saka (ikkje vedlagde)",
		preparedBy:  "Innstilling frå %s", preparedOn: "%s gav denne innstillinga %s:",
		fylkesmannen: "Fylkesmannen", statsforvalteren: "Statsforvaltaren",
		merknadsbehandling: "Merknadshandsaming", statements: "Høyringsfråsegnene",
		planProgramFor: "Framlegg til planprogram for %s",
		hearingPeriod:  " frå %s til %s",
		legalRef:       ", jf. plan- og bygningslova %s",

		startVarsel:    "%[1]s varslar oppstart av arbeidet med %[2]s%[3]s.",
		programHearing: "Framlegg til planprogram for %[1]s, datert %[2]s, vert sendt på høyring og lagt ut til offentleg ettersyn%[3]s%[4]s.",
		startNotice:    "%[1]s tek melding om oppstart av arbeidet med %[2]s til orientering.",
		startAsTema:    "Planen vert utarbeidd som temaplan, i tråd med prosessplan datert %[1]s.",
		startAsPlan:    "Planen vert utarbeidd som %[1]s etter plan- og bygningslova, i tråd med prosessplan datert %[2]s.",
		startDraftIn:   "Framlegg til plan vert lagt fram for politisk handsaming i %s.",
		ppApprove:      "%[1]s godkjenner prosessplan for %[2]s, datert %[3]s.",
		ppChanges:      "Vesentlege endringar i framdrifta vert lagde fram som orienteringssak.",
		progFix:        "%[1]s fastset planprogram for %[2]s, datert %[3]s%[4]s.",
		progNoAppeal:   "Fastsetjing av planprogram er ei prosessleiande avgjerd som ikkje kan påklagast.",
		hearing:        "Framlegg til %[1]s, datert %[2]s, vert lagt ut til høyring og offentleg ettersyn%[3]s%[4]s.",
		hearingFinalIn: "Sluthandsaming av planen er planlagd i %s.",
		final:          "%[1]s vedtek %[2]s, datert %[3]s%[4]s.",
		finalBudget:    "Tiltak i planen vert følgde opp i budsjett og økonomiplan.",
		briefing:       "%[1]s tek orienteringa om arbeidet med %[2]s til orientering.",

		summary:           "Saka gjeld %[1]s for %[2]s. %[3]s handsamar saka %[4]s.",
		summaryHearing:    "Planframlegget vert lagt ut til høyring%s.",
		summaryFinal:      "Planframlegget har vore på høyring%s.",
		statementsCount:   "Det kom %d fråsegner.",
		statementOne:      "Det kom éi fråsegn.",
		pastStartProgram:  "varsla oppstart og sende framlegget til planprogram på høyring.",
		programWas:        "Framlegget til planprogram var på høyring%s (%s).",
		objectionOne:      "Det kom éi motsegn: %s.",
		startWithProgram:  "Varsel om oppstart og høyring av planprogram",
		hearingOutProgram: "Framlegget til planprogram vert sendt på høyring og lagt ut til offentleg ettersyn%s (%s).",

		pastTense: map[prosessplan.DecisionKind]string{
			prosessplan.StartNotice:         "tok melding om oppstart til orientering.",
			prosessplan.ProcessPlanApproval: "godkjende prosessplanen.",
			prosessplan.PlanProgramFixing:   "fastsette planprogrammet.",
			prosessplan.HearingDecision:     "la planframlegget ut til høyring og offentleg ettersyn",
			prosessplan.FinalDecision:       "vedtok planen.",
			prosessplan.Briefing:            "tok orienteringa til orientering.",
		},
		stepIs: map[prosessplan.DecisionKind]string{
			prosessplan.StartNotice:         "Saka gjeld oppstarten av planarbeidet: organiseringa, medverknaden og framdrifta som prosessplanen skildrar.",
			prosessplan.ProcessPlanApproval: "Saka gjeld prosessplanen: kven som gjer kva, kva som skal skje når, og kvifor.",
			prosessplan.PlanProgramFixing:   "Planprogrammet har vore på høyring. Saka gjeld fastsetjing av planprogrammet, som vert ramma for planarbeidet.",
			prosessplan.HearingDecision:     "Planframlegget er ferdig utarbeidd. Saka gjeld å leggje det ut til høyring og offentleg ettersyn.",
			prosessplan.FinalDecision:       "Planframlegget har vore på høyring, og fråsegnene er gjennomgått. Saka gjeld vedtak av planen.",
		},
		proposalAreas:      "Planframlegget har mål og tiltak for %s.",
		hearingOut:         "Framlegget vert sendt på høyring og lagt ut til offentleg ettersyn%s (%s).",
		hearingParties:     "Høyringsinstansar: %s.",
		hearingWas:         "Planframlegget var på høyring%s (%s).",
		hearingToFill:      "Fyll inn: talet på fråsegner, kven dei kom frå, hovudpunkta og eventuelle motsegner.",
		statementsFrom:     "Fråsegnene kom frå %s.",
		mainPoints:         "Hovudpunkt i fråsegnene:",
		merknadAttached:    "Merknadene og korleis dei er følgde opp, står i merknadshandsaminga.",
		noObjections:       "Det kom ingen motsegner.",
		objections:         "Det kom %d motsegner: %s.",
		unresolved:         "ikkje løyst; vert planen vedteken med motsegna, vert saka send til %s",
		councilsInRoute:    "Saka vert lagd fram for %[1]s før ho vert avgjord, og fråsegnene følgjer saka til %[2]s, jf. %[3]s.",
		councilLawNew:      "kommunelova § 5-12",
		councilLawOld:      "lov om kommunale og fylkeskommunale eldreråd og lov om råd for menneske med nedsett funksjonsevne",
		youthOld:           "Ungdomsrådet er ikkje lovpålagt, men får saka til fråsegn.",
		councilsMissing:    "Vurder om saka skal leggjast fram for eldrerådet, rådet for personar med funksjonsnedsetjing og ungdomsrådet før ho vert avgjord (kommunelova § 5-12).",
		councilsMissingOld: "Vurder om saka skal leggjast fram for eldrerådet og rådet for menneske med nedsett funksjonsevne før ho vert avgjord.",
		economyIntro:       "Planarbeidet er budsjettert med desse ressursane:",
		staffPercent:       "%d\u00a0%% stilling",
		economySum:         "Til saman: %s.",

		assessHearingLaw: "Høyringsperioden er %s; lova krev minst %s (plan- og bygningslova %s).",
		assessStatements: "Høyringa gav %d fråsegner. Korleis kvar av dei er vurdert og følgd opp, står i merknadshandsaminga.",
		assess1114:       "Etter plan- og bygningslova § 11-14 andre ledd skal saka vise korleis verknadene av planframlegget og høyringsfråsegnene er vurderte, kva vekt dei har fått, og korleis nasjonale og regionale interesser er tekne vare på.",
		assessUnresolved: "Motsegna frå %s er ikkje løyst.",
		objectionsTitle:  "Motsegner",
		planObjectionOne: "Det er fremja éi motsegn mot planframlegget (plan- og bygningslova § 5-4):",
		planObjections:   "Det er fremja %d motsegner mot planframlegget (plan- og bygningslova § 5-4):",
		mediationOn:      "mekling %s",
		assessProcess:    "Prosessplanen, datert %s, skildrar organiseringa, medverknaden og framdrifta i arbeidet.",
		assessToWrite:    "Sakshandsamaren si vurdering og konklusjon.",
	},
	prosessplan.English: {
		fileKind: map[prosessplan.DecisionKind]string{
			prosessplan.StartNotice: "start-notice", prosessplan.ProcessPlanApproval: "process-plan-approval",
			prosessplan.PlanProgramFixing: "planning-programme", prosessplan.HearingDecision: "consultation",
			prosessplan.FinalDecision: "final-reading", prosessplan.Briefing: "briefing",
		},
		archiveCode: "Archive code", journalNo: "Registry no.", titleLabel: "Title",
		earlierTitle: "Earlier decisions in the case", thisStepTitle: "What the case concerns", hearingTitle: "The consultation",
		councilsTitle: "The councils' treatment", economyTitle: "Financial consequences",
		notAttached: "Other case documents (not attached)",
		preparedBy:  "Recommendation of %s", preparedOn: "%s made this recommendation on %s:",
		fylkesmannen: "the County Governor (Fylkesmannen)", statsforvalteren: "the County Governor (Statsforvalteren)",
		merknadsbehandling: "Comments and responses", statements: "The consultation statements",
		planProgramFor: "Proposed planning programme for %s",
		hearingPeriod:  " from %s to %s",
		legalRef:       ", cf. Planning and Building Act %s",

		startVarsel:    "%[1]s gives notice of the start of work on %[2]s%[3]s.",
		programHearing: "The proposed planning programme for %[1]s, dated %[2]s, is sent for consultation and public inspection%[3]s%[4]s.",
		startNotice:    "%[1]s takes note of the notification of start of work on %[2]s.",
		startAsTema:    "The plan is prepared as a thematic plan, in line with the process plan dated %[1]s.",
		startAsPlan:    "The plan is prepared as a %[1]s under the Planning and Building Act, in line with the process plan dated %[2]s.",
		startDraftIn:   "The plan proposal is presented for political treatment in %s.",
		ppApprove:      "%[1]s approves the process plan for %[2]s, dated %[3]s.",
		ppChanges:      "Significant changes to the schedule are presented as a briefing case.",
		progFix:        "%[1]s fixes the planning programme for %[2]s, dated %[3]s%[4]s.",
		progNoAppeal:   "Fixing a planning programme is a procedural decision that cannot be appealed.",
		hearing:        "The proposed %[1]s, dated %[2]s, is put out for consultation and public inspection%[3]s%[4]s.",
		hearingFinalIn: "Final treatment of the plan is planned for %s.",
		final:          "%[1]s adopts %[2]s, dated %[3]s%[4]s.",
		finalBudget:    "Measures in the plan are followed up in the budget and economic plan.",
		briefing:       "%[1]s takes note of the briefing on the work on %[2]s.",

		summary:           "The case concerns %[1]s for %[2]s. %[3]s treats the case on %[4]s.",
		summaryHearing:    "The proposal is put out for consultation%s.",
		summaryFinal:      "The proposal has been on consultation%s.",
		statementsCount:   "%d statements were received.",
		statementOne:      "One statement was received.",
		pastStartProgram:  "gave notice of the start and sent the proposed planning programme for consultation.",
		programWas:        "The proposed planning programme was on consultation%s (%s).",
		objectionOne:      "One objection was raised: %s.",
		startWithProgram:  "Notice of start and consultation on the planning programme",
		hearingOutProgram: "The proposed planning programme is sent for consultation and public inspection%s (%s).",

		pastTense: map[prosessplan.DecisionKind]string{
			prosessplan.StartNotice:         "took note of the start of the work.",
			prosessplan.ProcessPlanApproval: "approved the process plan.",
			prosessplan.PlanProgramFixing:   "fixed the planning programme.",
			prosessplan.HearingDecision:     "put the proposal out for consultation and public inspection",
			prosessplan.FinalDecision:       "adopted the plan.",
			prosessplan.Briefing:            "took note of the briefing.",
		},
		stepIs: map[prosessplan.DecisionKind]string{
			prosessplan.StartNotice:         "The case concerns the start of the planning work: the organisation, participation and schedule set out in the process plan.",
			prosessplan.ProcessPlanApproval: "The case concerns the process plan: who does what, what happens when, and why.",
			prosessplan.PlanProgramFixing:   "The planning programme has been on consultation. The case concerns fixing it as the frame of the planning work.",
			prosessplan.HearingDecision:     "The plan proposal is finished. The case concerns putting it out for consultation and public inspection.",
			prosessplan.FinalDecision:       "The proposal has been on consultation and the statements have been reviewed. The case concerns adopting the plan.",
		},
		proposalAreas:      "The proposal has goals and measures for %s.",
		hearingOut:         "The proposal is sent for consultation and public inspection%s (%s).",
		hearingParties:     "Consultees: %s.",
		hearingWas:         "The proposal was on consultation%s (%s).",
		hearingToFill:      "Fill in: the number of statements, who sent them, their main points and any objections.",
		statementsFrom:     "Statements came from %s.",
		mainPoints:         "Main points of the statements:",
		merknadAttached:    "The comments and how they were followed up are set out in the response document.",
		noObjections:       "No objections were raised.",
		objections:         "%d objections were raised: %s.",
		unresolved:         "not resolved; if the plan is adopted with the objection, the case goes to %s",
		councilsInRoute:    "The case goes to %[1]s before it is decided, and their statements go with the case to %[2]s, cf. %[3]s.",
		councilLawNew:      "the Local Government Act § 5-12",
		councilLawOld:      "the Act on councils for the elderly and the Act on councils for persons with disabilities",
		youthOld:           "The youth council is not statutory, but is given the case for comment.",
		councilsMissing:    "Consider whether the case should go to the council for the elderly, the council for persons with disabilities and the youth council before it is decided (Local Government Act § 5-12).",
		councilsMissingOld: "Consider whether the case should go to the council for the elderly and the council for persons with disabilities before it is decided.",
		economyIntro:       "The planning work is budgeted with these resources:",
		staffPercent:       "%d\u00a0%% of a full-time position",
		economySum:         "In total: %s.",

		assessHearingLaw: "The consultation period is %s; the law requires at least %s (Planning and Building Act %s).",
		assessStatements: "The consultation gave %d statements. How each was assessed and followed up is set out in the response document.",
		assess1114:       "Under the Planning and Building Act § 11-14 second paragraph, the case must show how the effects of the proposal and the consultation statements were assessed, what weight they were given, and how national and regional interests are safeguarded.",
		assessUnresolved: "The objection from %s is not resolved.",
		objectionsTitle:  "Objections",
		planObjectionOne: "One objection has been raised to the plan proposal (Planning and Building Act § 5-4):",
		planObjections:   "%d objections have been raised to the plan proposal (Planning and Building Act § 5-4):",
		mediationOn:      "mediation %s",
		assessProcess:    "The process plan, dated %s, sets out the organisation, participation and schedule of the work.",
		assessToWrite:    "The case officer's assessment and conclusion.",
	},
}

func caseWordsFor(l prosessplan.Language) *caseWords {
	if c, ok := caseWordsByLang[l]; ok {
		return c
	}
	return caseWordsByLang[prosessplan.Bokmal]
}
