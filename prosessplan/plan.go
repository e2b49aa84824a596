// Package prosessplan holds a Norwegian municipal process plan (prosessplan):
// who does what, what happens when, and why. It reads plan files in YAML or
// JSON with errors that name the file and line, computes the plan's dates on
// a Norwegian working-day calendar, and checks the plan against the rules of
// its plan type (Plan- og bygningsloven, kommuneloven).
//
// A plan is usually read with [Decode], scheduled with [NewSchedule] and
// checked with [Check]; the render packages lay the result out as Excel,
// Word, PDF, Markdown and iCalendar files.
package prosessplan

// FormatVersion is the version of the plan file format this package reads
// and writes (the key "format" in a plan file).
const FormatVersion = 1

// Pos is a position in a plan file. The zero Pos means "made in code".
type Pos struct {
	// File is the file name given to [Decode].
	File string
	// Line and Col count from 1; Col counts characters, not bytes. Zero
	// means unknown.
	Line int
	Col  int
}

// Language is a written language: bokmål, nynorsk or English.
type Language string

// The languages of plans and labels. A plan's målform is Bokmal or Nynorsk;
// English is offered for labels and messages.
const (
	Bokmal  Language = "nb"
	Nynorsk Language = "nn"
	English Language = "en"
)

// Tag returns the BCP 47 tag a document in language l carries: nb-NO, nn-NO or en-GB.
func (l Language) Tag() string {
	switch l {
	case Nynorsk:
		return "nn-NO"
	case English:
		return "en-GB"
	}
	return "nb-NO"
}

// PlanType is the kind of plan being made. The rules a plan must follow
// (statutory steps, minimum consultation periods) depend on it; see [RulesFor].
type PlanType string

// Plan types. The values are the plan file's words.
const (
	Temaplan           PlanType = "temaplan"
	Kommunedelplan     PlanType = "kommunedelplan"
	KommuneplanSamfunn PlanType = "kommuneplanens-samfunnsdel"
	KommuneplanAreal   PlanType = "kommuneplanens-arealdel"
	Planstrategi       PlanType = "kommunal-planstrategi"
	Reguleringsplan    PlanType = "reguleringsplan"
	// Kjoreplan is the run sheet (kjøreplan) of one workshop or meeting:
	// its items in time slots, with no legal steps and no rules advice.
	Kjoreplan PlanType = "kjøreplan"
)

// PlanStatus says whether the process plan itself is a draft or adopted.
type PlanStatus string

// Plan statuses.
const (
	Draft   PlanStatus = "utkast"
	Adopted PlanStatus = "vedtatt"
)

