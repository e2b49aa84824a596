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
	// written; empty keeps it in memory.
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

// WithTempDir lets Write keep the Gantt sheet in a temporary file in dir
// while it writes it, once the sheet's XML passes 16 MiB, instead of in
// memory: for a plan of 100,000 activities that is some 300 MB less at
// the peak. The file is removed before Write returns. Without this option
// Write touches no file system, which an embedding program may rely on;
// the command-line tool passes the system's temporary directory.
func WithTempDir(dir string) Option {
	return func(c *config) { c.tempDir = dir }
}
