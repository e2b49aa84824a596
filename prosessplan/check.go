package prosessplan

// Check returns the problems of a scheduled plan, most serious first and
// then in file order: missing who/what/when/why, dates out of order,
// consultation periods shorter than the plan type's minimum, decisions
// without a meeting, statutory councils left out, meetings in holidays.
func Check(s *Schedule) Problems { panic("TODO") }