// Plan is a process plan: identity, purpose, organisation, participation,
// phases with activities, political decision points and the municipality's
// meeting plan. Texts are the planner's own and are never rewritten.
//
// The comments name each field's key in the plan file (docs/plan-format.md).
type Plan struct {
	// File is the name of the file the plan was read from, if any.
	File string

	// Title is the plan's name, e.g. "Boligplan 2018–2021" (key "tittel").
	Title string
	// Municipality is the municipality's name, e.g. "Bodø kommune" (key "kommune").
	Municipality string
	// Unit is the responsible unit (key "enhet"), e.g. "Nærings- og
	// utviklingsavdelingen, seksjon plan og samfunn".
	Unit string
	// Type is the plan type (key "plantype"); it decides the rules.
	Type PlanType
	// Language is the plan's målform, Bokmal or Nynorsk (key "målform"):
	// the language of the documents made from it.
	Language Language
	// CaseNumber is the archive case number (key "arkivsak"), e.g. "2016/4711".
	CaseNumber string
	// CaseOfficer is the saksbehandler named in saksframlegg drafts (key
	// "saksbehandler").
	CaseOfficer string
	// Version is the process plan's version, e.g. "1.0" (key "versjon").
	Version string
	// Status says whether the process plan is a draft or adopted (key "status").
	Status PlanStatus
	// AdoptedBy and AdoptedDate say who adopted the process plan, and when
	// (keys "vedtatt-av" and "vedtatt-dato").
	AdoptedBy   string
	AdoptedDate Date
	// Date is the plan's own date (key "dato"). Generated documents carry
	// it as their creation date, so output does not depend on the wall clock.
	Date Date
	// CouncilConstituted is when the current municipal council was
	// constituted (key "kommunestyre-konstituert"); the planstrategi
	// deadline (pbl § 10-1) counts from it.
	CouncilConstituted Date
	// WithStrategy is set when the kommunal planstrategi is made together
	// with the planprogram of a kommuneplan in one process (key
	// "med-planstrategi"; pbl § 10-1 third paragraph): the § 10-1 rules
	// then apply to the decision that fixes the planprogram.
	WithStrategy bool
	// Municipalities are the municipalities of a joint plan (interkommunal
	// plan, pbl chapter 9), each adopting the plan in its own council (key
	// "kommuner"). Empty for a plan of one municipality, which Municipality
	// names.
	Municipalities []Municipality

	// Background says why the plan is made now, in paragraphs (key "bakgrunn").
	Background []string
	// Mandate says who ordered the work and what it covers, in paragraphs
	// (key "mandat").
	Mandate []string
	// Goals are the goals of the planning work (key "mål").
	Goals []string
	// DesiredResult is what is to be achieved when the process is over
	// (key "ønsket-resultat").
	DesiredResult string
	// TargetAreas are the plan's målområder (key "målområder").
	TargetAreas []string
	// LegalBasis names the laws and guidelines the plan rests on, in
	// paragraphs (key "lovgrunnlag"). The statutory steps of the plan
	// type are not repeated here: documents print them from [RulesFor].
	LegalBasis []string

	// Groups and People are the project organisation (keys "grupper" and
	// "personer" under "organisering").
	Groups []Group
	People []Person
	// Bodies are the political bodies and statutory councils with their
	// meetings: the municipality's møteplan (key "organer").
	Bodies []Body

	// Phases hold the activities, in order (key "faser").
	Phases []Phase
	// Participation says who takes part in the process, and how (key
	// "medvirkning").
	Participation []Participation

	// SuccessFactors are the conditions for the process to succeed (key
	// "suksessfaktorer").
	SuccessFactors []string
	// Risks are the risks to the process (key "risikoer").
	Risks []Risk
	// Resources are what the process needs (key "ressurser").
	Resources []Resource
	// Attachments are the documents attached to the plan (key "vedlegg").
	Attachments []Attachment
	// Related are other plan processes this one is linked to, e.g. the
	// arealdel revised at the same time (key "relaterte-planer").
	Related []RelatedPlan
	// Objections are the innsigelser raised against the plan proposal
	// (key "innsigelser"; pbl § 5-4).
	Objections []Objection

	// Calendar adjusts the working-day calendar (key "kalender").
	Calendar CalendarSettings

	// Pos is where the plan begins in its file.
	Pos Pos
}

// Municipality is one of the municipalities of a joint plan (an item of
// "kommuner").
type Municipality struct {
	// ID is how bodies refer to the municipality, e.g. "bodo" (key "id").
	ID string
	// Name is the municipality's name, e.g. "Bodø kommune" (key "navn").
	Name string
	// Profile names the municipal profile its documents are made with,
	// e.g. "bodo" (key "profil").
	Profile string
	// Pos is where the municipality is written in the plan file.
	Pos Pos
}

// RelatedPlan is another plan process the plan is linked to.
type RelatedPlan struct {
	// Name is the other plan's name (key "navn").
	Name string
	// URL is where to read about it, if anywhere (key "url").
	URL string
	// Comment says how the two are linked (key "merknad").
	Comment string
	// Pos is where the link is written in the plan file.
	Pos Pos
}

