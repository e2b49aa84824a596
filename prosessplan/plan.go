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
	File string
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
type Plan struct {
	// File is the name of the file the plan was read from, if any.
	File string

	Title        string
	Municipality string
	// Unit is the responsible unit (ansvarlig enhet), e.g. "Nærings- og
	// utviklingsavdelingen, seksjon plan og samfunn".
	Unit     string
	Type     PlanType
	Language Language // målform: Bokmal or Nynorsk
	// CaseNumber is the archive case number (arkivsaksnummer), e.g. "2016/4711".
	CaseNumber string
	// CaseOfficer is the saksbehandler named in saksframlegg drafts.
	CaseOfficer string
	Version     string
	Status      PlanStatus
	// AdoptedBy and AdoptedDate say who adopted the process plan, and when.
	AdoptedBy   string
	AdoptedDate Date
	// Date is the plan's own date. Generated documents carry it as their
	// creation date, so output does not depend on the wall clock.
	Date Date
	// CouncilConstituted is when the current municipal council was
	// constituted; the planstrategi deadline (pbl § 10-1) counts from it.
	CouncilConstituted Date

	Background    []string // paragraphs
	Mandate       []string // paragraphs
	Goals         []string
	DesiredResult string
	TargetAreas   []string // målområder
	LegalBasis    []string // paragraphs

	Groups []Group
	People []Person
	// Bodies are the political bodies and statutory councils with their
	// meetings: the municipality's møteplan.
	Bodies []Body

	Phases        []Phase
	Participation []Participation

	SuccessFactors []string
	Risks          []Risk
	Resources      []Resource
	Attachments    []Attachment

	Calendar CalendarSettings

	Pos Pos
}

// Person is someone named in the plan.
type Person struct {
	ID    string
	Name  string
	Title string // e.g. "prosjektleder", "seksjonsleder"
	Unit  string
	Email string
	Pos   Pos
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

// Group is a group in the project organisation.
type Group struct {
	ID             string
	Name           string
	Kind           GroupKind
	Responsibility string
	// Leader is the ID of a Person, if any.
	Leader  string
	Members []Member
	Pos     Pos
}

// Member is a member of a group: a person of the plan (Person set to its
// ID) or an organisation or person named only here.
type Member struct {
	Person       string // ID of a Person, or empty
	Name         string
	Organisation string
	Role         string
	Pos          Pos
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
	ID   string
	Name string
	Kind BodyKind
	// NoticeDays is how many calendar days before a meeting the finished
	// saksframlegg must be ready (saksfrist).
	NoticeDays int
	Meetings   []Date
	Pos        Pos
}

// Phase is a phase (fase, trinn) of the process.
type Phase struct {
	ID          string
	Name        string
	Description string
	// Start and End are the phase's planned span, as agreed in the
	// process plan. When set, the phase's activities must fall inside it
	// (Check warns otherwise); when zero, the span follows from the
	// activities.
	Start, End Date
	Activities []Activity
	Pos        Pos
}

// ActivityKind is the type of an activity.
type ActivityKind string

// Activity kinds. The values are the plan file's words.
const (
	Work         ActivityKind = "arbeid"
	Meeting      ActivityKind = "møte"
	Workshop     ActivityKind = "arbeidsverksted"
	PublicMeet   ActivityKind = "folkemøte"
	Hearing      ActivityKind = "høring" // høring and offentlig ettersyn
	PoliticalDec ActivityKind = "politisk-behandling"
	Deadline     ActivityKind = "frist"
	Milestone    ActivityKind = "milepæl"
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
	// ID is the activity's number, e.g. "1.3", unique in the plan.
	ID      string
	Name    string
	Purpose string // hensikt
	// Responsible is the ID of a Person or Group.
	Responsible string
	// Participants are IDs of Persons, Groups or Bodies.
	Participants []string
	Kind         ActivityKind
	// Start and End are fixed dates. When Start is zero the activity starts
	// after its predecessors; when End is zero it lasts Duration.
	Start, End Time
	Duration   Duration
	After      []Dependency
	// Decision is set on activities of kind PoliticalDec: the decision
	// point the activity carries to the political bodies.
	Decision    *Decision
	Deliverable string
	Status      ActivityStatus
	Comment     string
	Pos         Pos
}

// Dependency is a finish-to-start link: the activity starts Lag after
// activity ID ends.
type Dependency struct {
	ID  string
	Lag Duration
	Pos Pos
}

// DecisionKind is what a political decision point is to decide.
type DecisionKind string

// Decision kinds.
const (
	StartNotice       DecisionKind = "melding-om-oppstart"
	ProcessPlanApp    DecisionKind = "godkjenning-av-prosessplan"
	PlanProgramFixing DecisionKind = "fastsetting-av-planprogram"
	HearingDecision   DecisionKind = "utlegging-til-høring"
	FinalDecision     DecisionKind = "sluttbehandling"
	Briefing          DecisionKind = "orientering"
)

// Decision is a political decision point: the case goes through Route
// (statutory councils, then committee or formannskap) and is decided by Body.
type Decision struct {
	Kind DecisionKind
	// Body is the ID of the deciding body.
	Body string
	// Route lists the IDs of the bodies that treat the case before Body, in order.
	Route []string
	// Meeting fixes the deciding body's meeting date. When zero, the
	// decision goes to the first meeting of Body after the activity's
	// predecessors (and after the Route's meetings).
	Meeting Date
	// Hearing is the ID of the høring activity whose period a
	// HearingDecision puts out, if any.
	Hearing string
	// Proposal holds the planner's own numbered points of the
	// recommendation; when empty, wording for Kind and the plan type is generated.
	Proposal []string
	Summary  string
	Pos      Pos
}

// Participation describes how a group is involved: who, how, when, why.
type Participation struct {
	Who  string
	How  string
	When string
	Why  string
	// Activities are IDs of the activities where it happens.
	Activities []string
	Pos        Pos
}

// Risk is a risk to the process and what is done about it.
type Risk struct {
	Description string
	Consequence string
	Mitigation  string
	Pos         Pos
}

// Resource is a resource the process needs: staff time, money, tools.
type Resource struct {
	What    string
	Amount  string
	Comment string
	Pos     Pos
}

// Attachment is a document attached to the plan.
type Attachment struct {
	Title     string
	Reference string
	Pos       Pos
}

// CalendarSettings adjust the working-day calendar for a plan.
type CalendarSettings struct {
	// SummerHoliday is the common summer holiday (fellesferie). When
	// SummerFrom/SummerTo are zero, July is used.
	SummerFromMonth, SummerFromDay int
	SummerToMonth, SummerToDay     int
	// Closures are local closures (e.g. Christmas week) in addition to
	// public holidays.
	Closures []Closure
}

// Closure is a named period when the municipality does not work on the plan.
type Closure struct {
	Name  string
	Range DateRange
	Pos   Pos
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

// Name returns the display name of a person, group or body ID, or id
// itself when the plan does not know it.
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
