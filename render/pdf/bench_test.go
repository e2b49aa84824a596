package pdf

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/pdf/fonts"
	"github.com/signintech/gopdf"
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

// peakHeap samples the heap while fn runs and returns the highest
// HeapAlloc seen: an estimate of peak memory per Write.
func peakHeap(b *testing.B, fn func()) uint64 {
	if testing.Short() || b.N < 0 {
		fn()
		return 0
	}
	runtime.GC()
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak.Load() {
				peak.Store(ms.HeapAlloc)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	fn()
	close(done)
	return peak.Load()
}

func benchSizes(b *testing.B, write func(io.Writer, *render.Document) error) {
	for _, n := range []int{50, 1000, 10000} {
		b.Run(fmt.Sprintf("%d", n), func(b *testing.B) {
			d := benchDocument(b, n)
			peak := peakHeap(b, func() {
				if err := write(io.Discard, d); err != nil {
					b.Fatal(err)
				}
			})
			b.ReportAllocs()
			b.ResetTimer()
			cpu0 := cpuTime()
			for b.Loop() {
				if err := write(io.Discard, d); err != nil {
					b.Fatal(err)
				}
			}
			// CPU time per write is steadier than wall time on a
			// machine shared with other work.
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
			b.ReportMetric(float64(peak)/(1<<20), "peak-MiB")
		})
	}
}

// cpuTime returns the process's user and system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkWrite lays out the process plan of a generated plan with 50,
// 1,000 and 10,000 activities.
func BenchmarkWrite(b *testing.B) {
	benchSizes(b, func(w io.Writer, d *render.Document) error { return Write(w, d) })
}

// BenchmarkBaseline is the yardstick for BenchmarkWrite: a bare gopdf
// program that draws the same tables (with a simple word wrap of its own)
// and the same Gantt bars, and nothing else: no header or footer, no
// contents, outline, fallback font, legend or metadata.
func BenchmarkBaseline(b *testing.B) {
	benchSizes(b, baselineWrite)
}

func baselineWrite(w io.Writer, d *render.Document) error {
	var gp gopdf.GoPdf
	gp.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
	if err := gp.AddTTFFontData("r", fonts.Sans(fonts.Regular)); err != nil {
		return err
	}
	if err := gp.AddTTFFontData("b", fonts.Sans(fonts.Bold)); err != nil {
		return err
	}
	const left, top, bottom, size, lead = 40.0, 40.0, 800.0, 8.5, 10.6
	gp.AddPage()
	y := top
	wrap := func(s string, width float64) []string {
		var lines []string
		line := ""
		for _, word := range strings.Fields(s) {
			try := word
			if line != "" {
				try = line + " " + word
			}
			if wd, _ := gp.MeasureTextWidth(try); wd > width && line != "" {
				lines = append(lines, line)
				line = word
			} else {
				line = try
			}
		}
		return append(lines, line)
	}
	for _, blk := range d.Blocks {
		switch t := blk.(type) {
		case *render.Table:
			width := 515.0
			header := func() {
				gp.SetFont("b", "", size)
				x := left
				for _, c := range t.Columns {
					gp.SetXY(x+2, y+2)
					gp.Cell(nil, c.Title)
					x += c.Width * width
				}
				y += lead + 4
			}
			header()
			gp.SetFont("r", "", size)
			for _, r := range t.Rows {
				x := left
				var cells [][]string
				n := 1
				for i, c := range r.Cells {
					cw := t.Columns[min(i, len(t.Columns)-1)].Width * width
					if c.Span > 1 {
						cw = width
					}
					ls := wrap(render.Text(c.Runs), cw-4)
					cells = append(cells, ls)
					n = max(n, len(ls))
				}
				h := float64(n)*lead + 4
				if y+h > bottom {
					gp.AddPage()
					y = top
					header()
					gp.SetFont("r", "", size)
				}
				for i, ls := range cells {
					for j, s := range ls {
						gp.SetXY(x+2, y+2+float64(j)*lead)
						gp.Cell(nil, s)
					}
					x += t.Columns[min(i, len(t.Columns)-1)].Width * width
				}
				gp.Line(left, y+h, left+width, y+h)
				y += h
			}
		case *render.Timeline:
			gp.AddPageWithOption(gopdf.PageOption{PageSize: &gopdf.Rect{W: a4H, H: a4W}})
			y = top
			colW := 550.0 / float64(max(len(t.Columns), 1))
			for _, r := range t.Rows {
				if y+12 > a4W-40 {
					gp.AddPageWithOption(gopdf.PageOption{PageSize: &gopdf.Rect{W: a4H, H: a4W}})
					y = top
				}
				gp.SetXY(left, y)
				gp.Cell(nil, r.Label)
				if r.First >= 0 {
					c := colorOr(r.Color, black)
					gp.SetFillColor(c.r, c.g, c.b)
					gp.RectFromUpperLeftWithStyle(250+float64(r.First)*colW, y+2, float64(r.Last-r.First+1)*colW, 8, "F")
				}
				y += 12
			}
			gp.AddPage()
			y = top
		}
	}
	_, err := gp.WriteTo(w)
	return err
}