// ObjectionStatus says whether an innsigelse is still standing.
type ObjectionStatus string

// Objection statuses.
const (
	ObjectionOpen      ObjectionStatus = "uløst"
	ObjectionResolved  ObjectionStatus = "løst"
	ObjectionWithdrawn ObjectionStatus = "trukket"
)

// Objection is an innsigelse (pbl § 5-4) against the plan proposal.
type Objection struct {
	// From is the body that raised it, e.g. "Statsforvalteren i Nordland"
	// (key "fra").
	From string
	// Subject is what it is about (key "tema").
	Subject string
	// Date is when it was raised (key "dato").
	Date Date
	// Status says whether it still stands (key "status"); ObjectionOpen
	// when not given.
	Status ObjectionStatus
	// Mediation is the number of the mekling activity (pbl § 5-6) that
	// treats it, if any (key "mekling").
	Mediation string
	// Pos is where the objection is written in the plan file.
	Pos Pos
}

// Open reports whether the objection still stands.
func (o Objection) Open() bool {
	return o.Status != ObjectionResolved && o.Status != ObjectionWithdrawn
}

// Person is someone named in the plan (an item of "personer").
type Person struct {
	// ID is how the rest of the plan refers to the person, e.g.
	// "prosjektleder" (key "id"); unique among people, groups and bodies.
	ID string
	// Name is the person's name (key "navn").
	Name string
	// Title is the person's role, e.g. "prosjektleder", "seksjonsleder"
	// (key "tittel").
	Title string
	// Unit is the person's unit in the municipality (key "enhet").
	Unit string
	// Email is the person's e-mail address (key "epost").
	Email string
	// Pos is where the person is written in the plan file.
	Pos Pos
}

// GroupKind is the role a group plays in the project organisation.
type GroupKind string

// Group kinds.
const (
	SteeringGroup  GroupKind = "styringsgruppe"
	ProjectGroup   GroupKind = "prosjektgruppe"
	WorkingGroup   GroupKind = "arbeidsgruppe"
	ReferenceGroup GroupKind = "referansegruppe"
	OtherGroup     GroupKind = "annen"
)

// Group is a group in the project organisation (an item of "grupper").
type Group struct {
	// ID is how the rest of the plan refers to the group (key "id").
	ID string
	// Name is the group's name, e.g. "Prosjektgruppa" (key "navn").
	Name string
	// Kind is the group's role (key "type").
	Kind GroupKind
	// Responsibility says what the group answers for (key "ansvar").
	Responsibility string
	// Leader is the ID of a Person, if any (key "leder").
	Leader string
	// Members are the group's members (key "medlemmer").
	Members []Member
	// Pos is where the group is written in the plan file.
	Pos Pos
}

// Member is a member of a group: a person of the plan (Person set to its
// ID) or an organisation or person named only here.
type Member struct {
	// Person is the ID of a Person, or empty (key "person").
	Person string
	// Name is the member's name when Person is empty (key "navn").
	Name string
	// Organisation is the organisation the member comes from (key
	// "organisasjon").
	Organisation string
	// Role is the member's role in the group, e.g. "leder" (key "rolle").
	Role string
	// Pos is where the member is written in the plan file.
	Pos Pos
}

// BodyKind is the kind of a political body or council.
type BodyKind string

// Body kinds. The three statutory councils of kommuneloven § 5-12 have their
// own kinds because they must see cases that concern them before the
// deciding body does.
const (
	MunicipalCouncil  BodyKind = "kommunestyre" // kommunestyre or bystyre
	ExecutiveBoard    BodyKind = "formannskap"
	Committee         BodyKind = "utvalg" // hovedutvalg, komité
	ElderlyCouncil    BodyKind = "eldreråd"
	DisabilityCouncil BodyKind = "råd-for-personer-med-funksjonsnedsettelse"
	YouthCouncil      BodyKind = "ungdomsråd"
	SubMunicipal      BodyKind = "kommunedelsutvalg"
	Administrative    BodyKind = "administrativ" // e.g. rådmannens ledergruppe
	OtherBody         BodyKind = "annet"
)

