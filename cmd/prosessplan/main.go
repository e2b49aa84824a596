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
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
)

// memoryLimit is the soft limit on the Go heap the command sets unless
// GOMEMLIMIT says otherwise. A render builds large values and drops them
// (the YAML tree once the plan is read, each document once it is written),
// and the runtime would by default let the heap grow to twice what is live
// before collecting: a 100,000-activity plan then peaks at about 900 MB in
// Markdown alone, against some 450 MB live. Near the limit the collector
// runs sooner instead; it never fails an allocation, and a plan whose live
// data needs more simply gets more.
const memoryLimit = 640 << 20

// startPercent is the GOGC the command starts with unless GOGC says
// otherwise: the first collection then waits until the heap is 32 MB
// (4 MB times 8) instead of 4 MB, and the one after it is as GOGC=100 sets
// it. Most plans are rendered before the heap is that large; by default
// they paid three to six collections, a quarter of a 50-activity render
// and of a 1,000-activity one. A large plan's peak is set later, when the
// live heap is larger, and stays as it was.
const startPercent = 800

func main() {
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(memoryLimit)
	}
	if _, set := os.LookupEnv("GOGC"); !set {
		startHeap()
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// startHeap sets GOGC to startPercent until the first collection, and to
// 100 after it.
func startHeap() {
	debug.SetGCPercent(startPercent)
	// The cleanup runs after the first collection, which finds the array
	// unreachable.
	runtime.AddCleanup(new([64]byte), func(int) { debug.SetGCPercent(100) }, 0)
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
		return runCheck(newCommand(ctx, cmd, checkHelp, checkLangUsage, stdin, stdout, stderr), rest)
	case "new":
		return runNew(newCommand(ctx, cmd, newHelp, newLangUsage, stdin, stdout, stderr), rest)
	case "render":
		return runRender(newCommand(ctx, cmd, renderHelp, renderLangUsage, stdin, stdout, stderr), rest)
	case "import":
		return runImport(newCommand(ctx, cmd, importHelp, importLangUsage, stdin, stdout, stderr), rest)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(termWriter{stderr}, "prosessplan: ukjent kommando %q\n\n%s", cmd, usage)
	return exitUsage
}
