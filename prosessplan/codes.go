package prosessplan

// Problem codes of reading plan files and workbooks and of validating a
// plan. The codes of scheduling and of Check are beside their checks
// (scheduler.go, check.go). Codes are stable across versions: tools and
// tests match on them, never on messages.
const (
	// CodeDecodeSyntax: the file is not valid YAML or JSON, holds more than
	// one document, or uses aliases so much that it grows too large.
	CodeDecodeSyntax = "PP-DECODE-SYNTAX"
	// CodeDecodeTooLarge: the file is larger than MaxFileSize, or nested
	// deeper than a plan can be.
	CodeDecodeTooLarge = "PP-DECODE-TOO-LARGE"
	// CodeDecodeTooMany: more problems than are reported from one file;
	// the last problem says how many were left out.
	CodeDecodeTooMany = "PP-DECODE-TOO-MANY"
	// CodeDecodeFormat: the file's format version is not one this program
	// reads.
	CodeDecodeFormat = "PP-DECODE-FORMAT"
	// CodeDecodeMissing: a required key is missing or empty, or the file
	// is empty.
	CodeDecodeMissing = "PP-DECODE-MISSING"
	// CodeDecodeType: a value is of the wrong kind (a list where a text
	// belongs, a word where a number does …).
	CodeDecodeType = "PP-DECODE-TYPE"
	// CodeDecodeUnknownKey: a key the format does not have here.
	CodeDecodeUnknownKey = "PP-DECODE-UNKNOWN-KEY"
	// CodeDecodeInvisible: a key or value holds an invisible or control
	// character.
	CodeDecodeInvisible = "PP-DECODE-INVISIBLE"
	// CodeDecodeDuplicateKey: a key appears twice in one object.
	CodeDecodeDuplicateKey = "PP-DECODE-DUPLICATE-KEY"
	// CodeDecodeDuplicateID: two people, groups or bodies (or two phases)
	// share an id.
	CodeDecodeDuplicateID = "PP-DECODE-DUPLICATE-ID"
	// CodeDecodeDuplicateNr: two activities share a number.
	CodeDecodeDuplicateNr = "PP-DECODE-DUPLICATE-NR"
	// CodeDecodeEnum: an enumerated value (plantype, type, status …) that
	// is not one of its values.
	CodeDecodeEnum = "PP-DECODE-ENUM"
	// CodeDecodeDate: a date, time of day or day of the year that cannot
	// be read or does not exist.
	CodeDecodeDate = "PP-DECODE-DATE"
	// CodeDecodeWeek: a week number the year does not have.
	CodeDecodeWeek = "PP-DECODE-WEEK"
	// CodeDecodeDuration: a duration or lag that cannot be read, is not
	// positive, or is too long.
	CodeDecodeDuration = "PP-DECODE-DURATION"
	// CodeDecodeDecisionKind: "vedtak" on an activity that is not a
	// political decision.
	CodeDecodeDecisionKind = "PP-DECODE-DECISION-KIND"
	// CodeDecodeUnknownPerson: a person id that names no person.
	CodeDecodeUnknownPerson = "PP-DECODE-UNKNOWN-PERSON"
	// CodeDecodeUnknownResponsible: an ansvarlig that names no person or
	// group.
	CodeDecodeUnknownResponsible = "PP-DECODE-UNKNOWN-RESPONSIBLE"
	// CodeDecodeUnknownParticipant: a deltaker that names no person, group
	// or body.
	CodeDecodeUnknownParticipant = "PP-DECODE-UNKNOWN-PARTICIPANT"
	// CodeDecodeUnknownBody: an organ or saksgang that names no body.
	CodeDecodeUnknownBody = "PP-DECODE-UNKNOWN-BODY"
	// CodeDecodeUnknownActivity: an activity number (etter, høring,
	// aktiviteter) that names no activity.
	CodeDecodeUnknownActivity = "PP-DECODE-UNKNOWN-ACTIVITY"
)