// IsStatutoryCouncil reports whether k is one of the councils every
// municipality must have under kommuneloven § 5-12.
func (k BodyKind) IsStatutoryCouncil() bool {
	return k == ElderlyCouncil || k == DisabilityCouncil || k == YouthCouncil
}

// Body is a political body or council with its meetings (its part of the
// møteplan).
type Body struct {
	// ID is how decisions and participants refer to the body, e.g.
	// "bystyret" (key "id").
	ID string
	// Name is the body's name, e.g. "Bystyret" (key "navn").
	Name string
	// Kind is the kind of body (key "type").
	Kind BodyKind
	// NoticeDays is how many calendar days before a meeting the finished
	// saksframlegg must be ready: the saksfrist (key "saksfrist-dager").
	NoticeDays int
	// Meetings are the body's meeting dates (key "møter").
	Meetings []Date
	// Municipality is the ID of the body's municipality in a joint plan
	// (key "kommune"); empty in a plan of one municipality.
	Municipality string
	// Place is where the body meets, e.g. "Bystyresalen, Rådhuset" (key
	// "sted"): the location of its meetings in the calendar.
	Place string
	// MeetingPlaces are the places of meetings held elsewhere than Place,
	// by date: a meeting written as «{dato: 2017-12-07, sted: Stormen}»
	// under "møter". Nil when there are none.
	MeetingPlaces map[Date]string
	// Pos is where the body is written in the plan file.
	Pos Pos
}

// MeetingPlace returns where the body's meeting on d is held: the
// meeting's own place, or the body's.
func (b *Body) MeetingPlace(d Date) string {
	if p, ok := b.MeetingPlaces[d]; ok && p != "" {
		return p
	}
	return b.Place
}

// Phase is a phase (fase, trinn) of the process (an item of "faser").
type Phase struct {
	// ID is the phase's number, e.g. "1" (key "id").
	ID string
	// Name is the phase's name, e.g. "Oppstart" (key "navn").
	Name string
	// Description says what the phase is for (key "beskrivelse").
	Description string
	// Start and End are the phase's planned span, as agreed in the
	// process plan (keys "start" and "slutt"). When set, the phase's
	// activities must fall inside it (Check warns otherwise); when zero,
	// the span follows from the activities.
	Start, End Date
	// Activities are the phase's activities, in order (key "aktiviteter").
	Activities []Activity
	// Pos is where the phase is written in the plan file.
	Pos Pos
}

// ActivityKind is the type of an activity.
type ActivityKind string

// Activity kinds. The values are the plan file's words.
const (
	Work              ActivityKind = "arbeid"
	Meeting           ActivityKind = "møte"
	Workshop          ActivityKind = "arbeidsverksted"
	PublicMeeting     ActivityKind = "folkemøte"
	Hearing           ActivityKind = "høring" // høring and offentlig ettersyn
	PoliticalDecision ActivityKind = "politisk-behandling"
	Deadline          ActivityKind = "frist"
	Milestone         ActivityKind = "milepæl"
	// Notice is varsel om oppstart and its kunngjøring (pbl § 11-12,
	// § 12-8): it carries out the start-notice step without a political
	// decision.
	Notice ActivityKind = "varsel"
	// Survey is a spørreundersøkelse; InputRound an innspillsrunde.
	Survey     ActivityKind = "spørreundersøkelse"
	InputRound ActivityKind = "innspillsrunde"
	// Mediation is mekling of innsigelser (pbl § 5-6).
	Mediation ActivityKind = "mekling"
)

// Precision says how exactly a date was given in the plan file.
type Precision uint8

// Date precisions. A week starts on its Monday and ends on its Friday; a
// month starts on its first and ends on its last working day.
const (
	DayPrecision Precision = iota
	WeekPrecision
	MonthPrecision
)

