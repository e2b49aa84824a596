package prosessplan

// Rules are the legal and recommended rules for one plan type: which steps
// the law requires, minimum consultation periods with their paragraphs, and
// whether breaking them is an error or only advice. They are data, so that a
// new plan type or a changed law is a change of table, not of code.
type Rules struct {
	Type PlanType
	// Name of the plan type in each language.
	Name map[Language]string
	// Statutory is false for plan types the law sets no process for
	// (temaplan): breaking a rule is then advice, not an error.
	Statutory bool
	Steps     []StatutoryStep
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
	Required    bool
	// Text describes the step in each language.
	Text map[Language]string
}

// RulesFor returns the rules for plan type t.
func RulesFor(t PlanType) (Rules, bool) { panic("TODO") }