// Problem codes of reading an edited Gantt workbook back into a plan
// (package render/xlsx).
const (
	// CodeXLSXRow: a row has a number but no activity.
	CodeXLSXRow = "PP-XLSX-ROW"
	// CodeXLSXDate: a Start or Slutt cell that is not a date.
	CodeXLSXDate = "PP-XLSX-DATE"
	// CodeXLSXType: a Type cell that is not an activity type.
	CodeXLSXType = "PP-XLSX-TYPE"
	// CodeXLSXStatus: a Status cell that is not an activity status.
	CodeXLSXStatus = "PP-XLSX-STATUS"
	// CodeXLSXPhase: an activity row before the first phase row.
	CodeXLSXPhase = "PP-XLSX-PHASE"
	// CodeXLSXDuplicate: two rows with the same activity number.
	CodeXLSXDuplicate = "PP-XLSX-DUPLICATE"
	// CodeXLSXFormula: a formula whose value cannot be worked out (no
	// cached value, and not one the reader can evaluate).
	CodeXLSXFormula = "PP-XLSX-FORMULA"
	// CodeXLSXSize: the workbook, or a sheet in it, is larger than the
	// reader accepts.
	CodeXLSXSize = "PP-XLSX-SIZE"
	// CodeXLSXHidden: the hidden sheet that holds the plan is missing or
	// damaged.
	CodeXLSXHidden = "PP-XLSX-HIDDEN"
	// CodeXLSXHeader: a sheet with no row of column titles naming at
	// least Aktivitet, Start and Slutt.
	CodeXLSXHeader = "PP-XLSX-HEADER"
)

// Problem codes of validating a plan, however it was made (decoded, built
// in Go, read from a workbook): required fields and known values. Decode
// reports the same faults with their own PP-DECODE-* codes and positions,
// so a decoded plan never has these.
const (
	// CodePlanMissing: a required field is empty (the plan's title, an
	// id, an activity's number, a decision's type or body).
	CodePlanMissing = "PP-PLAN-MISSING"
	// CodePlanValue: a field holds a value its type does not have (a plan
	// type, language, status or kind that is not one of the constants).
	CodePlanValue = "PP-PLAN-VALUE"
	// CodePlanDuplicate: two people, groups or bodies, two phases or two
	// activities share an id.
	CodePlanDuplicate = "PP-PLAN-DUPLICATE"
	// CodePlanReference: an id that names nothing in the plan.
	CodePlanReference = "PP-PLAN-REFERENCE"
	// CodePlanDate: a date that does not exist, or a duration that is
	// negative, zero or too long.
	CodePlanDate = "PP-PLAN-DATE"
	// CodePlanText: a text holds a control character.
	CodePlanText = "PP-PLAN-TEXT"
	// CodePlanNil: no plan (nil) was given.
	CodePlanNil = "PP-PLAN-NIL"
)

// CodeDecodeUnknownMunicipality is a body's «kommune» that names no
// municipality under «kommuner».
const CodeDecodeUnknownMunicipality = "PP-DECODE-UNKNOWN-MUNICIPALITY"

// Codes of the problems NewSchedule reports. They are stable.
const (
	// CodeDuplicateID is two activities, phases, people or bodies with the
	// same id or number.
	CodeDuplicateID = "PP-DUPLICATE-ID"
	// CodeUnknownActivity is a dependency (etter) that names no activity.
	CodeUnknownActivity = "PP-UNKNOWN-ACTIVITY"
	// CodeCycle is activities that wait for each other in a circle, so none
	// can be dated.
	CodeCycle = "PP-CYCLE"
	// CodeNoDates is an activity with neither a date nor a predecessor to be
	// dated from.
	CodeNoDates = "PP-NO-DATES"
	// CodeBlocked is one summary, a Warning, for all the activities left
	// without dates only because a predecessor has none: the cause (a
	// cycle, an activity without dates or meeting) is the error to fix.
	CodeBlocked = "PP-BLOCKED"
	// CodeUnknownBody is a decision or meeting that names a body not in the
	// plan.
	CodeUnknownBody = "PP-UNKNOWN-BODY"
	// CodeNoMeeting is a decision whose body has no meeting on or after the
	// earliest date the case can be ready. Reported by both NewSchedule and
	// Check.
	CodeNoMeeting = "PP-NO-MEETING"
	// CodeMeetingNotInPlan is a decision fixed to a date that is not in its
	// body's møteplan.
	CodeMeetingNotInPlan = "PP-MEETING-NOT-IN-PLAN"
	// CodeDecisionDate is a decision activity with a fixed start or end
	// on another day than the meeting it goes to: a start after a fixed
	// meeting, or an end after the meeting.
	CodeDecisionDate = "PP-DECISION-DATE"
)