// ActivityStatus is how far an activity has come.
type ActivityStatus string

// Activity statuses.
const (
	NotStarted ActivityStatus = "ikke-startet"
	InProgress ActivityStatus = "pågår"
	Done       ActivityStatus = "ferdig"
	Postponed  ActivityStatus = "utsatt"
	Cancelled  ActivityStatus = "avlyst"
)

// Activity is one row of the framdriftsplan: what (Name), why (Purpose),
// who (Responsible, Participants) and when (Start/End, or Duration after
// predecessors).
type Activity struct {
	// ID is the activity's number, e.g. "1.3", unique in the plan (key "nr").
	ID string
	// Name says what is done (key "navn").
	Name string
	// Purpose says why it is done (key "hensikt").
	Purpose string
	// Responsible is the ID of a Person or Group, or the name of a party
	// outside the organisation, e.g. "Kommunestyret" (key "ansvarlig").
	// When several share the responsibility it is the first of them.
	Responsible string
	// AlsoResponsible are the others who share the responsibility, when
	// "ansvarlig" is a list: IDs or names as for Responsible.
	AlsoResponsible []string
	// Participants are IDs of Persons, Groups or Bodies, or the names of
	// parties outside the organisation, e.g. "Innbyggere" (key
	// "deltakere"). [Plan.Name] gives the name to show for either.
	Participants []string
	// Kind is the type of activity (key "type").
	Kind ActivityKind
	// Start and End are fixed dates (keys "start" and "slutt"). When Start
	// is zero the activity starts after its predecessors; when End is zero
	// it lasts Duration.
	Start, End Time
	// StartPrecision and EndPrecision say whether Start and End were
	// given as days, weeks ("uke 43 2017") or months ("2018-10",
	// "oktober 2018"), so documents can show them as written.
	StartPrecision, EndPrecision Precision
	// Tentative marks the dates as not yet decided (key "foreløpig", or a
	// "~" before the date: "start: ~2018-10"); documents show "(foreløpig)".
	Tentative bool
	// FixedDate marks dates fixed by the sources, e.g. an announced
	// meeting on a Saturday (key "fast-dato"): Check does not ask to move
	// them.
	FixedDate bool
	// Duration is how long the activity lasts (key "varighet").
	Duration Duration
	// After are the activities this one comes after (key "etter").
	After []Dependency
	// Decision is the decision point the activity carries (key "vedtak").
	// It is set on activities of kind PoliticalDecision, and may be set on a
	// Meeting, Workshop or PublicMeeting that also decides: a workshop in the
	// municipal council that ends with its decision. On a Milestone it is
	// an administrative decision (its body is of kind Administrative):
	// approval in a leader or steering group. Use [Activity.IsDecision]
	// rather than the kind.
	Decision *Decision
	// Method is how the activity is carried out, e.g. "Gruppearbeid,
	// post-it-lapper" (key "metode"): the Metode column of a workshop's
	// run sheet.
	Method string
	// Deliverable is what the activity delivers (key "leveranse").
	Deliverable string
	// Status says how far the activity has come (key "status").
	Status ActivityStatus
	// Comment is a free remark (key "merknad").
	Comment string
	// Pos is where the activity is written in the plan file: its first key.
	Pos Pos
}

// IsDecision reports whether the activity carries a decision point.
func (a *Activity) IsDecision() bool { return a.Decision != nil }

// ResponsibleParties returns everyone responsible for the activity:
// Responsible, then AlsoResponsible.
func (a *Activity) ResponsibleParties() []string {
	if a.Responsible == "" {
		return a.AlsoResponsible
	}
	return append([]string{a.Responsible}, a.AlsoResponsible...)
}

