package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// command is what every subcommand shares: its flags, -lang, and where
// its output goes. Flags and -lang are handled here, once, for all four.
type command struct {
	name string
	help string
	*flag.FlagSet
	ctx   context.Context
	stdin io.Reader
	// data is standard output as it is, for a plan file (new, import).
	data io.Writer
	// stdout and stderr are for messages: control characters from a plan
	// are shown as visible escapes there, never sent to the terminal.
	stdout, stderr io.Writer
	// lang is -lang, or "" for the plan's målform.
	lang     prosessplan.Language
	langFlag *string
	// norwegianOnly is set for a -lang that is a plan's målform (new):
	// nb or nn.
	norwegianOnly bool
}

// newCommand returns the command name with help text help. langUsage is
// the help line of -lang; empty means the command has no -lang.
func newCommand(ctx context.Context, name, help, langUsage string, stdin io.Reader, stdout, stderr io.Writer) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // parse words its own errors
	fs.Usage = func() {}
	c := &command{name: name, help: help, FlagSet: fs, ctx: ctx, stdin: stdin, data: stdout,
		stdout: termWriter{stdout}, stderr: termWriter{stderr}}
	if langUsage != "" {
		c.langFlag = fs.String("lang", "", langUsage)
	}
	return c
}

// failf writes "prosessplan NAME: message" to stderr.
func (c *command) failf(format string, args ...any) {
	fmt.Fprintf(c.stderr, "prosessplan %s: %s\n", c.name, fmt.Sprintf(format, args...))
}

// fail reports err: a file error in the planner's words, or err as it is.
func (c *command) fail(err error, l prosessplan.Language) {
	if msg, ok := fileMessage(err, l); ok {
		c.failf("%s", msg)
		return
	}
	c.failf("%s", strings.TrimPrefix(err.Error(), "prosessplan: "))
}

// usage reports a mistake on the command line and returns exitUsage.
func (c *command) usage(format string, args ...any) int {
	c.failf(format, args...)
	return exitUsage
}

// parse parses args, allowing flags after the positional arguments
// ("import plan.xlsx -o plan.yaml"), and returns the positional ones. ok is
// false (and code the exit code) when the command should stop: after -h,
// which prints help to stdout, or on a bad flag or -lang, which is
// reported in the language -lang asks for.
func (c *command) parse(args []string) (pos []string, code int, ok bool) {
	if c.langFlag != nil {
		// Errors in the flags before -lang follow it too.
		if l, ok := parseLang(scanLang(args)); ok {
			c.lang = l
		}
	}
	for {
		if err := c.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(c.stdout, strings.TrimLeft(c.help, "\n"))
				fmt.Fprintln(c.stdout, "\nValg:")
				c.SetOutput(c.stdout)
				c.PrintDefaults()
				return nil, exitOK, false
			}
			c.failf("%s", c.flagError(err))
			fmt.Fprintf(c.stderr, msgs.seeHelp.In(c.lang)+"\n", c.name)
			return nil, exitUsage, false
		}
		if c.NArg() == 0 {
			break
		}
		pos = append(pos, c.Arg(0))
		args = c.Args()[1:]
	}
	if c.langFlag != nil {
		l, good := parseLang(*c.langFlag)
		if !good {
			c.lang = ""
			if c.norwegianOnly {
				return nil, c.usage(msgs.newLang.In(c.lang), *c.langFlag), false
			}
			return nil, c.usage(msgs.unknownLang.In(c.lang), *c.langFlag), false
		}
		if c.norwegianOnly && l == prosessplan.English {
			return nil, c.usage(msgs.newLang.In(c.lang), *c.langFlag), false
		}
		c.lang = l
	}
	return pos, exitOK, true
}

// flagError words an error of the flag package for the planner.
func (c *command) flagError(err error) string {
	s := err.Error()
	if f, ok := strings.CutPrefix(s, "flag provided but not defined: "); ok {
		return fmt.Sprintf(msgs.flagUnknown.In(c.lang), f)
	}
	if f, ok := strings.CutPrefix(s, "flag needs an argument: "); ok {
		return fmt.Sprintf(msgs.flagNeedsArg.In(c.lang), f)
	}
	// invalid value "x" for flag -n: …; invalid boolean value "x" for -force: …
	if rest, ok := strings.CutPrefix(s, "invalid "); ok {
		if _, v, ok := strings.Cut(rest, "value "); ok {
			if val, after, ok := strings.Cut(v, " for "); ok {
				name, _, _ := strings.Cut(strings.TrimPrefix(after, "flag "), ":")
				return fmt.Sprintf(msgs.flagBadValue.In(c.lang), strings.Trim(val, `"`), name)
			}
		}
	}
	if f, ok := strings.CutPrefix(s, "bad flag syntax: "); ok {
		return fmt.Sprintf(msgs.flagUnknown.In(c.lang), f)
	}
	return s
}

// scanLang returns the value of -lang in args, before they are parsed.
func scanLang(args []string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			continue
		}
		if hasVal {
			return val
		}
		if i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// termWriter shows control characters as visible escapes: a plan whose
// text holds ESC]0;…, ESC[2J or a right-to-left override cannot retitle,
// clear or reorder the planner's terminal through a message. Line breaks
// and tabs pass.
type termWriter struct{ w io.Writer }

func (t termWriter) Write(p []byte) (int, error) {
	s := string(p)
	if !needsEscape(s) {
		return t.w.Write(p)
	}
	if _, err := io.WriteString(t.w, visible(s)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// hidden reports whether r must not reach a terminal as it is: C0 and C1
// control characters (but line feed and tab), DEL, and the invisible
// format characters (zero-width joiners, bidirectional controls), and the
// line and paragraph separators.
func hidden(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r >= 0x7f && r < 0xa0:
		return true
	case r < 0xa0:
		return false
	}
	return r == 0x2028 || r == 0x2029 || unicode.Is(unicode.Cf, r)
}

func needsEscape(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 || hidden(r) {
			return true
		}
		i += n
	}
	return false
}

// visible returns s with each hidden character written as an escape:
// \x1b for an ASCII control character or a byte that is not UTF-8,
// \u202e for the others.
func visible(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case hidden(r) && r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		case hidden(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