// Codes of the problems Check reports. They are stable: tools and tests
// match on them rather than on the message.
const (
	// CodeEndBeforeStart is an activity that ends before it starts.
	CodeEndBeforeStart = "PP-END-BEFORE-START"
	// CodeBeforePredecessor is an activity with a fixed start before an
	// activity it comes after (etter) has ended.
	CodeBeforePredecessor = "PP-BEFORE-PREDECESSOR"
	// CodeNoName is an activity with no name.
	CodeNoName = "PP-NO-NAME"
	// CodeNoResponsible is an activity with no responsible party.
	CodeNoResponsible = "PP-NO-RESPONSIBLE"
	// CodeNoPurpose is an activity with no purpose (hensikt): the "why" the
	// process plan exists to state.
	CodeNoPurpose = "PP-NO-PURPOSE"
	// CodeHearingShort is a høring or offentlig ettersyn shorter than the
	// law's minimum for the plan type (pbl §§ 10-1, 11-14, 12-10).
	CodeHearingShort = "PP-HEARING-SHORT"
	// CodeStepMissing is a statutory step of the plan type (melding om
	// oppstart, høring, vedtak) that no activity carries out.
	CodeStepMissing = "PP-STEP-MISSING"
	// CodeDecisionBody is a decision made by a body the law does not give it
	// to, e.g. a kommuneplan adopted by another body than the municipal
	// council.
	CodeDecisionBody = "PP-DECISION-BODY"
	// CodeStrategyLate is a planstrategi not adopted within one year of the
	// municipal council's constitution (pbl § 10-1).
	CodeStrategyLate = "PP-STRATEGY-LATE"
	// CodeDraftLate is a proposal not made public as long before its
	// treatment as the law requires, e.g. a planstrategi at least 30 days
	// before it is adopted (pbl § 10-1).
	CodeDraftLate = "PP-DRAFT-LATE"
	// CodeFinalBeforeHearing is a final decision (sluttbehandling) on or
	// before the end of the høring.
	CodeFinalBeforeHearing = "PP-FINAL-BEFORE-HEARING"
	// CodeCouncilMissing is a decision that the statutory councils
	// (eldreråd, råd for personer med funksjonsnedsettelse, ungdomsråd) do
	// not see first.
	CodeCouncilMissing = "PP-COUNCIL-MISSING"
	// CodeCouncilSameDay is a council meeting on the same day as, or after,
	// the body it advises.
	CodeCouncilSameDay = "PP-COUNCIL-SAME-DAY"
	// CodeHearingHoliday is a høring that runs over fellesferie, Christmas
	// or Easter, with advice to lengthen it by the days lost.
	CodeHearingHoliday = "PP-HEARING-HOLIDAY"
	// CodeMeetingHoliday is a meeting, workshop or other activity day in a
	// holiday period, when many are away.
	CodeMeetingHoliday = "PP-MEETING-HOLIDAY"
	// CodeNotWorkingDay is a date on a weekend or public holiday.
	CodeNotWorkingDay = "PP-NOT-WORKING-DAY"
	// CodeHearingEarly is a høring that starts before the decision to send
	// the proposal on høring.
	CodeHearingEarly = "PP-HEARING-BEFORE-DECISION"
	// CodeNoCouncilDate is a planstrategi whose plan does not say when the
	// municipal council was constituted, so the one-year deadline of pbl §
	// 10-1 cannot be checked.
	CodeNoCouncilDate = "PP-NO-COUNCIL-DATE"
	// CodeOutsidePhase is an activity that starts before its phase's
	// planned start or ends after its planned end (Phase.Start/End).
	CodeOutsidePhase = "PP-OUTSIDE-PHASE"
	// CodePhaseEndBeforeStart is a phase planned to end before it starts.
	CodePhaseEndBeforeStart = "PP-PHASE-END-BEFORE-START"
	// CodePlaceholder is a placeholder text of [NewStarter] still in the
	// plan, e.g. "Skriv hvorfor aktiviteten gjøres." as an activity's
	// purpose. It is Advice: the plan works, but is not finished.
	CodePlaceholder = "PP-PLACEHOLDER"
	// CodeNoCouncils is a kommuneplan or planstrategi whose møteplan has
	// none of the statutory councils (kommuneloven § 5-12).
	CodeNoCouncils = "PP-NO-COUNCILS"
	// CodeObjectionOpen is a kommuneplan or reguleringsplan adopted with
	// an innsigelse still standing and no mekling (pbl §§ 5-4, 5-6).
	CodeObjectionOpen = "PP-OBJECTION-OPEN"
	// CodeJointDecision is a municipality of a joint plan whose own
	// municipal council does not adopt the plan (pbl § 9-4).
	CodeJointDecision = "PP-JOINT-DECISION-MISSING"
	// CodeCaseDeadline is a decision whose saksfrist (the earliest in its
	// saksgang) comes before the activities that prepare the case are
	// done: the meeting is fixed too early for the work.
	CodeCaseDeadline = "PP-CASE-DEADLINE"
	// CodeTooLong is a plan whose dates span more than MaxPlanYears: a
	// mistyped year, since no process plan runs that long, and more
	// columns than a timeline or a workbook can hold.
	CodeTooLong = "PP-TOO-LONG"
)
