package render

import "github.com/prosessplan/go-prosessplan/prosessplan"

// Options adjust what Build produces.
type Options struct {
	// Language overrides the plan's målform for fixed words.
	Language prosessplan.Language
	// Profile is the municipal layout; zero means DefaultProfile of the
	// plan's municipality.
	Profile *Profile
	// Problems, when non-empty, are listed in an appendix so a draft shows
	// what is still missing.
	Problems prosessplan.Problems
	// Granularity of the timeline; Auto picks one from the plan's length.
	Granularity Granularity
}

// Build returns the process plan document for s.
func Build(s *prosessplan.Schedule, opts Options) *Document { panic("TODO") }

// BuildSaksframlegg returns one saksframlegg draft per decision point of s,
// in plan order.
func BuildSaksframlegg(s *prosessplan.Schedule, opts Options) []*Document { panic("TODO") }

// BuildTimeline returns the Gantt chart geometry of s.
func BuildTimeline(s *prosessplan.Schedule, opts Options) *Timeline { panic("TODO") }