// Dependency is a finish-to-start link: the activity starts Lag after
// activity ID ends.
type Dependency struct {
	// ID is the number of the activity this one comes after (key "nr",
	// or the item itself when written as a plain number).
	ID string
	// Lag is the time between the end of activity ID and the start of
	// this one (key "etterslep"); zero means the next working day.
	Lag Duration
	// Pos is where the dependency is written in the plan file.
	Pos Pos
}

// DecisionKind is what a political decision point is to decide.
type DecisionKind string

// Decision kinds.
const (
	StartNotice         DecisionKind = "melding-om-oppstart"
	ProcessPlanApproval DecisionKind = "godkjenning-av-prosessplan"
	PlanProgramFixing   DecisionKind = "fastsetting-av-planprogram"
	HearingDecision     DecisionKind = "utlegging-til-høring"
	FinalDecision       DecisionKind = "sluttbehandling"
	Briefing            DecisionKind = "orientering"
)

// Decision is a political decision point: the case goes through Route
// (statutory councils, then committee or formannskap) and is decided by Body.
type Decision struct {
	// Kind is what the decision is to decide (key "type").
	Kind DecisionKind
	// Body is the ID of the deciding body (key "organ").
	Body string
	// Route lists the IDs of the bodies that treat the case before Body,
	// in order (key "saksgang").
	Route []string
	// Meeting fixes the deciding body's meeting date (key "møte"). When
	// zero, the decision goes to the first meeting of Body after the
	// activity's predecessors (and after the Route's meetings).
	Meeting Date
	// Hearing is the ID of the høring activity whose period a
	// HearingDecision puts out, if any (key "høring").
	Hearing string
	// Proposal holds the planner's own numbered points of the
	// recommendation (key "innstilling"); when empty, wording for Kind and
	// the plan type is generated.
	Proposal []string
	// Summary is a short account of the case for the saksframlegg (key
	// "sammendrag").
	Summary string

	// CaseNumbers are the case's numbers in the bodies' meetings, e.g.
	// "PS 12/17", in the order written (key "saksnummer", a mapping from
	// body id to number). A body without one gets an empty field to fill in.
	CaseNumbers []CaseNumber
	// ArchiveCode is the archive classification, arkivkode (key "arkivkode").
	ArchiveCode string
	// JournalNo is the case document's registry entry, løpenr. or
	// journalpost (key "journalpost").
	JournalNo string
	// Attachments are the documents attached to this case (key "vedlegg").
	Attachments []string
	// NotAttached are the other documents of the case, named but not
	// attached (key "ikke-vedlagt").
	NotAttached []string
	// Assessment is the case officer's own vurdering, in paragraphs (key
	// "vurdering"); the saksframlegg prints it after what it drafts from data.
	Assessment []string
	// Prepared is the innstilling of the body that prepared the case for
	// the deciding body, e.g. formannskapet's to the kommunestyre, once it
	// is made (key "innstilling-fra").
	Prepared *PreparedProposal
	// HearingReport is what a høring gave (key "høringen"): on a hearing
	// decision, who is consulted; on a final decision, the statements,
	// their main points and any innsigelser.
	HearingReport *HearingReport
	// Outcome is what was decided, once the case has been treated (key
	// "utfall"). Later saksframlegg name it among the earlier decisions.
	Outcome *Outcome

	// Pos is where the decision is written in the plan file.
	Pos Pos
}

// CaseNumber is a case's number in one body's meeting.
type CaseNumber struct {
	// Body is the id of the body.
	Body string
	// Number is the case number in that body, e.g. "PS 12/17".
	Number string
	// Pos is where the number is written in the plan file.
	Pos Pos
}

// PreparedProposal is the innstilling of a body that prepared a case for
// the deciding body (key "innstilling-fra").
type PreparedProposal struct {
	// Body is the id of the body (key "organ").
	Body string
	// Date is the meeting where it was made (key "dato").
	Date Date
	// Points are the body's numbered points (key "innstilling").
	Points []string
	// Pos is where it is written in the plan file.
	Pos Pos
}

