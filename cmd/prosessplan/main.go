// Command prosessplan checks, renders and imports municipal process plans
// (prosessplaner).
//
// Usage:
//
//	prosessplan check [-lang nb|nn|en] [FILE]
//	prosessplan new -type TYPE [-lang nb|nn] [-start DATE] [-o FILE]
//	prosessplan render [-o DIR] [-format LIST] [-lang nb|nn|en] [-template FILE.dotx]
//	                   [-placeholder TEXT] [-profile FILE] [-pdf publisering|arkiv]
//	                   [-ics-all] [-draft] [-force] [FILE|-]
//	prosessplan import [-o FILE] [-lang nb|nn|en] [-force] FILE.xlsx
//
// Without FILE, check and render use the built-in example: Bodø kommune's
// Boligplan 2018–2021. "prosessplan CMD -h" describes every flag of CMD.
//
// Exit status: 0 when all went well, 1 when the plan has errors or a file
// could not be read or written, 2 for a mistake on the command line.
//
// render writes atomically and keeps a manifest (.prosessplan.sha256) of
// the files it wrote, so it never replaces a file it did not write, or one
// edited since, without -force. See docs/cli.md for a longer description.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // the plan has errors, or I/O failed
	exitUsage = 2
)

const usage = `prosessplan lager prosessplaner for kommunal planlegging: sjekker planen
mot reglene for plantypen, og lager Excel, Word, PDF, Markdown og iCalendar.

Bruk:
  prosessplan check  [FIL]                 sjekk en plan (uten FIL: det innebygde eksempelet)
  prosessplan new    -type TYPE [-o FIL]   lag en ny plan for en plantype
  prosessplan render [-o MAPPE] [FIL|-]    lag alle dokumentene for en plan
  prosessplan import [-o FIL] FIL.xlsx     les et redigert regneark tilbake til en planfil

Eksempel:
  prosessplan render -o ut                 lager eksempelplanen (Bodø) i alle formater i ut/

"prosessplan KOMMANDO -h" viser alle valg for en kommando.
Avslutningskode: 0 = i orden, 1 = planen har feil eller en fil kunne ikke leses
eller skrives, 2 = feil bruk av kommandolinjen.
`

// run is the whole command: it reads args (without the program name) and
// stdin, writes to stdout and stderr, and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "check":
		return runCheck(rest, stdin, stdout, stderr)
	case "new":
		return runNew(rest, stdout, stderr)
	case "render":
		return runRender(ctx, rest, stdin, stdout, stderr)
	case "import":
		return runImport(rest, stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "prosessplan: ukjent kommando %q\n\n%s", cmd, usage)
	return exitUsage
}

// flags are a command's flag set with its help text.
type flags struct {
	*flag.FlagSet
	help   string
	stdout io.Writer
}

// newFlagSet returns the flags of a command whose -h prints help (text,
// then the flags) to stdout, and whose errors go to stderr.
func newFlagSet(name, help string, stdout, stderr io.Writer) *flags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {} // parse prints help or a hint
	return &flags{fs, help, stdout}
}

// parse parses args, allowing flags after the positional arguments
// ("import plan.xlsx -o plan.yaml"), and returns the positional ones. ok is
// false (and code the exit code) when the command should stop: after -h,
// which prints help to stdout, or on a bad flag.
func (fs *flags) parse(args []string) (pos []string, code int, ok bool) {
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(fs.stdout, strings.TrimLeft(fs.help, "\n"))
				fmt.Fprintln(fs.stdout, "\nValg:")
				fs.SetOutput(fs.stdout)
				fs.PrintDefaults()
				return nil, exitOK, false
			}
			fmt.Fprintf(fs.Output(), "Se: prosessplan %s -h\n", fs.Name())
			return nil, exitUsage, false
		}
		if fs.NArg() == 0 {
			return pos, 0, true
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}
