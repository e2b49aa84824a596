package render

import "github.com/prosessplan/go-prosessplan/prosessplan"

// caseWords are the fixed sentences of a saksframlegg, each in the three
// languages; caseText holds them.
// Formats take the plan's own text as arguments; that text is never
// rewritten, only placed. Nothing here gives the tool's advice: a
// saksframlegg states what the case is, and check says what to improve.
type caseWords struct {
	// fileKind names each decision kind in file names.
	fileKind map[prosessplan.DecisionKind]prosessplan.Text

	// Header and section titles.
	archiveCode, journalNo, titleLabel             prosessplan.Text
	earlierTitle, thisStepTitle, hearingTitle      prosessplan.Text
	councilsTitle, economyTitle, notAttached       prosessplan.Text
	preparedBy                                     prosessplan.Text // body: "Formannskapets innstilling"
	preparedOn                                     prosessplan.Text // body, date
	fylkesmannen, statsforvalteren                 prosessplan.Text
	merknadsbehandling, statements, planProgramFor prosessplan.Text
	hearingPeriod                                  prosessplan.Text // " fra %s til %s"
	legalRef                                       prosessplan.Text // ", jf. plan- og bygningsloven %s"

	// Innstilling, by decision kind.
	startVarsel, programHearing                         prosessplan.Text
	startNotice, startAsTema, startAsPlan, startDraftIn prosessplan.Text
	ppApprove, ppChanges                                prosessplan.Text
	progFix, progNoAppeal                               prosessplan.Text
	hearing, hearingFinalIn                             prosessplan.Text
	final, finalBudget                                  prosessplan.Text
	briefing                                            prosessplan.Text

	// Sammendrag.
	summary, summaryHearing, summaryFinal, statementsCount          prosessplan.Text
	statementOne, objectionOne, startWithProgram, hearingOutProgram prosessplan.Text
	pastStartProgram, programWas                                    prosessplan.Text

	// Saksopplysninger.
	pastTense                                 map[prosessplan.DecisionKind]prosessplan.Text
	stepIs                                    map[prosessplan.DecisionKind]prosessplan.Text
	proposalAreas                             prosessplan.Text
	hearingOut, hearingParties, hearingWas    prosessplan.Text
	hearingToFill, statementsFrom, mainPoints prosessplan.Text
	merknadAttached, noObjections, objections prosessplan.Text
	unresolved                                prosessplan.Text // the agency
	// objectionsTitle heads the plan's innsigelser; planObjectionOne and
	// planObjections (the count) introduce their list; mediationOn names
	// the mekling of one (its date).
	objectionsTitle, planObjectionOne, planObjections, mediationOn prosessplan.Text
	councilsInRoute, councilLawNew                                 prosessplan.Text
	councilLawOld, youthOld                                        prosessplan.Text
	councilsMissing, councilsMissingOld                            prosessplan.Text
	economyIntro, staffPercent, economySum                         prosessplan.Text

	// Vurdering.
	assessHearingLaw, assessStatements, assess1114 prosessplan.Text
	assessUnresolved, assessProcess, assessToWrite prosessplan.Text
}

