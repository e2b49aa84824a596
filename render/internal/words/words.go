// Package words holds the fixed words the documents share, one
// [prosessplan.Text] per phrase, and the formats of dates, times and
// periods in each language. render builds its documents from them, and the
// workbook (render/xlsx) and calendar (render/ics) take their column titles,
// months and dates from here, so a label is translated once. A package's
// own words stay with it (the workbook's sheet names in render/xlsx); a
// phrase here is internal, so adding one changes no exported API.
//
// Every phrase is looked up with [prosessplan.Text.In], which falls back
// to bokmål. The variables are read-only tables.
package words

import "github.com/prosessplan/go-prosessplan/prosessplan"

// The phrases. Formats take %s arguments as noted.
var (
	// Activity table and workbook columns.
	Number       = prosessplan.Text{NB: "Nr.", NN: "Nr.", EN: "No."}
	Phase        = prosessplan.Text{NB: "Fase", NN: "Fase", EN: "Phase"}
	Activity     = prosessplan.Text{NB: "Aktivitet", NN: "Aktivitet", EN: "Activity"}
	Purpose      = prosessplan.Text{NB: "Hensikt", NN: "Føremål", EN: "Purpose"}
	Responsible  = prosessplan.Text{NB: "Ansvarlig", NN: "Ansvarleg", EN: "Responsible"}
	Participants = prosessplan.Text{NB: "Deltakere", NN: "Deltakarar", EN: "Participants"}
	Type         = prosessplan.Text{NB: "Type", NN: "Type", EN: "Type"}
	Start        = prosessplan.Text{NB: "Start", NN: "Start", EN: "Start"}
	End          = prosessplan.Text{NB: "Slutt", NN: "Slutt", EN: "End"}
	When         = prosessplan.Text{NB: "Når", NN: "Når", EN: "When"}
	Deliverable  = prosessplan.Text{NB: "Leveranse", NN: "Leveranse", EN: "Deliverable"}
	Status       = prosessplan.Text{NB: "Status", NN: "Status", EN: "Status"}
	Comment      = prosessplan.Text{NB: "Merknad", NN: "Merknad", EN: "Comment"}

	Week = prosessplan.Text{NB: "Uke", NN: "Veke", EN: "Week"} // "Uke" / "Veke" / "Week"

	Months = [12]prosessplan.Text{
		{NB: "januar", NN: "januar", EN: "January"},
		{NB: "februar", NN: "februar", EN: "February"},
		{NB: "mars", NN: "mars", EN: "March"},
		{NB: "april", NN: "april", EN: "April"},
		{NB: "mai", NN: "mai", EN: "May"},
		{NB: "juni", NN: "juni", EN: "June"},
		{NB: "juli", NN: "juli", EN: "July"},
		{NB: "august", NN: "august", EN: "August"},
		{NB: "september", NN: "september", EN: "September"},
		{NB: "oktober", NN: "oktober", EN: "October"},
		{NB: "november", NN: "november", EN: "November"},
		{NB: "desember", NN: "desember", EN: "December"},
	}

	// MonthsShort are three-letter month names for narrow headers.
	MonthsShort = [12]prosessplan.Text{
		{NB: "jan", NN: "jan", EN: "Jan"},
		{NB: "feb", NN: "feb", EN: "Feb"},
		{NB: "mar", NN: "mar", EN: "Mar"},
		{NB: "apr", NN: "apr", EN: "Apr"},
		{NB: "mai", NN: "mai", EN: "May"},
		{NB: "jun", NN: "jun", EN: "Jun"},
		{NB: "jul", NN: "jul", EN: "Jul"},
		{NB: "aug", NN: "aug", EN: "Aug"},
		{NB: "sep", NN: "sep", EN: "Sep"},
		{NB: "okt", NN: "okt", EN: "Oct"},
		{NB: "nov", NN: "nov", EN: "Nov"},
		{NB: "des", NN: "des", EN: "Dec"},
	}

	Weekdays = [7]prosessplan.Text{
		{NB: "søndag", NN: "sundag", EN: "Sunday"},
		{NB: "mandag", NN: "måndag", EN: "Monday"},
		{NB: "tirsdag", NN: "tysdag", EN: "Tuesday"},
		{NB: "onsdag", NN: "onsdag", EN: "Wednesday"},
		{NB: "torsdag", NN: "torsdag", EN: "Thursday"},
		{NB: "fredag", NN: "fredag", EN: "Friday"},
		{NB: "lørdag", NN: "laurdag", EN: "Saturday"},
	} // Sunday first, as time.Weekday

	// WeekdaysShort are two-letter weekday names for day columns, Sunday first.
	WeekdaysShort = [7]prosessplan.Text{
		{NB: "sø", NN: "su", EN: "Su"},
		{NB: "ma", NN: "må", EN: "Mo"},
		{NB: "ti", NN: "ty", EN: "Tu"},
		{NB: "on", NN: "on", EN: "We"},
		{NB: "to", NN: "to", EN: "Th"},
		{NB: "fr", NN: "fr", EN: "Fr"},
		{NB: "lø", NN: "la", EN: "Sa"},
	}

	// Captions writers print around the content.
	Contents  = prosessplan.Text{NB: "Innhold", NN: "Innhald", EN: "Contents"}
	Page      = prosessplan.Text{NB: "Side", NN: "Side", EN: "Page"}
	Of        = prosessplan.Text{NB: "av", NN: "av", EN: "of"}
	Legend    = prosessplan.Text{NB: "Tegnforklaring", NN: "Teiknforklaring", EN: "Legend"}
	Continued = prosessplan.Text{NB: "(forts.)", NN: "(forts.)", EN: "(cont.)"}

	// Document kinds.
	ProcessPlan  = prosessplan.Text{NB: "Prosessplan", NN: "Prosessplan", EN: "Process plan"}
	Saksframlegg = prosessplan.Text{NB: "Saksframlegg", NN: "Saksframlegg", EN: "Case presentation"}

	// Title block keys.
	Municipality = prosessplan.Text{NB: "Kommune", NN: "Kommune", EN: "Municipality"}
	Unit         = prosessplan.Text{NB: "Ansvarlig enhet", NN: "Ansvarleg eining", EN: "Responsible unit"}
	PlanType     = prosessplan.Text{NB: "Plantype", NN: "Plantype", EN: "Plan type"}
	Version      = prosessplan.Text{NB: "Versjon", NN: "Versjon", EN: "Version"}
	DateLabel    = prosessplan.Text{NB: "Dato", NN: "Dato", EN: "Date"}
	CaseNumber   = prosessplan.Text{NB: "Arkivsaksnr.", NN: "Arkivsaksnr.", EN: "Archive case no."}
	CaseOfficer  = prosessplan.Text{NB: "Saksbehandler", NN: "Saksbehandlar", EN: "Case officer"}
	DocumentType = prosessplan.Text{NB: "Dokumenttype", NN: "Dokumenttype", EN: "Document type"}

	// Plan statuses; AdoptedByOn is a format taking the body and the date.
	DraftStatus   = prosessplan.Text{NB: "Utkast", NN: "Utkast", EN: "Draft"}
	AdoptedStatus = prosessplan.Text{NB: "Vedtatt", NN: "Vedteken", EN: "Adopted"}
	AdoptedByOn   = prosessplan.Text{
		NB: "Vedtatt av %s %s",
		NN: "Vedteken av %s %s",
		EN: "Adopted by %s on %s",
	}
	AdoptedOn = prosessplan.Text{NB: "Vedtatt %s", NN: "Vedteken %s", EN: "Adopted on %s"}

	// DraftMark marks a draft in the title block and page header, in
	// capitals so a printed draft is never taken for the adopted plan.
	DraftMark = prosessplan.Text{NB: "UTKAST", NN: "UTKAST", EN: "DRAFT"}

	// Section headings of the process plan.
	Background     = prosessplan.Text{NB: "Bakgrunn", NN: "Bakgrunn", EN: "Background"}
	Mandate        = prosessplan.Text{NB: "Mandat", NN: "Mandat", EN: "Mandate"}
	GoalsAndResult = prosessplan.Text{
		NB: "Mål og ønsket resultat",
		NN: "Mål og ønskt resultat",
		EN: "Goals and desired result",
	}
	Goals         = prosessplan.Text{NB: "Mål", NN: "Mål", EN: "Goals"}
	DesiredResult = prosessplan.Text{NB: "Ønsket resultat", NN: "Ønskt resultat", EN: "Desired result"}
	TargetAreas   = prosessplan.Text{NB: "Målområder", NN: "Målområde", EN: "Target areas"}
	Frame         = prosessplan.Text{
		NB: "Plantype og rammer",
		NN: "Plantype og rammer",
		EN: "Plan type and legal framework",
	}
	LegalBasis        = prosessplan.Text{NB: "Lovgrunnlag", NN: "Lovgrunnlag", EN: "Legal basis"}
	Organisation      = prosessplan.Text{NB: "Organisering", NN: "Organisering", EN: "Organisation"}
	Participation     = prosessplan.Text{NB: "Medvirkning", NN: "Medverknad", EN: "Participation"}
	StatutoryCouncils = prosessplan.Text{NB: "Lovpålagte råd", NN: "Lovpålagde råd", EN: "Statutory councils"}
	Schedule          = prosessplan.Text{NB: "Framdriftsplan", NN: "Framdriftsplan", EN: "Schedule"}
	ActivityTable     = prosessplan.Text{NB: "Aktiviteter", NN: "Aktivitetar", EN: "Activities"}
	Political         = prosessplan.Text{
		NB: "Politisk behandling",
		NN: "Politisk handsaming",
		EN: "Political treatment",
	}
	Resources      = prosessplan.Text{NB: "Ressurser", NN: "Ressursar", EN: "Resources"}
	SuccessAndRisk = prosessplan.Text{
		NB: "Suksessfaktorer og risiko",
		NN: "Suksessfaktorar og risiko",
		EN: "Success factors and risks",
	}
	SuccessFactors = prosessplan.Text{NB: "Suksessfaktorer", NN: "Suksessfaktorar", EN: "Success factors"}
	Risks          = prosessplan.Text{NB: "Risiko", NN: "Risiko", EN: "Risks"}
	Attachments    = prosessplan.Text{NB: "Vedlegg", NN: "Vedlegg", EN: "Attachments"}
	Problems       = prosessplan.Text{
		NB: "Mangler i planen",
		NN: "Manglar i planen",
		EN: "Issues in the plan",
	}

	// Table columns.
	Group          = prosessplan.Text{NB: "Gruppe", NN: "Gruppe", EN: "Group"}
	Role           = prosessplan.Text{NB: "Rolle", NN: "Rolle", EN: "Role"}
	Responsibility = prosessplan.Text{NB: "Ansvar", NN: "Ansvar", EN: "Responsibility"}
	Leader         = prosessplan.Text{NB: "Leder", NN: "Leiar", EN: "Leader"}
	Members        = prosessplan.Text{NB: "Medlemmer", NN: "Medlemer", EN: "Members"}
	Name           = prosessplan.Text{NB: "Navn", NN: "Namn", EN: "Name"}
	OrgName        = prosessplan.Text{NB: "Organisasjon", NN: "Organisasjon", EN: "Organisation"}
	Who            = prosessplan.Text{NB: "Hvem", NN: "Kven", EN: "Who"}
	How            = prosessplan.Text{NB: "Hvordan", NN: "Korleis", EN: "How"}
	Why            = prosessplan.Text{NB: "Hvorfor", NN: "Kvifor", EN: "Why"}
	Body           = prosessplan.Text{NB: "Utvalg", NN: "Utval", EN: "Body"}
	MeetingDate    = prosessplan.Text{NB: "Møtedato", NN: "Møtedato", EN: "Meeting date"}
	Case           = prosessplan.Text{NB: "Sak", NN: "Sak", EN: "Case"}
	DecidingBody   = prosessplan.Text{NB: "Vedtaksorgan", NN: "Vedtaksorgan", EN: "Deciding body"}
	Deadline       = prosessplan.Text{
		NB: "Frist for saksframlegg",
		NN: "Frist for saksframlegg",
		EN: "Deadline for case papers",
	}
	Route    = prosessplan.Text{NB: "Saksgang", NN: "Saksgang", EN: "Route"}
	ToDecide = prosessplan.Text{
		NB: "Hva skal avgjøres",
		NN: "Kva skal avgjerast",
		EN: "What is to be decided",
	}
	What         = prosessplan.Text{NB: "Hva", NN: "Kva", EN: "What"}
	Amount       = prosessplan.Text{NB: "Omfang", NN: "Omfang", EN: "Amount"}
	Risk         = prosessplan.Text{NB: "Risiko", NN: "Risiko", EN: "Risk"}
	Consequence  = prosessplan.Text{NB: "Konsekvens", NN: "Konsekvens", EN: "Consequence"}
	Mitigation   = prosessplan.Text{NB: "Tiltak", NN: "Tiltak", EN: "Mitigation"}
	Severity     = prosessplan.Text{NB: "Alvorlighet", NN: "Alvor", EN: "Severity"}
	Where        = prosessplan.Text{NB: "Hvor", NN: "Kvar", EN: "Where"}
	Message      = prosessplan.Text{NB: "Melding", NN: "Melding", EN: "Message"}
	Step         = prosessplan.Text{NB: "Steg", NN: "Steg", EN: "Step"}
	Paragraph    = prosessplan.Text{NB: "Hjemmel", NN: "Heimel", EN: "Legal basis"}
	MinPeriod    = prosessplan.Text{NB: "Minste frist", NN: "Minste frist", EN: "Minimum period"}
	Requirement  = prosessplan.Text{NB: "Krav", NN: "Krav", EN: "Requirement"}
	Required     = prosessplan.Text{NB: "Påkrevd", NN: "Påkravd", EN: "Required"}
	Recommended  = prosessplan.Text{NB: "Valgfritt", NN: "Valfritt", EN: "Optional"}
	WhenRelevant = prosessplan.Text{NB: "Ved behov", NN: "Ved behov", EN: "When applicable"}
	Advice       = prosessplan.Text{NB: "Steg", NN: "Steg", EN: "Step"}
	CaseNo       = prosessplan.Text{NB: "Saksnr.", NN: "Saksnr.", EN: "Case no."}
	Council      = prosessplan.Text{NB: "Råd", NN: "Råd", EN: "Council"}
	DecidedIn    = prosessplan.Text{NB: "Avgjøres i", NN: "Vert avgjord i", EN: "Decided in"}
	Line         = prosessplan.Text{NB: "linje", NN: "linje", EN: "line"}
	Concerns     = prosessplan.Text{NB: "Gjelder", NN: "Gjeld", EN: "Concerns"}

	// AdvisedPeriod titles the period column of recommended (not statutory) steps.
	AdvisedPeriod = prosessplan.Text{NB: "Når", NN: "Når", EN: "When"}

	// LogoAlt is the logo's default alternative text; it takes the municipality.
	LogoAlt = prosessplan.Text{NB: "Logoen til %s", NN: "Logoen til %s", EN: "Logo of %s"}

	// Table captions.
	CapStatutory = prosessplan.Text{
		NB: "Lovkrav til prosessen",
		NN: "Lovkrav til prosessen",
		EN: "Statutory requirements for the process",
	}
	CapRecommended = prosessplan.Text{
		NB: "Stegene i denne planen",
		NN: "Stega i denne planen",
		EN: "The steps of this plan",
	}
	CapOrganisation = prosessplan.Text{
		NB: "Prosjektorganisering",
		NN: "Prosjektorganisering",
		EN: "Project organisation",
	}
	CapParticipation = prosessplan.Text{
		NB: "Medvirkningsopplegg",
		NN: "Medverknadsopplegg",
		EN: "Participation plan",
	}
	CapCouncils = prosessplan.Text{
		NB: "Rådenes møter i sakene",
		NN: "Møta til råda i sakene",
		EN: "The councils' meetings on the cases",
	}
	CapResources = prosessplan.Text{NB: "Ressursbehov", NN: "Ressursbehov", EN: "Resource needs"}
	CapRisks     = prosessplan.Text{
		NB: "Risikoer og tiltak",
		NN: "Risikoar og tiltak",
		EN: "Risks and mitigation",
	}

	// Sentences of the process plan. Formats take %s arguments as noted.
	PreparedAs = prosessplan.Text{ // plan type label
		NB: "Planen utarbeides som %s.",
		NN: "Planen vert utarbeidd som %s.",
		EN: "Plan type: %s.",
	}

	StatutoryIntro = prosessplan.Text{
		NB: "Plan- og bygningsloven stiller disse kravene til prosessen:",
		NN: "Plan- og bygningslova stiller desse krava til prosessen:",
		EN: "The Planning and Building Act sets these requirements for the process:",
	}

	NonStatutoryIntro = prosessplan.Text{
		NB: "Plan- og bygningsloven stiller ikke formelle krav til prosessen for denne plantypen.",
		NN: "Plan- og bygningslova stiller ikkje formelle krav til prosessen for denne plantypen.",
		EN: "The Planning and Building Act sets no formal process requirements for this plan type.",
	}

	// NonStatutoryOwn introduces the table of the plan's own steps (a plan
	// type without a statutory process).
	NonStatutoryOwn = prosessplan.Text{
		NB: "Planen har disse stegene:",
		NN: "Planen har desse stega:",
		EN: "The plan has these steps:",
	}

	CouncilsIntro = prosessplan.Text{
		NB: "Eldrerådet, rådet for personer med funksjonsnedsettelse og ungdomsrådet skal få saker som gjelder dem tidlig nok til at uttalelsen deres kan påvirke vedtaket, og uttalelsen skal følge saken til det organet som avgjør den (kommuneloven § 5-12). Rådene har sakene til behandling slik:",
		NN: "Eldrerådet, rådet for personar med funksjonsnedsetjing og ungdomsrådet skal få saker som gjeld dei tidleg nok til at fråsegna deira kan påverke vedtaket, og fråsegna skal følgje saka til det organet som avgjer ho (kommunelova § 5-12). Råda har sakene til handsaming slik:",
		EN: "The council for the elderly, the council for persons with disabilities and the youth council must receive cases that concern them early enough for their statement to influence the decision, and the statement goes with the case to the deciding body (Local Government Act § 5-12). The councils treat the cases as follows:",
	}

	CouncilsNone = prosessplan.Text{ // the plan has statutory councils, but none meets on a case
		NB: "Ingen av de lovpålagte rådene har saken til behandling etter møteplanen. Vurder om eldrerådet, rådet for personer med funksjonsnedsettelse og ungdomsrådet skal få saken før den avgjøres (kommuneloven § 5-12).",
		NN: "Ingen av dei lovpålagde råda har saka til handsaming etter møteplanen. Vurder om eldrerådet, rådet for personar med funksjonsnedsetjing og ungdomsrådet skal få saka før ho vert avgjord (kommunelova § 5-12).",
		EN: "None of the statutory councils has the case on its agenda in the meeting plan. Consider whether the council for the elderly, the council for persons with disabilities and the youth council should see the case before it is decided (Local Government Act § 5-12).",
	}

	// CouncilsIntroOld and CouncilsNoneOld are CouncilsIntro and
	// CouncilsNone for documents dated before the councils elected in
	// 2019 were constituted, when the eldrerådslova (1991) and the 2005
	// law on councils for persons with disabilities applied, and a youth
	// council was not statutory.
	CouncilsIntroOld = prosessplan.Text{
		NB: "Eldrerådet og rådet for mennesker med nedsatt funksjonsevne skal få saker som gjelder dem tidlig nok til at uttalelsen deres kan påvirke vedtaket (lov om kommunale og fylkeskommunale eldreråd og lov om råd for mennesker med nedsatt funksjonsevne). Rådene har sakene til behandling slik:",
		NN: "Eldrerådet og rådet for menneske med nedsett funksjonsevne skal få saker som gjeld dei tidleg nok til at fråsegna deira kan påverke vedtaket (lov om kommunale og fylkeskommunale eldreråd og lov om råd for menneske med nedsett funksjonsevne). Råda har sakene til handsaming slik:",
		EN: "The council for the elderly and the council for persons with disabilities must receive cases that concern them early enough for their statement to influence the decision (the Acts on councils for the elderly and for persons with disabilities). The councils treat the cases as follows:",
	}
	CouncilsNoneOld = prosessplan.Text{
		NB: "Ingen av rådene har saken til behandling etter møteplanen. Vurder om eldrerådet og rådet for mennesker med nedsatt funksjonsevne skal få saken før den avgjøres.",
		NN: "Ingen av råda har saka til handsaming etter møteplanen. Vurder om eldrerådet og rådet for menneske med nedsett funksjonsevne skal få saka før ho vert avgjord.",
		EN: "None of the councils has the case on its agenda in the meeting plan. Consider whether the council for the elderly and the council for persons with disabilities should see the case before it is decided.",
	}

	ProblemsIntro = prosessplan.Text{
		NB: "Kontrollen av planutkastet fant dette som bør rettes eller vurderes:",
		NN: "Kontrollen av planutkastet fann dette som bør rettast eller vurderast:",
		EN: "Checking the draft found the following to fix or consider:",
	}

	ActivityCaption = prosessplan.Text{ // phase-grouped activity table caption
		NB: "Aktiviteter per fase",
		NN: "Aktivitetar per fase",
		EN: "Activities by phase",
	}

	PoliticalCaption = prosessplan.Text{
		NB: "Politiske behandlinger",
		NN: "Politiske handsamingar",
		EN: "Political treatments",
	}

	TimelineTitle = prosessplan.Text{NB: "Tidslinje", NN: "Tidslinje", EN: "Timeline"}

	TimelineAlt = prosessplan.Text{ // title, from, to, unit
		NB: "Tidslinje for %s fra %s til %s, vist i %s.",
		NN: "Tidslinje for %s frå %s til %s, vist i %s.",
		EN: "Timeline of %s from %s to %s, shown in %s.",
	}

	TimelineAltDay = prosessplan.Text{ // title, the day with times, unit
		NB: "Tidslinje for %s, %s, vist i %s.",
		NN: "Tidslinje for %s, %s, vist i %s.",
		EN: "Timeline of %s, %s, shown in %s.",
	}

	UnitSlots = prosessplan.Text{ // slot minutes
		NB: "tidsluker på %d minutter",
		NN: "tidsluker på %d minutt",
		EN: "%d-minute slots",
	}

	TimelineAltPhases = prosessplan.Text{NB: "Faser:", NN: "Fasar:", EN: "Phases:"}

	TimelineAltDecs = prosessplan.Text{ // list of decisions
		NB: "Politiske behandlinger:",
		NN: "Politiske handsamingar:",
		EN: "Political treatments:",
	}

	TimelineAltEnd = prosessplan.Text{
		NB: "Alle aktiviteter står i tabellen under.",
		NN: "Alle aktivitetane står i tabellen under.",
		EN: "Every activity is listed in the table below.",
	}

	Summer  = prosessplan.Text{NB: "Fellesferie", NN: "Fellesferie", EN: "Summer holiday"}
	Weekend = prosessplan.Text{NB: "Helg", NN: "Helg", EN: "Weekend"}

	// Shaded explains the shaded columns of a timeline in its legend; the
	// columns themselves name the holiday.
	Shaded = prosessplan.Text{
		NB: "Helligdag, jul, fellesferie eller stengt",
		NN: "Heilagdag, jul, fellesferie eller stengt",
		EN: "Public holiday, Christmas, summer holiday or closed",
	}

	// CriticalPath explains how activities on the critical path are drawn.
	CriticalPath = prosessplan.Text{NB: "Kritisk linje", NN: "Kritisk linje", EN: "Critical path"}

	// RouteMeeting explains the mark of an earlier meeting in a decision's
	// saksgang; Christmas names the Christmas and New Year weeks.
	RouteMeeting = prosessplan.Text{
		NB: "Behandling i saksgangen",
		NN: "Handsaming i saksgangen",
		EN: "Meeting on the case before the decision",
	}
	Christmas = prosessplan.Text{NB: "Jul og nyttår", NN: "Jul og nyttår", EN: "Christmas and New Year"}

	ClockWord = prosessplan.Text{NB: "kl.", NN: "kl.", EN: "at"} // "kl."

	// Durations: singular and plural.
	DaySg     = prosessplan.Text{NB: "dag", NN: "dag", EN: "day"}
	DayPl     = prosessplan.Text{NB: "dager", NN: "dagar", EN: "days"}
	WorkdaySg = prosessplan.Text{NB: "virkedag", NN: "yrkedag", EN: "working day"}
	WorkdayPl = prosessplan.Text{NB: "virkedager", NN: "yrkedagar", EN: "working days"}
	WeekSg    = prosessplan.Text{NB: "uke", NN: "veke", EN: "week"}
	WeekPl    = prosessplan.Text{NB: "uker", NN: "veker", EN: "weeks"}
	MinuteSg  = prosessplan.Text{NB: "minutt", NN: "minutt", EN: "minute"}
	MinutePl  = prosessplan.Text{NB: "minutter", NN: "minutt", EN: "minutes"}
	MonthPl   = prosessplan.Text{NB: "måneder", NN: "månader", EN: "months"}

	// Tentative marks dates not yet decided, in brackets after them:
	// "foreløpig", "førebels", "tentative".
	Tentative = prosessplan.Text{NB: "foreløpig", NN: "førebels", EN: "tentative"}

	// Method titles the column of how an activity is carried out.
	Method = prosessplan.Text{NB: "Metode", NN: "Metode", EN: "Method"}

	// RelatedPlans heads the plan processes the plan is linked to;
	// RelatedIntro introduces their list.
	RelatedPlans = prosessplan.Text{NB: "Relaterte planer", NN: "Relaterte planar", EN: "Related plans"}
	RelatedIntro = prosessplan.Text{
		NB: "Planarbeidet henger sammen med disse planprosessene:",
		NN: "Planarbeidet heng saman med desse planprosessane:",
		EN: "The planning work is linked to these plan processes:",
	}

	// Objections heads the innsigelser (pbl § 5-4); ObjectionsIntro
	// introduces their table, CapObjections is its caption, and From,
	// Subject and Mediation title its columns.
	Objections      = prosessplan.Text{NB: "Innsigelser", NN: "Motsegner", EN: "Objections"}
	ObjectionsIntro = prosessplan.Text{
		NB: "Innsigelser mot planforslaget etter plan- og bygningsloven § 5-4, og hvordan de følges opp. En innsigelse som ikke løses, kan gå til mekling (§ 5-6).",
		NN: "Motsegner mot planframlegget etter plan- og bygningslova § 5-4, og korleis dei blir følgde opp. Ei motsegn som ikkje blir løyst, kan gå til mekling (§ 5-6).",
		EN: "Objections to the plan proposal under the Planning and Building Act § 5-4, and how they are followed up. An objection that is not resolved may go to mediation (§ 5-6).",
	}
	CapObjections = prosessplan.Text{
		NB: "Innsigelser og status",
		NN: "Motsegner og status",
		EN: "Objections and their status",
	}
	From      = prosessplan.Text{NB: "Fra", NN: "Frå", EN: "From"}
	Subject   = prosessplan.Text{NB: "Tema", NN: "Tema", EN: "Subject"}
	Mediation = prosessplan.Text{NB: "Mekling", NN: "Mekling", EN: "Mediation"}

	// Saksframlegg.
	SaksgangTitle  = prosessplan.Text{NB: "Saksgang", NN: "Saksgang", EN: "Route of the case"}
	Recommendation = prosessplan.Text{
		NB: "Kommunedirektørens innstilling",
		NN: "Kommunedirektøren si innstilling",
		EN: "The chief executive's recommendation",
	}
	RecommendationRadmann = prosessplan.Text{
		NB: "Rådmannens innstilling",
		NN: "Rådmannen si innstilling",
		EN: "The chief executive's recommendation",
	}
	Summary      = prosessplan.Text{NB: "Sammendrag", NN: "Samandrag", EN: "Summary"}
	Facts        = prosessplan.Text{NB: "Saksopplysninger", NN: "Saksopplysningar", EN: "Facts of the case"}
	ProcessSoFar = prosessplan.Text{
		NB: "Prosessen så langt",
		NN: "Prosessen så langt",
		EN: "The process so far",
	}
	ProcessAhead = prosessplan.Text{NB: "Videre prosess", NN: "Vidare prosess", EN: "The process ahead"}
	Assessment   = prosessplan.Text{NB: "Vurdering", NN: "Vurdering", EN: "Assessment"}
	HearingRules = prosessplan.Text{
		NB: "Krav etter plan- og bygningsloven § 11-14",
		NN: "Krav etter plan- og bygningslova § 11-14",
		EN: "Requirements of the Planning and Building Act § 11-14",
	}
	ProcessPlanOf = prosessplan.Text{NB: "%s, datert %s", NN: "%s, datert %s", EN: "%s, dated %s"}
	DraftOf       = prosessplan.Text{NB: "Forslag til %s", NN: "Framlegg til %s", EN: "Proposed %s"}
)
