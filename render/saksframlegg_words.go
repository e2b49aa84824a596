package render

import "github.com/prosessplan/go-prosessplan/prosessplan"

// caseWords are the fixed sentences of a saksframlegg in one language.
// Formats take the plan's own text as arguments; that text is never
// rewritten, only placed.
type caseWords struct {
	// Recommendation points by decision kind.
	startNotice, startAsTema, startAsPlan, startDraftIn string
	ppApprove, ppChanges                                string
	progFix, progNoAppeal                               string
	hearing, hearingPeriod                              string
	hearingFinalIn                                      string
	final, finalBudget                                  string
	briefing                                            string
	legalRef                                            string // ", jf. plan- og bygningsloven %s"

	summary         string // kind, title, body, date
	councilsInRoute string // the councils
	councilsMissing string
	planProgramFor  string
	caseNoField     string // saksnr. to fill: "PS …/%02d"

	questions map[prosessplan.DecisionKind][]string
	always    []string
	q1114     []string
}

var caseWordsByLang = map[prosessplan.Language]*caseWords{
	prosessplan.Bokmal: {
		startNotice:    "%[1]s tar melding om oppstart av arbeidet med %[2]s til orientering.",
		startAsTema:    "Planen utarbeides som temaplan, i tråd med prosessplan datert %[1]s.",
		startAsPlan:    "Planen utarbeides som %[1]s etter plan- og bygningsloven, i tråd med prosessplan datert %[2]s.",
		startDraftIn:   "Forslag til plan legges fram for politisk behandling i %s.",
		ppApprove:      "%[1]s godkjenner prosessplan for %[2]s, datert %[3]s.",
		ppChanges:      "Vesentlige endringer i framdriften legges fram som orienteringssak.",
		progFix:        "%[1]s fastsetter planprogram for %[2]s, datert %[3]s%[4]s.",
		progNoAppeal:   "Fastsetting av planprogram er en prosessledende beslutning som ikke kan påklages.",
		hearing:        "Forslag til %[1]s, datert %[2]s, legges ut til høring og offentlig ettersyn%[3]s%[4]s.",
		hearingPeriod:  " fra %s til %s",
		hearingFinalIn: "Sluttbehandling av planen er planlagt i %s.",
		final:          "%[1]s vedtar %[2]s, datert %[3]s%[4]s.",
		finalBudget:    "Tiltak i planen følges opp i budsjett og økonomiplan.",
		briefing:       "%[1]s tar orienteringen om arbeidet med %[2]s til orientering.",
		legalRef:       ", jf. plan- og bygningsloven %s",

		summary:         "Saken gjelder %[1]s for %[2]s. %[3]s behandler saken %[4]s.",
		councilsInRoute: "Saken legges fram for %s før den avgjøres, slik kommuneloven § 5-12 krever for saker som gjelder rådenes grupper. Uttalelsene følger saken.",
		councilsMissing: "Vurder om saken skal legges fram for eldrerådet, rådet for personer med funksjonsnedsettelse og ungdomsrådet før den avgjøres (kommuneloven § 5-12), og oppdater saksgangen.",
		planProgramFor:  "Forslag til planprogram for %s",
		caseNoField:     "PS …/%02d",

		questions: map[prosessplan.DecisionKind][]string{
			prosessplan.StartNotice: {
				"Gjør rede for hvorfor arbeidet startes nå, og hvordan det henger sammen med planstrategien og andre planer.",
				"Vurder om organiseringen, medvirkningsopplegget og ressursene er tilstrekkelige for framdriften i prosessplanen.",
			},
			prosessplan.ProcessPlanApp: {
				"Vurder om framdriften er realistisk med de ressursene som er satt av.",
				"Gjør rede for hvordan medvirkningen sikrer at berørte grupper blir hørt.",
			},
			prosessplan.PlanProgramFixing: {
				"Gjør rede for innspillene til planprogrammet og hvordan de er fulgt opp.",
				"Vurder behovet for utredninger og alternativer som planprogrammet legger opp til.",
			},
			prosessplan.HearingDecision: {
				"Gjør rede for hovedgrepene i planforslaget og hvilke endringer det innebærer.",
				"Vurder hvem som skal få planforslaget på høring, og hvordan høringen kunngjøres.",
			},
			prosessplan.FinalDecision: {
				"Gjør rede for høringsuttalelsene og hvordan de er vurdert og fulgt opp.",
				"Gjør rede for de økonomiske konsekvensene av tiltakene i planen.",
			},
			prosessplan.Briefing: {
				"Gjør rede for hva orienteringen gjelder, og om den krever oppfølging.",
			},
		},
		always: []string{"Skriv den samlede vurderingen og konklusjonen i saken."},
		q1114: []string{
			"Gjør rede for hvordan virkningene av planforslaget er vurdert, og hvilken betydning de er tillagt.",
			"Gjør rede for hvordan innkomne høringsuttalelser er vurdert, og hvilken betydning de er tillagt.",
			"Gjør rede for hvordan nasjonale og regionale interesser er ivaretatt.",
		},
	},
	prosessplan.Nynorsk: {
		startNotice:    "%[1]s tek melding om oppstart av arbeidet med %[2]s til orientering.",
		startAsTema:    "Planen vert utarbeidd som temaplan, i tråd med prosessplan datert %[1]s.",
		startAsPlan:    "Planen vert utarbeidd som %[1]s etter plan- og bygningslova, i tråd med prosessplan datert %[2]s.",
		startDraftIn:   "Framlegg til plan vert lagt fram for politisk handsaming i %s.",
		ppApprove:      "%[1]s godkjenner prosessplan for %[2]s, datert %[3]s.",
		ppChanges:      "Vesentlege endringar i framdrifta vert lagde fram som orienteringssak.",
		progFix:        "%[1]s fastset planprogram for %[2]s, datert %[3]s%[4]s.",
		progNoAppeal:   "Fastsetjing av planprogram er ei prosessleiande avgjerd som ikkje kan påklagast.",
		hearing:        "Framlegg til %[1]s, datert %[2]s, vert lagt ut til høyring og offentleg ettersyn%[3]s%[4]s.",
		hearingPeriod:  " frå %s til %s",
		hearingFinalIn: "Sluthandsaming av planen er planlagd i %s.",
		final:          "%[1]s vedtek %[2]s, datert %[3]s%[4]s.",
		finalBudget:    "Tiltak i planen vert følgde opp i budsjett og økonomiplan.",
		briefing:       "%[1]s tek orienteringa om arbeidet med %[2]s til orientering.",
		legalRef:       ", jf. plan- og bygningslova %s",

		summary:         "Saka gjeld %[1]s for %[2]s. %[3]s handsamar saka %[4]s.",
		councilsInRoute: "Saka vert lagd fram for %s før ho vert avgjord, slik kommunelova § 5-12 krev for saker som gjeld gruppene til råda. Fråsegnene følgjer saka.",
		councilsMissing: "Vurder om saka skal leggjast fram for eldrerådet, rådet for personar med funksjonsnedsetjing og ungdomsrådet før ho vert avgjord (kommunelova § 5-12), og oppdater saksgangen.",
		planProgramFor:  "Framlegg til planprogram for %s",
		caseNoField:     "PS …/%02d",

		questions: map[prosessplan.DecisionKind][]string{
			prosessplan.StartNotice: {
				"Gjer greie for kvifor arbeidet vert starta no, og korleis det heng saman med planstrategien og andre planar.",
				"Vurder om organiseringa, medverknadsopplegget og ressursane er tilstrekkelege for framdrifta i prosessplanen.",
			},
			prosessplan.ProcessPlanApp: {
				"Vurder om framdrifta er realistisk med dei ressursane som er sette av.",
				"Gjer greie for korleis medverknaden sikrar at råka grupper vert høyrde.",
			},
			prosessplan.PlanProgramFixing: {
				"Gjer greie for innspela til planprogrammet og korleis dei er følgde opp.",
				"Vurder behovet for utgreiingar og alternativ som planprogrammet legg opp til.",
			},
			prosessplan.HearingDecision: {
				"Gjer greie for hovudgrepa i planframlegget og kva endringar det inneber.",
				"Vurder kven som skal få planframlegget på høyring, og korleis høyringa vert kunngjord.",
			},
			prosessplan.FinalDecision: {
				"Gjer greie for høyringsfråsegnene og korleis dei er vurderte og følgde opp.",
				"Gjer greie for dei økonomiske konsekvensane av tiltaka i planen.",
			},
			prosessplan.Briefing: {
				"Gjer greie for kva orienteringa gjeld, og om ho krev oppfølging.",
			},
		},
		always: []string{"Skriv den samla vurderinga og konklusjonen i saka."},
		q1114: []string{
			"Gjer greie for korleis verknadene av planframlegget er vurderte, og kva vekt dei har fått.",
			"Gjer greie for korleis innkomne høyringsfråsegner er vurderte, og kva vekt dei har fått.",
			"Gjer greie for korleis nasjonale og regionale interesser er tekne vare på.",
		},
	},
	prosessplan.English: {
		startNotice:    "%[1]s takes note of the notification of start of work on %[2]s.",
		startAsTema:    "The plan is prepared as a thematic plan, in line with the process plan dated %[1]s.",
		startAsPlan:    "The plan is prepared as a %[1]s under the Planning and Building Act, in line with the process plan dated %[2]s.",
		startDraftIn:   "The plan proposal is presented for political treatment in %s.",
		ppApprove:      "%[1]s approves the process plan for %[2]s, dated %[3]s.",
		ppChanges:      "Significant changes to the schedule are presented as a briefing case.",
		progFix:        "%[1]s fixes the planning programme for %[2]s, dated %[3]s%[4]s.",
		progNoAppeal:   "Fixing a planning programme is a procedural decision that cannot be appealed.",
		hearing:        "The proposed %[1]s, dated %[2]s, is put out for consultation and public inspection%[3]s%[4]s.",
		hearingPeriod:  " from %s to %s",
		hearingFinalIn: "Final treatment of the plan is planned for %s.",
		final:          "%[1]s adopts %[2]s, dated %[3]s%[4]s.",
		finalBudget:    "Measures in the plan are followed up in the budget and economic plan.",
		briefing:       "%[1]s takes note of the briefing on the work on %[2]s.",
		legalRef:       ", cf. Planning and Building Act %s",

		summary:         "The case concerns %[1]s for %[2]s. %[3]s treats the case on %[4]s.",
		councilsInRoute: "The case goes to %s before it is decided, as the Local Government Act § 5-12 requires for cases concerning the councils' groups. Their statements go with the case.",
		councilsMissing: "Consider whether the case should go to the council for the elderly, the council for persons with disabilities and the youth council before it is decided (Local Government Act § 5-12), and update the route.",
		planProgramFor:  "Proposed planning programme for %s",
		caseNoField:     "PS …/%02d",

		questions: map[prosessplan.DecisionKind][]string{
			prosessplan.StartNotice: {
				"Explain why the work starts now and how it relates to the planning strategy and other plans.",
				"Assess whether the organisation, participation and resources are sufficient for the schedule in the process plan.",
			},
			prosessplan.ProcessPlanApp: {
				"Assess whether the schedule is realistic with the resources set aside.",
				"Explain how participation ensures that affected groups are heard.",
			},
			prosessplan.PlanProgramFixing: {
				"Account for the comments on the planning programme and how they were followed up.",
				"Assess the studies and alternatives the planning programme provides for.",
			},
			prosessplan.HearingDecision: {
				"Explain the main features of the plan proposal and the changes it brings.",
				"Assess who should be consulted on the proposal and how the consultation is announced.",
			},
			prosessplan.FinalDecision: {
				"Account for the consultation comments and how they were assessed and followed up.",
				"Explain the financial consequences of the measures in the plan.",
			},
			prosessplan.Briefing: {
				"Explain what the briefing concerns and whether it needs follow-up.",
			},
		},
		always: []string{"Write the overall assessment and conclusion of the case."},
		q1114: []string{
			"Explain how the effects of the plan proposal were assessed and what weight they were given.",
			"Explain how the consultation comments were assessed and what weight they were given.",
			"Explain how national and regional interests are safeguarded.",
		},
	},
}

func caseWordsFor(l prosessplan.Language) *caseWords {
	if c, ok := caseWordsByLang[l]; ok {
		return c
	}
	return caseWordsByLang[prosessplan.Bokmal]
}
