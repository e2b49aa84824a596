package html_test

import (
	"fmt"
	"io"
	"sync"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/html"
)

var benchDocs sync.Map // n → *render.Document

func benchDocument(b *testing.B, n int) *render.Document {
	if d, ok := benchDocs.Load(n); ok {
		return d.(*render.Document)
	}
	s, probs := prosessplan.NewSchedule(plantest.Generate(n))
	if s == nil {
		b.Fatalf("NewSchedule: %v", probs)
	}
	d := render.Build(s, render.Options{})
	benchDocs.Store(n, d)
	return d
}

// countWriter counts the bytes written, for the page size per run.
type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// BenchmarkWrite writes the process plan of 50, 1,000 and 10,000
// activities; the document is built once, outside the timing.
func BenchmarkWrite(b *testing.B) {
	for _, n := range []int{50, 1000, 10000} {
		b.Run(fmt.Sprintf("activities=%d", n), func(b *testing.B) {
			d := benchDocument(b, n)
			var cw countWriter
			if err := html.Write(&cw, d); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := html.Write(io.Discard, d); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(cw.n), "bytes/page")
		})
	}
}
