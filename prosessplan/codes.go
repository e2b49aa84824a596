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
