package prosessplan

// NewSchedule computes the dates of p. Problems that leave a date unknown
// (a dependency cycle, an activity with neither dates nor duration, a
// decision with no meeting of its body) are returned as Problems together
// with a schedule that holds every date it could compute.
func NewSchedule(p *Plan) (*Schedule, Problems) { panic("TODO") }
