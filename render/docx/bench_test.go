package docx

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
)

// BenchmarkWrite writes the process plan of a generated plan with n
// activities (activity table and week-grid timeline) as a new document and
// into the test template. Building the document is outside the timer.
func BenchmarkWrite(b *testing.B) {
	tmpl := mustRead(b, templateDir+"/kommunemal.dotx")
	for _, n := range []int{50, 1000, 10000} {
		s, probs := prosessplan.NewSchedule(plantest.Generate(n))
		if s == nil {
			b.Fatalf("NewSchedule: %v", probs)
		}
		d := render.Build(s, render.Options{})
		var size int
		b.Run(fmt.Sprintf("new/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var peak uint64
			var ms runtime.MemStats
			for b.Loop() {
				var c countWriter
				if err := Write(&c, d); err != nil {
					b.Fatal(err)
				}
				size = c.n
				// Heap in use after a write, the plan and document
				// included: the writer streams, so it stays flat.
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
			b.ReportMetric(float64(size), "bytes/doc")
			b.ReportMetric(float64(peak)/(1<<20), "heap-MiB")
		})
		b.Run(fmt.Sprintf("template/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(io.Discard, d, WithTemplate(bytes.NewReader(tmpl), int64(len(tmpl))), WithPlaceholder("{{innhold}}")); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

type countWriter struct{ n int }

func (w *countWriter) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }
