package xlsx

import (
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// An Option changes how [Write] lays out the workbook.
type Option func(*render.Options)

// WithLanguage sets the language of the sheet names and fixed words,
// instead of the plan's målform.
func WithLanguage(l prosessplan.Language) Option {
	return func(o *render.Options) { o.Language = l }
}

// WithProfile sets the municipal layout: colours, font, logo. Without it
// the workbook uses render.DefaultProfile of the plan's municipality.
func WithProfile(p *render.Profile) Option {
	return func(o *render.Options) { o.Profile = p }
}

// WithProblems lists the problems of a draft in a Kontroll sheet, so the
// workbook shows what is still missing.
func WithProblems(ps prosessplan.Problems) Option {
	return func(o *render.Options) { o.Problems = ps }
}

// WithGranularity sets the time unit of the chart's columns; without it
// the plan's length picks one.
func WithGranularity(g render.Granularity) Option {
	return func(o *render.Options) { o.Granularity = g }
}

// WithOptions takes every setting of o at once, for a caller that renders
// several formats from one render.Options.
func WithOptions(o render.Options) Option {
	return func(dst *render.Options) { *dst = o }
}
