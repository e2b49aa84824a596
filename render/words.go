package render

import (
	"fmt"
	"strings"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// Words are the fixed words of documents in one language: column titles,
// section headings, captions, month and weekday names. Every writer takes
// its words from here, so a label is translated once.
type Words struct {
	Language prosessplan.Language

	// Activity table and workbook columns.
	Number, Phase, Activity, Purpose, Responsible, Participants, Type,
	Start, End, When, Deliverable, Status, Comment string

	Week   string // "Uke" / "Veke" / "Week"
	Months [12]string
	// MonthsShort are three-letter month names for narrow headers.
	MonthsShort [12]string
	Weekdays    [7]string // Sunday first, as time.Weekday
	// WeekdaysShort are two-letter weekday names for day columns, Sunday first.
	WeekdaysShort [7]string

	// Captions writers print around the content.
	Contents, Page, Of, Legend, Continued string

	// Document kinds.
	ProcessPlan, Saksframlegg string

	// Title block keys.
	Municipality, Unit, PlanType, Version, DateLabel, CaseNumber, CaseOfficer, DocumentType string
	// Plan statuses; AdoptedByOn is a format taking the body and the date.
	DraftStatus, AdoptedStatus, AdoptedByOn, AdoptedOn string
	// DraftMark marks a draft in the title block and page header, in
	// capitals so a printed draft is never taken for the adopted plan.
	DraftMark string

	// Section headings of the process plan.
	Background, Mandate, GoalsAndResult, Goals, DesiredResult, TargetAreas,
	Frame, LegalBasis, Organisation, Participation, StatutoryCouncils,
	Schedule, ActivityTable, Political, Resources, SuccessAndRisk,
	SuccessFactors, Risks, Attachments, Problems string

	// Table columns.
	Group, Role, Responsibility, Leader, Members, Name, OrgName,
	Who, How, Why, Body, MeetingDate, Case, DecidingBody, Deadline,
	Route, ToDecide, What, Amount, Risk, Consequence, Mitigation,
	Severity, Where, Message, Step, Paragraph, MinPeriod, Requirement,
	Required, Recommended, WhenRelevant, Advice, CaseNo, Council,
	DecidedIn, Line, Concerns string

	// AdvisedPeriod titles the period column of recommended (not statutory) steps.
	AdvisedPeriod string

	// LogoAlt is the logo's default alternative text; it takes the municipality.
	LogoAlt string

	// Table captions.
	CapStatutory, CapRecommended, CapOrganisation, CapParticipation,
	CapCouncils, CapResources, CapRisks string

	// Sentences of the process plan. Formats take %s arguments as noted.
	PreparedAs        string // plan type label
	StatutoryIntro    string
	NonStatutoryIntro string
	// NonStatutoryOwn introduces the table of the plan's own steps (a plan
	// type without a statutory process).
	NonStatutoryOwn string
	CouncilsIntro   string
	CouncilsNone    string // the plan has statutory councils, but none meets on a case
	// CouncilsIntroOld and CouncilsNoneOld are CouncilsIntro and
	// CouncilsNone for documents dated before the councils elected in
	// 2019 were constituted, when the eldrerådslova (1991) and the 2005
	// law on councils for persons with disabilities applied, and a youth
	// council was not statutory.
	CouncilsIntroOld, CouncilsNoneOld            string
	ProblemsIntro                                string
	ActivityCaption                              string // phase-grouped activity table caption
	PoliticalCaption                             string
	TimelineTitle                                string
	TimelineAlt                                  string // title, from, to, unit
	TimelineAltDay                               string // title, the day with times, unit
	UnitSlots                                    string // slot minutes
	TimelineAltPhases                            string
	TimelineAltDecs                              string // list of decisions
	TimelineAltEnd                               string
	UnitDays, UnitWeeks, UnitMonths, UnitMinutes string
	Summer, Weekend                              string
	// Shaded explains the shaded columns of a timeline in its legend; the
	// columns themselves name the holiday.
	Shaded string
	// CriticalPath explains how activities on the critical path are drawn.
	CriticalPath string
	// RouteMeeting explains the mark of an earlier meeting in a decision's
	// saksgang; Christmas names the Christmas and New Year weeks.
	RouteMeeting, Christmas string
	ClockWord               string // "kl."

	// Durations: singular and plural.
	DaySg, DayPl, WorkdaySg, WorkdayPl, WeekSg, WeekPl, MinuteSg, MinutePl string

	// Tentative marks dates not yet decided, in brackets after them:
	// "foreløpig", "førebels", "tentative".
	Tentative string
	// Method titles the column of how an activity is carried out.
	Method string
	// RelatedPlans heads the plan processes the plan is linked to;
	// RelatedIntro introduces their list.
	RelatedPlans, RelatedIntro string
	// Objections heads the innsigelser (pbl § 5-4); ObjectionsIntro
	// introduces their table, CapObjections is its caption, and From,
	// Subject and Mediation title its columns.
	Objections, ObjectionsIntro, CapObjections, From, Subject, Mediation string

	// Saksframlegg.
	SaksgangTitle, Recommendation, RecommendationRadmann, Summary, Facts,
	ProcessSoFar, ProcessAhead, Assessment, HearingRules, ProcessPlanOf, DraftOf string
}

var words = map[prosessplan.Language]*Words{
	prosessplan.Bokmal: {
		Language: prosessplan.Bokmal,
		Number:   "Nr.", Phase: "Fase", Activity: "Aktivitet", Purpose: "Hensikt",
		Responsible: "Ansvarlig", Participants: "Deltakere", Type: "Type",
		Start: "Start", End: "Slutt", When: "Når", Deliverable: "Leveranse",
		Status: "Status", Comment: "Merknad",
		Week: "Uke",
		Months: [12]string{"januar", "februar", "mars", "april", "mai", "juni", "juli",
			"august", "september", "oktober", "november", "desember"},
		MonthsShort:   [12]string{"jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"},
		Weekdays:      [7]string{"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"},
		WeekdaysShort: [7]string{"sø", "ma", "ti", "on", "to", "fr", "lø"},

		Contents: "Innhold", Page: "Side", Of: "av", Legend: "Tegnforklaring", Continued: "(forts.)",
		ProcessPlan: "Prosessplan", Saksframlegg: "Saksframlegg",

		Municipality: "Kommune", Unit: "Ansvarlig enhet", PlanType: "Plantype", Version: "Versjon",
		DateLabel: "Dato", CaseNumber: "Arkivsaksnr.", CaseOfficer: "Saksbehandler", DocumentType: "Dokumenttype",
		DraftStatus: "Utkast", DraftMark: "UTKAST", AdoptedStatus: "Vedtatt", AdoptedByOn: "Vedtatt av %s %s", AdoptedOn: "Vedtatt %s",

		Background: "Bakgrunn", Mandate: "Mandat", GoalsAndResult: "Mål og ønsket resultat", Goals: "Mål",
		DesiredResult: "Ønsket resultat", TargetAreas: "Målområder", Frame: "Plantype og rammer",
		LegalBasis: "Lovgrunnlag", Organisation: "Organisering", Participation: "Medvirkning",
		StatutoryCouncils: "Lovpålagte råd", Schedule: "Framdriftsplan", ActivityTable: "Aktiviteter",
		Political: "Politisk behandling", Resources: "Ressurser", SuccessAndRisk: "Suksessfaktorer og risiko",
		SuccessFactors: "Suksessfaktorer", Risks: "Risiko", Attachments: "Vedlegg", Problems: "Mangler i planen",

		Group: "Gruppe", Role: "Rolle", Responsibility: "Ansvar", Leader: "Leder", Members: "Medlemmer",
		Name: "Navn", OrgName: "Organisasjon", Who: "Hvem", How: "Hvordan", Why: "Hvorfor",
		Body: "Utvalg", MeetingDate: "Møtedato", Case: "Sak", DecidingBody: "Vedtaksorgan",
		Deadline: "Frist for saksframlegg", Route: "Saksgang", ToDecide: "Hva skal avgjøres",
		What: "Hva", Amount: "Omfang", Risk: "Risiko", Consequence: "Konsekvens", Mitigation: "Tiltak",
		Severity: "Alvorlighet", Where: "Hvor", Message: "Melding", Step: "Steg", Paragraph: "Hjemmel",
		MinPeriod: "Minste frist", Requirement: "Krav", Required: "Påkrevd", Recommended: "Valgfritt",
		WhenRelevant: "Ved behov", Advice: "Steg", CaseNo: "Saksnr.", Council: "Råd",
		DecidedIn: "Avgjøres i", Line: "linje", Concerns: "Gjelder",

		LogoAlt: "Logoen til %s", AdvisedPeriod: "Når",
		CapStatutory: "Lovkrav til prosessen", CapRecommended: "Stegene i denne planen",
		CapOrganisation: "Prosjektorganisering", CapParticipation: "Medvirkningsopplegg",
		CapCouncils: "Rådenes møter i sakene", CapResources: "Ressursbehov", CapRisks: "Risikoer og tiltak",

		PreparedAs:        "Planen utarbeides som %s.",
		StatutoryIntro:    "Plan- og bygningsloven stiller disse kravene til prosessen:",
		NonStatutoryIntro: "Plan- og bygningsloven stiller ikke formelle krav til prosessen for denne plantypen.",
		NonStatutoryOwn:   "Planen har disse stegene:",
		CouncilsIntro:     "Eldrerådet, rådet for personer med funksjonsnedsettelse og ungdomsrådet skal få saker som gjelder dem tidlig nok til at uttalelsen deres kan påvirke vedtaket, og uttalelsen skal følge saken til det organet som avgjør den (kommuneloven § 5-12). Rådene har sakene til behandling slik:",
		CouncilsNone:      "Ingen av de lovpålagte rådene har saken til behandling etter møteplanen. Vurder om eldrerådet, rådet for personer med funksjonsnedsettelse og ungdomsrådet skal få saken før den avgjøres (kommuneloven § 5-12).",
		CouncilsIntroOld:  "Eldrerådet og rådet for mennesker med nedsatt funksjonsevne skal få saker som gjelder dem tidlig nok til at uttalelsen deres kan påvirke vedtaket (lov om kommunale og fylkeskommunale eldreråd og lov om råd for mennesker med nedsatt funksjonsevne). Rådene har sakene til behandling slik:",
		CouncilsNoneOld:   "Ingen av rådene har saken til behandling etter møteplanen. Vurder om eldrerådet og rådet for mennesker med nedsatt funksjonsevne skal få saken før den avgjøres.",
		ProblemsIntro:     "Kontrollen av planutkastet fant dette som bør rettes eller vurderes:",
		ActivityCaption:   "Aktiviteter per fase",
		PoliticalCaption:  "Politiske behandlinger",
		TimelineTitle:     "Tidslinje",
		TimelineAlt:       "Tidslinje for %s fra %s til %s, vist i %s.",
		TimelineAltDay:    "Tidslinje for %s, %s, vist i %s.",
		UnitSlots:         "tidsluker på %d minutter",
		TimelineAltPhases: "Faser:",
		TimelineAltDecs:   "Politiske behandlinger:",
		TimelineAltEnd:    "Alle aktiviteter står i tabellen under.",
		UnitDays:          "dager", UnitWeeks: "uker", UnitMonths: "måneder", UnitMinutes: "minutter",
		Summer: "Fellesferie", Weekend: "Helg", ClockWord: "kl.",
		Shaded: "Helligdag, jul, fellesferie eller stengt", CriticalPath: "Kritisk linje",
		RouteMeeting: "Behandling i saksgangen", Christmas: "Jul og nyttår",

		DaySg: "dag", DayPl: "dager", WorkdaySg: "virkedag", WorkdayPl: "virkedager",
		WeekSg: "uke", WeekPl: "uker", MinuteSg: "minutt", MinutePl: "minutter",

		SaksgangTitle: "Saksgang", Recommendation: "Kommunedirektørens innstilling",
		RecommendationRadmann: "Rådmannens innstilling", Summary: "Sammendrag", Facts: "Saksopplysninger",
		ProcessSoFar: "Prosessen så langt", ProcessAhead: "Videre prosess", Assessment: "Vurdering",
		HearingRules: "Krav etter plan- og bygningsloven § 11-14", ProcessPlanOf: "%s, datert %s",
		DraftOf: "Forslag til %s",

		Tentative: "foreløpig", Method: "Metode",
		RelatedPlans: "Relaterte planer", RelatedIntro: "Planarbeidet henger sammen med disse planprosessene:",
		Objections:      "Innsigelser",
		ObjectionsIntro: "Innsigelser mot planforslaget etter plan- og bygningsloven § 5-4, og hvordan de følges opp. En innsigelse som ikke løses, kan gå til mekling (§ 5-6).",
		CapObjections:   "Innsigelser og status", From: "Fra", Subject: "Tema", Mediation: "Mekling",
	},
	prosessplan.Nynorsk: {
		Language: prosessplan.Nynorsk,
		Number:   "Nr.", Phase: "Fase", Activity: "Aktivitet", Purpose: "Føremål",
		Responsible: "Ansvarleg", Participants: "Deltakarar", Type: "Type",
		Start: "Start", End: "Slutt", When: "Når", Deliverable: "Leveranse",
		Status: "Status", Comment: "Merknad",
		Week: "Veke",
		Months: [12]string{"januar", "februar", "mars", "april", "mai", "juni", "juli",
			"august", "september", "oktober", "november", "desember"},
		MonthsShort:   [12]string{"jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"},
		Weekdays:      [7]string{"sundag", "måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag"},
		WeekdaysShort: [7]string{"su", "må", "ty", "on", "to", "fr", "la"},

		Contents: "Innhald", Page: "Side", Of: "av", Legend: "Teiknforklaring", Continued: "(forts.)",
		ProcessPlan: "Prosessplan", Saksframlegg: "Saksframlegg",

		Municipality: "Kommune", Unit: "Ansvarleg eining", PlanType: "Plantype", Version: "Versjon",
		DateLabel: "Dato", CaseNumber: "Arkivsaksnr.", CaseOfficer: "Saksbehandlar", DocumentType: "Dokumenttype",
		DraftStatus: "Utkast", DraftMark: "UTKAST", AdoptedStatus: "Vedteken", AdoptedByOn: "Vedteken av %s %s", AdoptedOn: "Vedteken %s",

		Background: "Bakgrunn", Mandate: "Mandat", GoalsAndResult: "Mål og ønskt resultat", Goals: "Mål",
		DesiredResult: "Ønskt resultat", TargetAreas: "Målområde", Frame: "Plantype og rammer",
		LegalBasis: "Lovgrunnlag", Organisation: "Organisering", Participation: "Medverknad",
		StatutoryCouncils: "Lovpålagde råd", Schedule: "Framdriftsplan", ActivityTable: "Aktivitetar",
		Political: "Politisk handsaming", Resources: "Ressursar", SuccessAndRisk: "Suksessfaktorar og risiko",
		SuccessFactors: "Suksessfaktorar", Risks: "Risiko", Attachments: "Vedlegg", Problems: "Manglar i planen",

		Group: "Gruppe", Role: "Rolle", Responsibility: "Ansvar", Leader: "Leiar", Members: "Medlemer",
		Name: "Namn", OrgName: "Organisasjon", Who: "Kven", How: "Korleis", Why: "Kvifor",
		Body: "Utval", MeetingDate: "Møtedato", Case: "Sak", DecidingBody: "Vedtaksorgan",
		Deadline: "Frist for saksframlegg", Route: "Saksgang", ToDecide: "Kva skal avgjerast",
		What: "Kva", Amount: "Omfang", Risk: "Risiko", Consequence: "Konsekvens", Mitigation: "Tiltak",
		Severity: "Alvor", Where: "Kvar", Message: "Melding", Step: "Steg", Paragraph: "Heimel",
		MinPeriod: "Minste frist", Requirement: "Krav", Required: "Påkravd", Recommended: "Valfritt",
		WhenRelevant: "Ved behov", Advice: "Steg", CaseNo: "Saksnr.", Council: "Råd",
		DecidedIn: "Vert avgjord i", Line: "linje", Concerns: "Gjeld",

		LogoAlt: "Logoen til %s", AdvisedPeriod: "Når",
		CapStatutory: "Lovkrav til prosessen", CapRecommended: "Stega i denne planen",
		CapOrganisation: "Prosjektorganisering", CapParticipation: "Medverknadsopplegg",
		CapCouncils: "Møta til råda i sakene", CapResources: "Ressursbehov", CapRisks: "Risikoar og tiltak",

		PreparedAs:        "Planen vert utarbeidd som %s.",
		StatutoryIntro:    "Plan- og bygningslova stiller desse krava til prosessen:",
		NonStatutoryIntro: "Plan- og bygningslova stiller ikkje formelle krav til prosessen for denne plantypen.",
		NonStatutoryOwn:   "Planen har desse stega:",
		CouncilsIntro:     "Eldrerådet, rådet for personar med funksjonsnedsetjing og ungdomsrådet skal få saker som gjeld dei tidleg nok til at fråsegna deira kan påverke vedtaket, og fråsegna skal følgje saka til det organet som avgjer ho (kommunelova § 5-12). Råda har sakene til handsaming slik:",
		CouncilsNone:      "Ingen av dei lovpålagde råda har saka til handsaming etter møteplanen. Vurder om eldrerådet, rådet for personar med funksjonsnedsetjing og ungdomsrådet skal få saka før ho vert avgjord (kommunelova § 5-12).",
		CouncilsIntroOld:  "Eldrerådet og rådet for menneske med nedsett funksjonsevne skal få saker som gjeld dei tidleg nok til at fråsegna deira kan påverke vedtaket (lov om kommunale og fylkeskommunale eldreråd og lov om råd for menneske med nedsett funksjonsevne). Råda har sakene til handsaming slik:",
		CouncilsNoneOld:   "Ingen av råda har saka til handsaming etter møteplanen. Vurder om eldrerådet og rådet for menneske med nedsett funksjonsevne skal få saka før ho vert avgjord.",
		ProblemsIntro:     "Kontrollen av planutkastet fann dette som bør rettast eller vurderast:",
		ActivityCaption:   "Aktivitetar per fase",
		PoliticalCaption:  "Politiske handsamingar",
		TimelineTitle:     "Tidslinje",
		TimelineAlt:       "Tidslinje for %s frå %s til %s, vist i %s.",
		TimelineAltDay:    "Tidslinje for %s, %s, vist i %s.",
		UnitSlots:         "tidsluker på %d minutt",
		TimelineAltPhases: "Fasar:",
		TimelineAltDecs:   "Politiske handsamingar:",
		TimelineAltEnd:    "Alle aktivitetane står i tabellen under.",
		UnitDays:          "dagar", UnitWeeks: "veker", UnitMonths: "månader", UnitMinutes: "minutt",
		Summer: "Fellesferie", Weekend: "Helg", ClockWord: "kl.",
		Shaded: "Heilagdag, jul, fellesferie eller stengt", CriticalPath: "Kritisk linje",
		RouteMeeting: "Handsaming i saksgangen", Christmas: "Jul og nyttår",

		DaySg: "dag", DayPl: "dagar", WorkdaySg: "yrkedag", WorkdayPl: "yrkedagar",
		WeekSg: "veke", WeekPl: "veker", MinuteSg: "minutt", MinutePl: "minutt",

		SaksgangTitle: "Saksgang", Recommendation: "Kommunedirektøren si innstilling",
		RecommendationRadmann: "Rådmannen si innstilling", Summary: "Samandrag", Facts: "Saksopplysningar",
		ProcessSoFar: "Prosessen så langt", ProcessAhead: "Vidare prosess", Assessment: "Vurdering",
		HearingRules: "Krav etter plan- og bygningslova § 11-14", ProcessPlanOf: "%s, datert %s",
		DraftOf: "Framlegg til %s",

		Tentative: "førebels", Method: "Metode",
		RelatedPlans: "Relaterte planar", RelatedIntro: "Planarbeidet heng saman med desse planprosessane:",
		Objections:      "Motsegner",
		ObjectionsIntro: "Motsegner mot planframlegget etter plan- og bygningslova § 5-4, og korleis dei blir følgde opp. Ei motsegn som ikkje blir løyst, kan gå til mekling (§ 5-6).",
		CapObjections:   "Motsegner og status", From: "Frå", Subject: "Tema", Mediation: "Mekling",
	},
	prosessplan.English: {
		Language: prosessplan.English,
		Number:   "No.", Phase: "Phase", Activity: "Activity", Purpose: "Purpose",
		Responsible: "Responsible", Participants: "Participants", Type: "Type",
		Start: "Start", End: "End", When: "When", Deliverable: "Deliverable",
		Status: "Status", Comment: "Comment",
		Week: "Week",
		Months: [12]string{"January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December"},
		MonthsShort:   [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
		Weekdays:      [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
		WeekdaysShort: [7]string{"Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"},

		Contents: "Contents", Page: "Page", Of: "of", Legend: "Legend", Continued: "(cont.)",
		ProcessPlan: "Process plan", Saksframlegg: "Case presentation",

		Municipality: "Municipality", Unit: "Responsible unit", PlanType: "Plan type", Version: "Version",
		DateLabel: "Date", CaseNumber: "Archive case no.", CaseOfficer: "Case officer", DocumentType: "Document type",
		DraftStatus: "Draft", DraftMark: "DRAFT", AdoptedStatus: "Adopted", AdoptedByOn: "Adopted by %s on %s", AdoptedOn: "Adopted on %s",

		Background: "Background", Mandate: "Mandate", GoalsAndResult: "Goals and desired result", Goals: "Goals",
		DesiredResult: "Desired result", TargetAreas: "Target areas", Frame: "Plan type and legal framework",
		LegalBasis: "Legal basis", Organisation: "Organisation", Participation: "Participation",
		StatutoryCouncils: "Statutory councils", Schedule: "Schedule", ActivityTable: "Activities",
		Political: "Political treatment", Resources: "Resources", SuccessAndRisk: "Success factors and risks",
		SuccessFactors: "Success factors", Risks: "Risks", Attachments: "Attachments", Problems: "Issues in the plan",

		Group: "Group", Role: "Role", Responsibility: "Responsibility", Leader: "Leader", Members: "Members",
		Name: "Name", OrgName: "Organisation", Who: "Who", How: "How", Why: "Why",
		Body: "Body", MeetingDate: "Meeting date", Case: "Case", DecidingBody: "Deciding body",
		Deadline: "Deadline for case papers", Route: "Route", ToDecide: "What is to be decided",
		What: "What", Amount: "Amount", Risk: "Risk", Consequence: "Consequence", Mitigation: "Mitigation",
		Severity: "Severity", Where: "Where", Message: "Message", Step: "Step", Paragraph: "Legal basis",
		MinPeriod: "Minimum period", Requirement: "Requirement", Required: "Required", Recommended: "Optional",
		WhenRelevant: "When applicable", Advice: "Step", CaseNo: "Case no.", Council: "Council",
		DecidedIn: "Decided in", Line: "line", Concerns: "Concerns",

		LogoAlt: "Logo of %s", AdvisedPeriod: "When",
		CapStatutory: "Statutory requirements for the process", CapRecommended: "The steps of this plan",
		CapOrganisation: "Project organisation", CapParticipation: "Participation plan",
		CapCouncils: "The councils' meetings on the cases", CapResources: "Resource needs", CapRisks: "Risks and mitigation",

		PreparedAs:        "Plan type: %s.",
		StatutoryIntro:    "The Planning and Building Act sets these requirements for the process:",
		NonStatutoryIntro: "The Planning and Building Act sets no formal process requirements for this plan type.",
		NonStatutoryOwn:   "The plan has these steps:",
		CouncilsIntro:     "The council for the elderly, the council for persons with disabilities and the youth council must receive cases that concern them early enough for their statement to influence the decision, and the statement goes with the case to the deciding body (Local Government Act § 5-12). The councils treat the cases as follows:",
		CouncilsNone:      "None of the statutory councils has the case on its agenda in the meeting plan. Consider whether the council for the elderly, the council for persons with disabilities and the youth council should see the case before it is decided (Local Government Act § 5-12).",
		CouncilsIntroOld:  "The council for the elderly and the council for persons with disabilities must receive cases that concern them early enough for their statement to influence the decision (the Acts on councils for the elderly and for persons with disabilities). The councils treat the cases as follows:",
		CouncilsNoneOld:   "None of the councils has the case on its agenda in the meeting plan. Consider whether the council for the elderly and the council for persons with disabilities should see the case before it is decided.",
		ProblemsIntro:     "Checking the draft found the following to fix or consider:",
		ActivityCaption:   "Activities by phase",
		PoliticalCaption:  "Political treatments",
		TimelineTitle:     "Timeline",
		TimelineAlt:       "Timeline of %s from %s to %s, shown in %s.",
		TimelineAltDay:    "Timeline of %s, %s, shown in %s.",
		UnitSlots:         "%d-minute slots",
		TimelineAltPhases: "Phases:",
		TimelineAltDecs:   "Political treatments:",
		TimelineAltEnd:    "Every activity is listed in the table below.",
		UnitDays:          "days", UnitWeeks: "weeks", UnitMonths: "months", UnitMinutes: "minutes",
		Summer: "Summer holiday", Weekend: "Weekend", ClockWord: "at",
		Shaded: "Public holiday, Christmas, summer holiday or closed", CriticalPath: "Critical path",
		RouteMeeting: "Meeting on the case before the decision", Christmas: "Christmas and New Year",

		DaySg: "day", DayPl: "days", WorkdaySg: "working day", WorkdayPl: "working days",
		WeekSg: "week", WeekPl: "weeks", MinuteSg: "minute", MinutePl: "minutes",

		SaksgangTitle: "Route of the case", Recommendation: "The chief executive's recommendation",
		RecommendationRadmann: "The chief executive's recommendation", Summary: "Summary", Facts: "Facts of the case",
		ProcessSoFar: "The process so far", ProcessAhead: "The process ahead", Assessment: "Assessment",
		HearingRules: "Requirements of the Planning and Building Act § 11-14", ProcessPlanOf: "%s, dated %s",
		DraftOf: "Proposed %s",

		Tentative: "tentative", Method: "Method",
		RelatedPlans: "Related plans", RelatedIntro: "The planning work is linked to these plan processes:",
		Objections:      "Objections",
		ObjectionsIntro: "Objections to the plan proposal under the Planning and Building Act § 5-4, and how they are followed up. An objection that is not resolved may go to mediation (§ 5-6).",
		CapObjections:   "Objections and their status", From: "From", Subject: "Subject", Mediation: "Mediation",
	},
}

// WordsFor returns the fixed words of language l (bokmål for an unknown
// language). Each call returns a new copy, so a caller may change a phrase
// for its own use without reaching other callers or goroutines.
func WordsFor(l prosessplan.Language) *Words {
	w, ok := words[l]
	if !ok {
		w = words[prosessplan.Bokmal]
	}
	// Words holds only strings and arrays of strings, so a struct copy
	// shares nothing that can be changed.
	c := *w
	return &c
}

// Date formats d as Norwegian (and English) readers write it: "7. desember 2017",
// "7 December 2017".
func (w *Words) Date(d prosessplan.Date) string {
	if d.IsZero() {
		return ""
	}
	if w.Language == prosessplan.English {
		return fmt.Sprintf("%d %s %d", d.Day, w.Months[d.Month-1], d.Year)
	}
	return fmt.Sprintf("%d. %s %d", d.Day, w.Months[d.Month-1], d.Year)
}

// ShortDate formats d as "07.12.2017" (English: "2017-12-07").
func (w *Words) ShortDate(d prosessplan.Date) string {
	if d.IsZero() {
		return ""
	}
	if w.Language == prosessplan.English {
		return d.String()
	}
	return fmt.Sprintf("%02d.%02d.%04d", d.Day, int(d.Month), d.Year)
}

// DayMonth formats d without its year: "4.12" (English "4/12").
func (w *Words) DayMonth(d prosessplan.Date) string {
	if w.Language == prosessplan.English {
		return fmt.Sprintf("%d/%d", d.Day, int(d.Month))
	}
	return fmt.Sprintf("%d.%d", d.Day, int(d.Month))
}

// MonthYear formats the month of d: "desember 2017".
func (w *Words) MonthYear(d prosessplan.Date) string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%s %d", w.Months[d.Month-1], d.Year)
}

// WeekOf formats d's ISO week: "uke 49", "veke 49", "week 49".
func (w *Words) WeekOf(d prosessplan.Date) string {
	_, wk := d.ISOWeek()
	return fmt.Sprintf("%s %d", lowerASCII(w.Week), wk)
}

// Clock formats minutes after midnight as Norwegian readers write a time of
// day, "09.30" (English "09:30").
func (w *Words) Clock(minute int) string {
	sep := "."
	if w.Language == prosessplan.English {
		sep = ":"
	}
	return fmt.Sprintf("%02d%s%02d", minute/60, sep, minute%60)
}

// Span formats the period from a to b with ISO weeks, as a process plan's
// "Når" column shows it: "7. desember 2017 (uke 49)",
// "9.–27. januar 2017 (uke 2–4)", "12. desember 2016 – 6. januar 2017 (uke 50 2016 – uke 1 2017)",
// "7. desember 2017 kl. 09.00–10.30 (uke 49)".
func (w *Words) Span(a, b prosessplan.Time) string {
	if a.IsZero() && b.IsZero() {
		return ""
	}
	if a.IsZero() {
		a = b
	}
	if b.IsZero() {
		b = a
	}
	return w.period(a, b, true) + " (" + w.Weeks(a.Date, b.Date) + ")"
}

// activitySpan is Span of a's dates, followed by "(foreløpig)" when the
// plan marks them tentative: a reader must not book a date that is only
// pencilled in.
func (w *Words) activitySpan(a *prosessplan.ScheduledActivity) string {
	return w.tentative(w.Span(a.Start, a.End), a.Activity)
}

// tentative adds the tentative mark to text, the dates of activity a, when
// a's dates are tentative.
func (w *Words) tentative(text string, a *prosessplan.Activity) string {
	if text == "" || a == nil || !a.Tentative {
		return text
	}
	return text + " (" + w.Tentative + ")"
}

// Weeks formats the ISO weeks from a to b: "uke 49", "uke 2–4", and with
// the years when the range crosses one: "uke 50 2016 – uke 1 2017".
func (w *Words) Weeks(a, b prosessplan.Date) string {
	ya, wa := a.ISOWeek()
	yb, wb := b.ISOWeek()
	week := lowerASCII(w.Week)
	switch {
	case a.Monday() == b.Monday():
		return fmt.Sprintf("%s %d", week, wa)
	case ya != yb:
		return fmt.Sprintf("%s %d %d – %s %d %d", week, wa, ya, week, wb, yb)
	}
	return fmt.Sprintf("%s %d–%d", week, wa, wb)
}

// Period formats the days from a to b without times of day or weeks:
// "9.–27. januar 2017", "25. april – 7. desember 2017".
func (w *Words) Period(a, b prosessplan.Date) string {
	if a.IsZero() {
		a = b
	}
	if b.IsZero() {
		b = a
	}
	if a.IsZero() {
		return ""
	}
	return w.period(prosessplan.DayOf(a), prosessplan.DayOf(b), false)
}

// PeriodAt formats the period from a to b with times of day but no weeks:
// "12. mars 2024 kl. 09.00–12.00".
func (w *Words) PeriodAt(a, b prosessplan.Time) string { return w.period(a, b, true) }

func (w *Words) period(a, b prosessplan.Time, clock bool) string {
	en := w.Language == prosessplan.English
	switch {
	case a.Date == b.Date:
		s := w.Date(a.Date)
		if clock && a.HasClock {
			s += " " + w.At(a.Minute)
			if b.HasClock && b.Minute != a.Minute {
				s += "–" + w.Clock(b.Minute)
			}
		}
		return s
	case clock && (a.HasClock || b.HasClock):
		return w.Date(a.Date) + w.clockSuffix(a) + " – " + w.Date(b.Date) + w.clockSuffix(b)
	case a.Date.Year == b.Date.Year && a.Date.Month == b.Date.Month:
		if en {
			return fmt.Sprintf("%d–%d %s %d", a.Date.Day, b.Date.Day, w.Months[a.Date.Month-1], a.Date.Year)
		}
		return fmt.Sprintf("%d.–%d. %s %d", a.Date.Day, b.Date.Day, w.Months[a.Date.Month-1], a.Date.Year)
	case a.Date.Year == b.Date.Year:
		if en {
			return fmt.Sprintf("%d %s – %s", a.Date.Day, w.Months[a.Date.Month-1], w.Date(b.Date))
		}
		return fmt.Sprintf("%d. %s – %s", a.Date.Day, w.Months[a.Date.Month-1], w.Date(b.Date))
	}
	return w.Date(a.Date) + " – " + w.Date(b.Date)
}

// At formats a time of day with its prefix: "kl. 09.30", "at 09:30".
func (w *Words) At(minute int) string { return w.ClockWord + " " + w.Clock(minute) }

func (w *Words) clockSuffix(t prosessplan.Time) string {
	if !t.HasClock {
		return ""
	}
	return " " + w.At(t.Minute)
}

// Duration formats d in words: "6 uker", "30 dagar", "1 week".
func (w *Words) Duration(d prosessplan.Duration) string {
	if d.IsZero() {
		return ""
	}
	sg, pl := w.DaySg, w.DayPl
	switch d.Unit {
	case prosessplan.WorkingDays:
		sg, pl = w.WorkdaySg, w.WorkdayPl
	case prosessplan.Weeks:
		sg, pl = w.WeekSg, w.WeekPl
	case prosessplan.Minutes:
		sg, pl = w.MinuteSg, w.MinutePl
	}
	if d.N == 1 {
		return fmt.Sprintf("%d %s", d.N, sg)
	}
	return fmt.Sprintf("%d %s", d.N, pl)
}

// Join lists items as a sentence does: "a, b og c" ("a, b and c").
func (w *Words) Join(items []string) string {
	and := " og "
	if w.Language == prosessplan.English {
		and = " and "
	}
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + and + items[len(items)-1]
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// fromTo formats the ends of a period for running text "fra %s til %s":
// the first date drops its year when both fall in one year, so the
// sentence reads "fra 15. september til 27. oktober 2017".
func (w *Words) fromTo(a, b prosessplan.Date) (from, to string) {
	from, to = w.Date(a), w.Date(b)
	if a.Year == b.Year && !a.IsZero() {
		if w.Language == prosessplan.English {
			from = fmt.Sprintf("%d %s", a.Day, w.Months[a.Month-1])
		} else {
			from = fmt.Sprintf("%d. %s", a.Day, w.Months[a.Month-1])
		}
	}
	return from, to
}
