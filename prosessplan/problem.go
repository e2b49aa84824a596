package prosessplan

import (
	"fmt"
	"strings"
	"unicode"
)

// Severity is how serious a Problem is.
type Severity int

// Severities, most serious first. A SeverityError stops rendering (unless
// a draft is asked for); a SeverityWarning should be looked at;
// SeverityAdvice is a recommendation.
const (
	SeverityError Severity = iota
	SeverityWarning
	SeverityAdvice
)

// severityNames are the names of the severities, in their order.
var severityNames = [...]Text{
	SeverityError:   {"feil", "feil", "error"},
	SeverityWarning: {"advarsel", "åtvaring", "warning"},
	SeverityAdvice:  {"råd", "råd", "advice"},
}

// Label returns the severity's name in language l ("feil", "advarsel", "råd").
func (s Severity) Label(l Language) string {
	if s < SeverityError || s > SeverityAdvice {
		return fmt.Sprint(int(s))
	}
	return severityNames[s].In(l)
}

// Problem is something wrong with, or worth improving in, a plan: a decode
// error, a scheduling failure or a finding of [Check].
type Problem struct {
	// Code is stable across versions, e.g. "PP-HEARING-SHORT"; tools and
	// tests match on it rather than on the message.
	Code string
	// Severity says how serious the problem is.
	Severity Severity
	// Pos is where in the plan file the problem is. Its Line may be zero
	// for a problem with a field of the plan itself, which has no position
	// of its own; it is the zero Pos for a plan made in code.
	Pos Pos
	// Activity is the ID of the activity concerned, if any.
	Activity string
	// Text holds the message in each language: what is wrong — what to do.
	Text map[Language]string

	// cause is the Go error behind the problem, if any (ErrTooLarge), for
	// errors.Is on Problems.
	cause error
}

// Message returns the problem's message in language l, by the rule of
// [Text.In]: bokmål when l has none.
// Control characters a message quotes from the plan (an escape sequence in
// a key or a name) are shown as <U+001B>, never passed on raw to a terminal
// or document.
func (p Problem) Message(l Language) string {
	s := TextOf(p.Text).In(l)
	if _, bad := controlChar(s); bad {
		s = neutralise(s)
	}
	return s
}

// neutralise replaces the control characters of s by their code points.
func neutralise(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '\n' || r == '\t' || !unicode.IsControl(r) && !isBidiControl(r) {
			b.WriteRune(r)
			continue
		}
		fmt.Fprintf(&b, "<U+%04X>", r)
	}
	return b.String()
}

// Format returns "file:line:col: message" in language l, leaving out the
// parts of the position that are unknown.
func (p Problem) Format(l Language) string {
	var b strings.Builder
	if p.Pos.File != "" {
		b.WriteString(p.Pos.File)
		b.WriteString(":")
	}
	if p.Pos.Line > 0 {
		fmt.Fprintf(&b, "%d:", p.Pos.Line)
		if p.Pos.Col > 0 {
			fmt.Fprintf(&b, "%d:", p.Pos.Col)
		}
	}
	if b.Len() > 0 {
		b.WriteString(" ")
	}
	b.WriteString(p.Message(l))
	return b.String()
}

// Error returns the problem in bokmål, as Format does.
func (p Problem) Error() string { return p.Format(Bokmal) }

// Problems is a list of problems. As an error it reports every problem in
// it, one per line; use errors.As to get the list back.
type Problems []Problem

// Error implements error.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the Go errors behind the problems (such as ErrTooLarge),
// so that errors.Is and errors.As find them.
func (ps Problems) Unwrap() []error {
	var errs []error
	for _, p := range ps {
		if p.cause != nil {
			errs = append(errs, p.cause)
		}
	}
	return errs
}

// MaxProblems is how many problems Decode reports from one file: past it
// a file is rarely a plan with faults but something else, and the list
// would bury the first ones. The last problem then says how many more there
// were (CodeDecodeTooMany).
const MaxProblems = 100

// capProblems keeps the first MaxProblems problems of ps and adds one
// that says how many were left out.
func capProblems(ps Problems) Problems {
	if len(ps) <= MaxProblems {
		return ps
	}
	n := len(ps) - MaxProblems
	last := ps[MaxProblems-1].Pos
	out := append(Problems(nil), ps[:MaxProblems]...)
	return append(out, Problem{Code: CodeDecodeTooMany, Severity: SeverityError, Pos: Pos{File: last.File}, Text: textf(Text{
		"… og %d problemer til — rett de over og les filen igjen",
		"… og %d problem til — rett dei over og les fila på nytt",
		"… and %d more problems — correct those above and read the file again"}, n).Map()})
}

// HasErrors reports whether any problem has severity Error.
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == SeverityError {
			return true
		}
	}
	return false
}