// caseText is the one table of caseWords.
var caseText = caseWords{
	fileKind: map[prosessplan.DecisionKind]prosessplan.Text{
		prosessplan.StartNotice:         {NB: "melding-om-oppstart", NN: "melding-om-oppstart", EN: "start-notice"},
		prosessplan.ProcessPlanApproval: {NB: "godkjenning-av-prosessplan", NN: "godkjenning-av-prosessplan", EN: "process-plan-approval"},
		prosessplan.PlanProgramFixing:   {NB: "fastsetting-av-planprogram", NN: "fastsetjing-av-planprogram", EN: "planning-programme"},
		prosessplan.HearingDecision:     {NB: "utlegging-til-horing", NN: "utlegging-til-hoyring", EN: "consultation"},
		prosessplan.FinalDecision:       {NB: "sluttbehandling", NN: "sluthandsaming", EN: "final-reading"},
		prosessplan.Briefing:            {NB: "orientering", NN: "orientering", EN: "briefing"},
	},
	archiveCode: prosessplan.Text{NB: "Arkivkode", NN: "Arkivkode", EN: "Archive code"},
	journalNo:   prosessplan.Text{NB: "Løpenr.", NN: "Løpenr.", EN: "Registry no."},
	titleLabel:  prosessplan.Text{NB: "Tittel", NN: "Tittel", EN: "Title"},
	earlierTitle: prosessplan.Text{
		NB: "Tidligere vedtak i saken",
		NN: "Tidlegare vedtak i saka",
		EN: "Earlier decisions in the case",
	},
	thisStepTitle: prosessplan.Text{
		NB: "Hva saken gjelder",
		NN: "Kva saka gjeld",
		EN: "What the case concerns",
	},
	hearingTitle: prosessplan.Text{NB: "Høringen", NN: "Høyringa", EN: "The consultation"},
	councilsTitle: prosessplan.Text{
		NB: "Rådenes behandling",
		NN: "Handsaming i råda",
		EN: "The councils' treatment",
	},
	economyTitle: prosessplan.Text{
		NB: "Økonomiske konsekvenser",
		NN: "Økonomiske konsekvensar",
		EN: "Financial consequences",
	},
	notAttached: prosessplan.Text{
		NB: "Andre dokumenter i saken (ikke vedlagt)",
		NN: "Andre dokument i saka (ikkje vedlagde)",
		EN: "Other case documents (not attached)",
	},
	preparedBy: prosessplan.Text{ // body: "Formannskapets innstilling"
		NB: "Innstilling fra %s",
		NN: "Innstilling frå %s",
		EN: "Recommendation of %s",
	},
	preparedOn: prosessplan.Text{ // body, date
		NB: "%s ga denne innstillingen %s:",
		NN: "%s gav denne innstillinga %s:",
		EN: "%s made this recommendation on %s:",
	},
	fylkesmannen: prosessplan.Text{
		NB: "Fylkesmannen",
		NN: "Fylkesmannen",
		EN: "the County Governor (Fylkesmannen)",
	},
	statsforvalteren: prosessplan.Text{
		NB: "Statsforvalteren",
		NN: "Statsforvaltaren",
		EN: "the County Governor (Statsforvalteren)",
	},
	merknadsbehandling: prosessplan.Text{
		NB: "Merknadsbehandling",
		NN: "Merknadshandsaming",
		EN: "Comments and responses",
	},
	statements: prosessplan.Text{
		NB: "Høringsuttalelsene",
		NN: "Høyringsfråsegnene",
		EN: "The consultation statements",
	},
	planProgramFor: prosessplan.Text{
		NB: "Forslag til planprogram for %s",
		NN: "Framlegg til planprogram for %s",
		EN: "Proposed planning programme for %s",
	},
	hearingPeriod: prosessplan.Text{ // " fra %s til %s"
		NB: " fra %s til %s",
		NN: " frå %s til %s",
		EN: " from %s to %s",
	},
	legalRef: prosessplan.Text{ // ", jf. plan- og bygningsloven %s"
		NB: ", jf. plan- og bygningsloven %s",
		NN: ", jf. plan- og bygningslova %s",
		EN: ", cf. Planning and Building Act %s",
	},
	startVarsel: prosessplan.Text{
		NB: "%[1]s varsler oppstart av arbeidet med %[2]s%[3]s.",
		NN: "%[1]s varslar oppstart av arbeidet med %[2]s%[3]s.",
		EN: "%[1]s gives notice of the start of work on %[2]s%[3]s.",
	},
	programHearing: prosessplan.Text{
		NB: "Forslag til planprogram for %[1]s, datert %[2]s, sendes på høring og legges ut til offentlig ettersyn%[3]s%[4]s.",
		NN: "Framlegg til planprogram for %[1]s, datert %[2]s, vert sendt på høyring og lagt ut til offentleg ettersyn%[3]s%[4]s.",
		EN: "The proposed planning programme for %[1]s, dated %[2]s, is sent for consultation and public inspection%[3]s%[4]s.",
	},
	startNotice: prosessplan.Text{
		NB: "%[1]s tar melding om oppstart av arbeidet med %[2]s til orientering.",
		NN: "%[1]s tek melding om oppstart av arbeidet med %[2]s til orientering.",
		EN: "%[1]s takes note of the notification of start of work on %[2]s.",
	},
	startAsTema: prosessplan.Text{
		NB: "Planen utarbeides som temaplan, i tråd med prosessplan datert %[1]s.",
		NN: "Planen vert utarbeidd som temaplan, i tråd med prosessplan datert %[1]s.",
		EN: "The plan is prepared as a thematic plan, in line with the process plan dated %[1]s.",
	},
	startAsPlan: prosessplan.Text{
		NB: "Planen utarbeides som %[1]s etter plan- og bygningsloven, i tråd med prosessplan datert %[2]s.",
		NN: "Planen vert utarbeidd som %[1]s etter plan- og bygningslova, i tråd med prosessplan datert %[2]s.",
		EN: "The plan is prepared as a %[1]s under the Planning and Building Act, in line with the process plan dated %[2]s.",
	},
	startDraftIn: prosessplan.Text{
		NB: "Forslag til plan legges fram for politisk behandling i %s.",
		NN: "Framlegg til plan vert lagt fram for politisk handsaming i %s.",
		EN: "The plan proposal is presented for political treatment in %s.",
	},
	ppApprove: prosessplan.Text{
		NB: "%[1]s godkjenner prosessplan for %[2]s, datert %[3]s.",
		NN: "%[1]s godkjenner prosessplan for %[2]s, datert %[3]s.",
		EN: "%[1]s approves the process plan for %[2]s, dated %[3]s.",
	},
	ppChanges: prosessplan.Text{
		NB: "Vesentlige endringer i framdriften legges fram som orienteringssak.",
		NN: "Vesentlege endringar i framdrifta vert lagde fram som orienteringssak.",
		EN: "Significant changes to the schedule are presented as a briefing case.",
	},
	progFix: prosessplan.Text{
		NB: "%[1]s fastsetter planprogram for %[2]s, datert %[3]s%[4]s.",
		NN: "%[1]s fastset planprogram for %[2]s, datert %[3]s%[4]s.",
		EN: "%[1]s fixes the planning programme for %[2]s, dated %[3]s%[4]s.",
	},
	progNoAppeal: prosessplan.Text{
		NB: "Fastsetting av planprogram er en prosessledende beslutning som ikke kan påklages.",
		NN: "Fastsetjing av planprogram er ei prosessleiande avgjerd som ikkje kan påklagast.",
		EN: "Fixing a planning programme is a procedural decision that cannot be appealed.",
	},
	hearing: prosessplan.Text{
		NB: "Forslag til %[1]s, datert %[2]s, legges ut til høring og offentlig ettersyn%[3]s%[4]s.",
		NN: "Framlegg til %[1]s, datert %[2]s, vert lagt ut til høyring og offentleg ettersyn%[3]s%[4]s.",
		EN: "The proposed %[1]s, dated %[2]s, is put out for consultation and public inspection%[3]s%[4]s.",
	},
	hearingFinalIn: prosessplan.Text{
		NB: "Sluttbehandling av planen er planlagt i %s.",
		NN: "Sluthandsaming av planen er planlagd i %s.",
		EN: "Final treatment of the plan is planned for %s.",
	},
	final: prosessplan.Text{
		NB: "%[1]s vedtar %[2]s, datert %[3]s%[4]s.",
		NN: "%[1]s vedtek %[2]s, datert %[3]s%[4]s.",
		EN: "%[1]s adopts %[2]s, dated %[3]s%[4]s.",
	},
	finalBudget: prosessplan.Text{
		NB: "Tiltak i planen følges opp i budsjett og økonomiplan.",
		NN: "Tiltak i planen vert følgde opp i budsjett og økonomiplan.",
		EN: "Measures in the plan are followed up in the budget and economic plan.",
	},
	briefing: prosessplan.Text{
		NB: "%[1]s tar orienteringen om arbeidet med %[2]s til orientering.",
		NN: "%[1]s tek orienteringa om arbeidet med %[2]s til orientering.",
		EN: "%[1]s takes note of the briefing on the work on %[2]s.",
	},
	summary: prosessplan.Text{
		NB: "Saken gjelder %[1]s for %[2]s. %[3]s behandler saken %[4]s.",
		NN: "Saka gjeld %[1]s for %[2]s. %[3]s handsamar saka %[4]s.",
		EN: "The case concerns %[1]s for %[2]s. %[3]s treats the case on %[4]s.",
	},
	summaryHearing: prosessplan.Text{
		NB: "Planforslaget legges ut til høring%s.",
		NN: "Planframlegget vert lagt ut til høyring%s.",
		EN: "The proposal is put out for consultation%s.",
	},
	summaryFinal: prosessplan.Text{
		NB: "Planforslaget har vært på høring%s.",
		NN: "Planframlegget har vore på høyring%s.",
		EN: "The proposal has been on consultation%s.",
	},
	statementsCount: prosessplan.Text{
		NB: "Det kom %d uttalelser.",
		NN: "Det kom %d fråsegner.",
		EN: "%d statements were received.",
	},
	statementOne: prosessplan.Text{
		NB: "Det kom én uttalelse.",
		NN: "Det kom éi fråsegn.",
		EN: "One statement was received.",
	},
	objectionOne: prosessplan.Text{
		NB: "Det kom én innsigelse: %s.",
		NN: "Det kom éi motsegn: %s.",
		EN: "One objection was raised: %s.",
	},
	startWithProgram: prosessplan.Text{
		NB: "Varsel om oppstart og høring av planprogram",
		NN: "Varsel om oppstart og høyring av planprogram",
		EN: "Notice of start and consultation on the planning programme",
	},
	hearingOutProgram: prosessplan.Text{
		NB: "Forslaget til planprogram sendes på høring og legges ut til offentlig ettersyn%s (%s).",
		NN: "Framlegget til planprogram vert sendt på høyring og lagt ut til offentleg ettersyn%s (%s).",
		EN: "The proposed planning programme is sent for consultation and public inspection%s (%s).",
	},
	pastStartProgram: prosessplan.Text{
		NB: "varslet oppstart og sendte forslaget til planprogram på høring.",
		NN: "varsla oppstart og sende framlegget til planprogram på høyring.",
		EN: "gave notice of the start and sent the proposed planning programme for consultation.",
	},
	programWas: prosessplan.Text{
		NB: "Forslaget til planprogram var på høring%s (%s).",
		NN: "Framlegget til planprogram var på høyring%s (%s).",
		EN: "The proposed planning programme was on consultation%s (%s).",
	},
	pastTense: map[prosessplan.DecisionKind]prosessplan.Text{
		prosessplan.StartNotice:         {NB: "tok melding om oppstart til orientering.", NN: "tok melding om oppstart til orientering.", EN: "took note of the start of the work."},
		prosessplan.ProcessPlanApproval: {NB: "godkjente prosessplanen.", NN: "godkjende prosessplanen.", EN: "approved the process plan."},
		prosessplan.PlanProgramFixing:   {NB: "fastsatte planprogrammet.", NN: "fastsette planprogrammet.", EN: "fixed the planning programme."},
		prosessplan.HearingDecision:     {NB: "la planforslaget ut til høring og offentlig ettersyn", NN: "la planframlegget ut til høyring og offentleg ettersyn", EN: "put the proposal out for consultation and public inspection"},
		prosessplan.FinalDecision:       {NB: "vedtok planen.", NN: "vedtok planen.", EN: "adopted the plan."},
		prosessplan.Briefing:            {NB: "tok orienteringen til orientering.", NN: "tok orienteringa til orientering.", EN: "took note of the briefing."},
	},
	stepIs: map[prosessplan.DecisionKind]prosessplan.Text{
		prosessplan.StartNotice:         {NB: "Saken gjelder oppstarten av planarbeidet: organiseringen, medvirkningen og framdriften som prosessplanen beskriver.", NN: "Saka gjeld oppstarten av planarbeidet: organiseringa, medverknaden og framdrifta som prosessplanen skildrar.", EN: "The case concerns the start of the planning work: the organisation, participation and schedule set out in the process plan."},
		prosessplan.ProcessPlanApproval: {NB: "Saken gjelder prosessplanen: hvem som gjør hva, hva som skal skje når, og hvorfor.", NN: "Saka gjeld prosessplanen: kven som gjer kva, kva som skal skje når, og kvifor.", EN: "The case concerns the process plan: who does what, what happens when, and why."},
		prosessplan.PlanProgramFixing:   {NB: "Planprogrammet har vært på høring. Saken gjelder fastsetting av planprogrammet, som blir rammen for planarbeidet.", NN: "Planprogrammet har vore på høyring. Saka gjeld fastsetjing av planprogrammet, som vert ramma for planarbeidet.", EN: "The planning programme has been on consultation. The case concerns fixing it as the frame of the planning work."},
		prosessplan.HearingDecision:     {NB: "Planforslaget er ferdig utarbeidet. Saken gjelder å legge det ut til høring og offentlig ettersyn.", NN: "Planframlegget er ferdig utarbeidd. Saka gjeld å leggje det ut til høyring og offentleg ettersyn.", EN: "The plan proposal is finished. The case concerns putting it out for consultation and public inspection."},
		prosessplan.FinalDecision:       {NB: "Planforslaget har vært på høring, og uttalelsene er gjennomgått. Saken gjelder vedtak av planen.", NN: "Planframlegget har vore på høyring, og fråsegnene er gjennomgått. Saka gjeld vedtak av planen.", EN: "The proposal has been on consultation and the statements have been reviewed. The case concerns adopting the plan."},
	},
	proposalAreas: prosessplan.Text{
		NB: "Planforslaget har mål og tiltak for %s.",
		NN: "Planframlegget har mål og tiltak for %s.",
		EN: "The proposal has goals and measures for %s.",
	},
	hearingOut: prosessplan.Text{
		NB: "Forslaget sendes på høring og legges ut til offentlig ettersyn%s (%s).",
		NN: "Framlegget vert sendt på høyring og lagt ut til offentleg ettersyn%s (%s).",
		EN: "The proposal is sent for consultation and public inspection%s (%s).",
	},
	hearingParties: prosessplan.Text{
		NB: "Høringsinstanser: %s.",
		NN: "Høyringsinstansar: %s.",
		EN: "Consultees: %s.",
	},
	hearingWas: prosessplan.Text{
		NB: "Planforslaget var på høring%s (%s).",
		NN: "Planframlegget var på høyring%s (%s).",
		EN: "The proposal was on consultation%s (%s).",
	},
	hearingToFill: prosessplan.Text{
		NB: "Fyll inn: antall uttalelser, hvem de kom fra, hovedpunktene og eventuelle innsigelser.",
		NN: "Fyll inn: talet på fråsegner, kven dei kom frå, hovudpunkta og eventuelle motsegner.",
		EN: "Fill in: the number of statements, who sent them, their main points and any objections.",
	},
	statementsFrom: prosessplan.Text{
		NB: "Uttalelsene kom fra %s.",
		NN: "Fråsegnene kom frå %s.",
		EN: "Statements came from %s.",
	},
	mainPoints: prosessplan.Text{
		NB: "Hovedpunkter i uttalelsene:",
		NN: "Hovudpunkt i fråsegnene:",
		EN: "Main points of the statements:",
	},
	merknadAttached: prosessplan.Text{
		NB: "Merknadene og hvordan de er fulgt opp, står i merknadsbehandlingen.",
		NN: "Merknadene og korleis dei er følgde opp, står i merknadshandsaminga.",
		EN: "The comments and how they were followed up are set out in the response document.",
	},
	noObjections: prosessplan.Text{
		NB: "Det kom ingen innsigelser.",
		NN: "Det kom ingen motsegner.",
		EN: "No objections were raised.",
	},
	objections: prosessplan.Text{
		NB: "Det kom %d innsigelser: %s.",
		NN: "Det kom %d motsegner: %s.",
		EN: "%d objections were raised: %s.",
	},
	unresolved: prosessplan.Text{ // the agency
		NB: "ikke løst; vedtas planen med innsigelsen, sendes saken til %s",
		NN: "ikkje løyst; vert planen vedteken med motsegna, vert saka send til %s",
		EN: "not resolved; if the plan is adopted with the objection, the case goes to %s",
	},
	objectionsTitle: prosessplan.Text{NB: "Innsigelser", NN: "Motsegner", EN: "Objections"},
	planObjectionOne: prosessplan.Text{
		NB: "Det er reist én innsigelse mot planforslaget (plan- og bygningsloven § 5-4):",
		NN: "Det er fremja éi motsegn mot planframlegget (plan- og bygningslova § 5-4):",
		EN: "One objection has been raised to the plan proposal (Planning and Building Act § 5-4):",
	},
	planObjections: prosessplan.Text{
		NB: "Det er reist %d innsigelser mot planforslaget (plan- og bygningsloven § 5-4):",
		NN: "Det er fremja %d motsegner mot planframlegget (plan- og bygningslova § 5-4):",
		EN: "%d objections have been raised to the plan proposal (Planning and Building Act § 5-4):",
	},
	mediationOn: prosessplan.Text{NB: "mekling %s", NN: "mekling %s", EN: "mediation %s"},
	councilsInRoute: prosessplan.Text{
		NB: "Saken legges fram for %[1]s før den avgjøres, og uttalelsene følger saken til %[2]s, jf. %[3]s.",
		NN: "Saka vert lagd fram for %[1]s før ho vert avgjord, og fråsegnene følgjer saka til %[2]s, jf. %[3]s.",
		EN: "The case goes to %[1]s before it is decided, and their statements go with the case to %[2]s, cf. %[3]s.",
	},
	councilLawNew: prosessplan.Text{
		NB: "kommuneloven § 5-12",
		NN: "kommunelova § 5-12",
		EN: "the Local Government Act § 5-12",
	},
	councilLawOld: prosessplan.Text{
		NB: "lov om kommunale og fylkeskommunale eldreråd og lov om råd for mennesker med nedsatt funksjonsevne",
		NN: "lov om kommunale og fylkeskommunale eldreråd og lov om råd for menneske med nedsett funksjonsevne",
		EN: "the Act on councils for the elderly and the Act on councils for persons with disabilities",
	},
	youthOld: prosessplan.Text{
		NB: "Ungdomsrådet er ikke lovpålagt, men får saken til uttalelse.",
		NN: "Ungdomsrådet er ikkje lovpålagt, men får saka til fråsegn.",
		EN: "The youth council is not statutory, but is given the case for comment.",
	},
	councilsMissing: prosessplan.Text{
		NB: "Vurder om saken skal legges fram for eldrerådet, rådet for personer med funksjonsnedsettelse og ungdomsrådet før den avgjøres (kommuneloven § 5-12).",
		NN: "Vurder om saka skal leggjast fram for eldrerådet, rådet for personar med funksjonsnedsetjing og ungdomsrådet før ho vert avgjord (kommunelova § 5-12).",
		EN: "Consider whether the case should go to the council for the elderly, the council for persons with disabilities and the youth council before it is decided (Local Government Act § 5-12).",
	},
	councilsMissingOld: prosessplan.Text{
		NB: "Vurder om saken skal legges fram for eldrerådet og rådet for mennesker med nedsatt funksjonsevne før den avgjøres.",
		NN: "Vurder om saka skal leggjast fram for eldrerådet og rådet for menneske med nedsett funksjonsevne før ho vert avgjord.",
		EN: "Consider whether the case should go to the council for the elderly and the council for persons with disabilities before it is decided.",
	},
	economyIntro: prosessplan.Text{
		NB: "Planarbeidet er budsjettert med disse ressursene:",
		NN: "Planarbeidet er budsjettert med desse ressursane:",
		EN: "The planning work is budgeted with these resources:",
	},
	staffPercent: prosessplan.Text{
		NB: "%d\u00a0%% stilling",
		NN: "%d\u00a0%% stilling",
		EN: "%d\u00a0%% of a full-time position",
	},
	economySum: prosessplan.Text{NB: "Til sammen: %s.", NN: "Til saman: %s.", EN: "In total: %s."},
	assessHearingLaw: prosessplan.Text{
		NB: "Høringsperioden er %s; loven krever minst %s (plan- og bygningsloven %s).",
		NN: "Høyringsperioden er %s; lova krev minst %s (plan- og bygningslova %s).",
		EN: "The consultation period is %s; the law requires at least %s (Planning and Building Act %s).",
	},
	assessStatements: prosessplan.Text{
		NB: "Høringen ga %d uttalelser. Hvordan hver av dem er vurdert og fulgt opp, står i merknadsbehandlingen.",
		NN: "Høyringa gav %d fråsegner. Korleis kvar av dei er vurdert og følgd opp, står i merknadshandsaminga.",
		EN: "The consultation gave %d statements. How each was assessed and followed up is set out in the response document.",
	},
	assess1114: prosessplan.Text{
		NB: "Etter plan- og bygningsloven § 11-14 andre ledd skal saken vise hvordan virkningene av planforslaget og høringsuttalelsene er vurdert, hvilken betydning de er tillagt, og hvordan nasjonale og regionale interesser er ivaretatt.",
		NN: "Etter plan- og bygningslova § 11-14 andre ledd skal saka vise korleis verknadene av planframlegget og høyringsfråsegnene er vurderte, kva vekt dei har fått, og korleis nasjonale og regionale interesser er tekne vare på.",
		EN: "Under the Planning and Building Act § 11-14 second paragraph, the case must show how the effects of the proposal and the consultation statements were assessed, what weight they were given, and how national and regional interests are safeguarded.",
	},
	assessUnresolved: prosessplan.Text{
		NB: "Innsigelsen fra %s er ikke løst.",
		NN: "Motsegna frå %s er ikkje løyst.",
		EN: "The objection from %s is not resolved.",
	},
	assessProcess: prosessplan.Text{
		NB: "Prosessplanen, datert %s, beskriver organiseringen, medvirkningen og framdriften i arbeidet.",
		NN: "Prosessplanen, datert %s, skildrar organiseringa, medverknaden og framdrifta i arbeidet.",
		EN: "The process plan, dated %s, sets out the organisation, participation and schedule of the work.",
	},
	assessToWrite: prosessplan.Text{
		NB: "Saksbehandlers vurdering og konklusjon.",
		NN: "Sakshandsamaren si vurdering og konklusjon.",
		EN: "The case officer's assessment and conclusion.",
	},
}
