package xlsx

import (
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// An Option changes how [Write] lays out or writes the workbook.
type Option func(*config)

// config is what the options of one Write call set.
type config struct {
	render.Options
	// tempDir is where excelize may keep a large sheet while it is
	// written; empty keeps it in memory (see WithTempDir).
	tempDir string
}

// WithLanguage sets the language of the sheet names and fixed words,
// instead of the plan's målform.
func WithLanguage(l prosessplan.Language) Option {
	return func(c *config) { c.Language = l }
}

// WithProfile sets the municipal layout: colours, font, logo. Without it
// the workbook uses render.DefaultProfile of the plan's municipality.
func WithProfile(p *render.Profile) Option {
	return func(c *config) { c.Profile = p }
}

// WithProblems lists the problems of a draft in a Kontroll sheet, so the
// workbook shows what is still missing.
func WithProblems(ps prosessplan.Problems) Option {
	return func(c *config) { c.Problems = ps }
}

// WithGranularity sets the time unit of the chart's columns; without it
// the plan's length picks one.
func WithGranularity(g render.Granularity) Option {
	return func(c *config) { c.Granularity = g }
}

// WithOptions takes every setting of o at once, for a caller that renders
// several formats from one render.Options.
func WithOptions(o render.Options) Option {
	return func(c *config) { c.Options = o }
}

// WithTempDir lets Write keep a large sheet in a temporary file in dir
// while it writes it, instead of in memory. Write no longer needs it: the
// Gantt sheet's rows are compressed as they are made, and only their
// compressed bytes are kept, some 15 MB at 100,000 activities. The option
// is kept for callers that set it; a file Write makes there is removed
// before Write returns. Without it Write touches no file system, which an
// embedding program may rely on.
func WithTempDir(dir string) Option {
	return func(c *config) { c.tempDir = dir }
}