// HearingReport is what a høring is and gave (key "høringen").
type HearingReport struct {
	// Parties are those the proposal is sent to (key "instanser").
	Parties []string
	// Statements is the number of statements received (key
	// "uttalelser"); zero means not yet recorded.
	Statements int
	// From are those who gave statements (key "uttalelser-fra").
	From []string
	// MainPoints are the main points of the statements (key "hovedpunkter").
	MainPoints []string
	// Objections are the innsigelser raised (key "innsigelser").
	Objections []HearingObjection
	// Pos is where it is written in the plan file.
	Pos Pos
}

// HearingObjection is an innsigelse (pbl § 5-4) raised in a høring, and
// how it was met.
type HearingObjection struct {
	// From is who raised it, e.g. "Fylkesmannen i Nordland" (key "instans").
	From string
	// Concerns is what it is about (key "gjelder").
	Concerns string
	// Resolution is how it was met, e.g. "løst ved endring av bestemmelse
	// 2.3"; empty while it is unresolved (key "løsning").
	Resolution string
	// Pos is where it is written in the plan file.
	Pos Pos
}

// OutcomeStatus is how a case ended in the deciding body.
type OutcomeStatus string

// Outcome statuses. The values are the plan file's words.
const (
	OutcomeAdopted  OutcomeStatus = "vedtatt"
	OutcomeAmended  OutcomeStatus = "vedtatt-med-endringer"
	OutcomeDeferred OutcomeStatus = "utsatt"
	OutcomeRejected OutcomeStatus = "ikke-vedtatt"
)

// Outcome is what the deciding body decided (key "utfall").
type Outcome struct {
	// Date is the meeting date (key "dato").
	Date Date
	// CaseNumber is the case's number there, e.g. "PS 17/23" (key "saksnr").
	CaseNumber string
	// Text is the decision as adopted, in points (key "vedtak").
	Text []string
	// Status says how the case ended (key "status").
	Status OutcomeStatus
	// Pos is where it is written in the plan file.
	Pos Pos
}

// CaseNumberIn returns the case number of d in body, or "".
func (d *Decision) CaseNumberIn(body string) string {
	for _, c := range d.CaseNumbers {
		if c.Body == body {
			return c.Number
		}
	}
	if d.Outcome != nil && body == d.Body {
		return d.Outcome.CaseNumber
	}
	return ""
}

// IsAdministrative reports whether decision d is taken by an administrative
// body (a leader group, a steering group, the kommunedirektør): such a
// decision is a milestone of the plan, gets no saksframlegg, and the rules
// for political cases (statutory councils, saksfrist) do not apply to it.
func (p *Plan) IsAdministrative(d *Decision) bool {
	if d == nil {
		return false
	}
	b := p.Body(d.Body)
	return b != nil && b.Kind == Administrative
}

// Participation describes how a group is involved: who, how, when, why.
type Participation struct {
	// Who takes part, e.g. "Innbyggere" (key "hvem").
	Who string
	// How they take part, e.g. "Folkemøte" (key "hvordan").
	How string
	// When it happens, in words (key "når").
	When string
	// Why they take part (key "hvorfor").
	Why string
	// Activities are IDs of the activities where it happens (key "aktiviteter").
	Activities []string
	// Pos is where the item is written in the plan file.
	Pos Pos
}

// Risk is a risk to the process and what is done about it.
type Risk struct {
	// Description is the risk (key "beskrivelse").
	Description string
	// Consequence is what happens if it comes true (key "konsekvens").
	Consequence string
	// Mitigation is what is done about it (key "tiltak").
	Mitigation string
	// Pos is where the risk is written in the plan file.
	Pos Pos
}

