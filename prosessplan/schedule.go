package prosessplan

// Schedule is a plan with its dates computed: every activity's start and
// end on the working-day calendar, phase spans, the meeting dates and
// saksframlegg deadlines of every decision point, and the critical path.
// Renderers read dates from here; they never compute them.
type Schedule struct {
	// Plan is the plan scheduled.
	Plan *Plan
	// Calendar is the plan's working-day calendar, with its holidays and
	// closures.
	Calendar *Calendar

	// Start and End span the whole plan.
	Start, End Time

	// Activities are in plan order.
	Activities []*ScheduledActivity
	// Phases are in plan order, each with its activities.
	Phases []*ScheduledPhase
	// Decisions are the political decision points, in plan order: those
	// that get a saksframlegg. Administrative decisions are not among them.
	Decisions []*ScheduledDecision
	// AdminDecisions are the administrative decisions (see
	// [Plan.IsAdministrative]), in plan order: placed at their body's
	// meeting like a political decision, but milestones of the plan, with
	// no saksframlegg and no political treatment.
	AdminDecisions []*ScheduledDecision

	// CriticalPath lists the IDs of the activities on the critical path,
	// first to last.
	CriticalPath []string
}

// ScheduledActivity is an activity with its computed dates.
type ScheduledActivity struct {
	*Activity
	// Phase is the phase the activity belongs to.
	Phase *Phase
	// Start and End are the computed dates, zero when they could not be
	// computed (NewSchedule then says why). They shadow the Activity's
	// fixed dates, which stay readable as a.Activity.Start and End.
	Start, End Time
	// Critical is set for activities on the critical path.
	Critical bool
	// Decision is set when the activity carries a political decision point.
	Decision *ScheduledDecision
	// AdminDecision is set instead when the activity carries an
	// administrative decision.
	AdminDecision *ScheduledDecision
}

// ScheduledPhase is a phase with its span: the phase's planned Start and
// End where the plan sets them, else the span of its activities.
type ScheduledPhase struct {
	*Phase
	// Start and End shadow the Phase's planned bounds; those stay
	// readable as sp.Phase.Start and sp.Phase.End.
	Start, End Time
	// Activities are the phase's activities, in plan order.
	Activities []*ScheduledActivity
}

// CaseStep is one body's treatment of a case: the meeting and the deadline
// for the finished saksframlegg (meeting date minus the body's notice days,
// moved back to a working day).
type CaseStep struct {
	// Body is the body that treats the case.
	Body *Body
	// Meeting is the meeting the case goes to; zero when the body has no
	// meeting in time (NewSchedule reports it).
	Meeting Date
	// Deadline is when the finished saksframlegg must be ready.
	Deadline Date
}

// ScheduledDecision is a decision point with its saksgang: the Route's
// bodies first, the deciding body last.
type ScheduledDecision struct {
	*Decision
	// Activity is the activity that carries the decision.
	Activity *ScheduledActivity
	// Steps are the case's treatments in order; the last is the decision.
	Steps []CaseStep
}

// Meeting returns the deciding body's meeting date (zero when no meeting was found).
func (d *ScheduledDecision) Meeting() Date {
	if len(d.Steps) == 0 {
		return Date{}
	}
	return d.Steps[len(d.Steps)-1].Meeting
}

// Deadline returns the deadline for the finished saksframlegg: the
// earliest deadline in the saksgang. One document goes to every body, so
// it must be ready for the body that needs it first, which is not always
// the first to meet (a kommunestyre may ask for its papers three weeks
// ahead, a formannskap meeting before it two).
func (d *ScheduledDecision) Deadline() Date {
	var first Date
	for _, st := range d.Steps {
		if !st.Deadline.IsZero() && (first.IsZero() || st.Deadline.Before(first)) {
			first = st.Deadline
		}
	}
	return first
}

// Activity returns the scheduled activity with the given ID, or nil.
func (s *Schedule) Activity(id string) *ScheduledActivity {
	for _, a := range s.Activities {
		if a.ID == id {
			return a
		}
	}
	return nil
}
