package main

import (
	"context"
	"io"
	"strings"
	"testing"
)

// BenchmarkRenderBuiltin is the README's first command as the CLI runs it:
// decode the built-in example, schedule and check it, and write every
// format (the workbook, Word, PDF, Markdown, the calendar and every
// saksframlegg) into a folder, atomically, with the manifest. The
// LibreOffice archive path (-pdf arkiv) is not included. cpu-ms/op is
// the CPU time of all cores, which on a loaded machine varies less than
// the time on the clock.
func BenchmarkRenderBuiltin(b *testing.B) {
	dir := b.TempDir()
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		var errb strings.Builder
		if code := run(context.Background(), []string{"render", "-o", dir}, nil, io.Discard, &errb); code != 0 {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
}

// BenchmarkRenderFormat splits the time by format.
func BenchmarkRenderFormat(b *testing.B) {
	for _, f := range allFormats {
		b.Run(f, func(b *testing.B) {
			dir := b.TempDir()
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				if code := run(context.Background(), []string{"render", "-o", dir, "-format", f}, nil, io.Discard, io.Discard); code != 0 {
					b.Fatalf("exit %d", code)
				}
			}
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
}