// Resource is a resource the process needs: staff time, money, tools.
type Resource struct {
	// What is needed, e.g. "Prosjektleder" (key "hva").
	What string
	// Amount is how much, in words, e.g. "60 %" (key "omfang").
	Amount string
	// Kroner is the cost in whole kroner (key "beløp"), so the costs of
	// the plan can be summed; zero means none given.
	Kroner int
	// Percent is staff time as a percentage of a full-time position (key
	// "stillingsprosent"), e.g. 60; zero means none given.
	Percent int
	// Comment is a free remark (key "merknad").
	Comment string
	// Pos is where the resource is written in the plan file.
	Pos Pos
}

// Attachment is a document attached to the plan.
type Attachment struct {
	// Title is the document's title (key "tittel").
	Title string
	// Reference is where to find it: an archive reference or a web
	// address (key "referanse").
	Reference string
	// Pos is where the attachment is written in the plan file.
	Pos Pos
}

// CalendarSettings adjust the working-day calendar for a plan.
type CalendarSettings struct {
	// SummerFromMonth/Day and SummerToMonth/Day are the first and last day
	// of the common summer holiday, fellesferie (keys "fra" and "til"
	// under "fellesferie", e.g. "01.07"). When they are zero, July is used.
	SummerFromMonth, SummerFromDay int
	SummerToMonth, SummerToDay     int
	// Closures are local closures (e.g. Christmas week) in addition to
	// public holidays (key "stengt").
	Closures []Closure
}

// Closure is a named period when the municipality does not work on the plan.
type Closure struct {
	// Name says what the closure is, e.g. "Romjul" (key "navn").
	Name string
	// Range is the closed days, both included (keys "fra" and "til").
	Range DateRange
	// Pos is where the closure is written in the plan file.
	Pos Pos
}

// Activities returns pointers to every activity of the plan in plan order.
func (p *Plan) Activities() []*Activity {
	var out []*Activity
	for i := range p.Phases {
		for j := range p.Phases[i].Activities {
			out = append(out, &p.Phases[i].Activities[j])
		}
	}
	return out
}

// Activity returns the activity with the given ID, or nil.
func (p *Plan) Activity(id string) *Activity {
	for i := range p.Phases {
		for j := range p.Phases[i].Activities {
			if p.Phases[i].Activities[j].ID == id {
				return &p.Phases[i].Activities[j]
			}
		}
	}
	return nil
}

// Body returns the body with the given ID, or nil.
func (p *Plan) Body(id string) *Body {
	for i := range p.Bodies {
		if p.Bodies[i].ID == id {
			return &p.Bodies[i]
		}
	}
	return nil
}

// Group returns the group with the given ID, or nil.
func (p *Plan) Group(id string) *Group {
	for i := range p.Groups {
		if p.Groups[i].ID == id {
			return &p.Groups[i]
		}
	}
	return nil
}

// Person returns the person with the given ID, or nil.
func (p *Plan) Person(id string) *Person {
	for i := range p.People {
		if p.People[i].ID == id {
			return &p.People[i]
		}
	}
	return nil
}

// Known reports whether id is the ID of a person, group or body of the
// plan; a participant or responsible that is not is a party named by
// text, like "Innbyggere".
func (p *Plan) Known(id string) bool {
	return p.Person(id) != nil || p.Group(id) != nil || p.Body(id) != nil
}

// MunicipalityByID returns the municipality of a joint plan with the
// given ID, or nil.
func (p *Plan) MunicipalityByID(id string) *Municipality {
	for i := range p.Municipalities {
		if p.Municipalities[i].ID == id {
			return &p.Municipalities[i]
		}
	}
	return nil
}

// Name returns the display name of a person, group or body ID, or id
// itself when the plan does not know it: a party named by text, like
// "Innbyggere", is its own name.
func (p *Plan) Name(id string) string {
	if x := p.Person(id); x != nil {
		return x.Name
	}
	if x := p.Group(id); x != nil {
		return x.Name
	}
	if x := p.Body(id); x != nil {
		return x.Name
	}
	return id
}
