package prosessplan

import (
	"fmt"
	"strings"
)

// Severity is how serious a Problem is.
type Severity int

// Severities, most serious first. An Error stops rendering (unless a draft
// is asked for); a Warning should be looked at; Advice is a recommendation.
const (
	Error Severity = iota
	Warning
	Advice
)

// Label returns the severity's name in language l ("feil", "advarsel", "råd").
func (s Severity) Label(l Language) string {
	names := map[Language][3]string{
		Bokmal:  {"feil", "advarsel", "råd"},
		Nynorsk: {"feil", "åtvaring", "råd"},
		English: {"error", "warning", "advice"},
	}
	n, ok := names[l]
	if !ok {
		n = names[Bokmal]
	}
	if s < Error || s > Advice {
		return fmt.Sprint(int(s))
	}
	return n[s]
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
}

// Message returns the problem's message in language l (bokmål when l has none).
func (p Problem) Message(l Language) string {
	if s, ok := p.Text[l]; ok && s != "" {
		return s
	}
	return p.Text[Bokmal]
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

// HasErrors reports whether any problem has severity Error.
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == Error {
			return true
		}
	}
	return false
}
