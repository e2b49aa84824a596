package pdf

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
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
	return peakHeapOf(fn)
}

// peakHeapOf returns the highest HeapAlloc seen, every 2 ms, while fn
// runs.
func peakHeapOf(fn func()) uint64 {
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

// BenchmarkWriteLarge writes the process plan of a generated plan with
// 30,000 activities, some 4,400 pages, and reports besides time and
// allocations how far the live heap rose above the document's own
// during one write (live-peak-MiB), sampled with the garbage collector
// running often. Write keeps a page's drawing only until the page is
// written, so the figure grows with what it must hold of the whole
// document (the structure tree, some 50 bytes per table cell), not with
// the drawing; when gopdf drew the document and wrote it whole into
// memory, it was over ten times as high.
func BenchmarkWriteLarge(b *testing.B) {
	d := benchDocument(b, 30000)
	var live uint64
	if !testing.Short() {
		live = livePeak(func() {
			if err := Write(io.Discard, d); err != nil {
				b.Fatal(err)
			}
		})
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := Write(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(live)/(1<<20), "live-peak-MiB")
}

// livePeak returns how far the heap rose above what was live before fn,
// while fn ran with the garbage collector working at every 5% of growth,
// so that the heap stays close to what is live.
func livePeak(fn func()) uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	defer debug.SetGCPercent(debug.SetGCPercent(5))
	peak := peakHeapOf(fn)
	if peak < base {
		return 0
	}
	return peak - base
}

// BenchmarkBaseline is the yardstick for BenchmarkWrite: a bare gopdf
// program that draws the same tables (same page orientation, column
// widths, type size, header row repeated, cell borders, with a simple
// word wrap of its own) and the same Gantt chart (same column width and
// periods, row labels, week headers, bars and diamonds), and nothing else:
// no running header or footer, paragraphs, contents, outline, fallback
// font, legend, hatching or metadata.
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
	const top, size, lead, pad = 66.0, 8.5, 10.625, 2.5
	land := false
	var pw, ph, left, y float64
	newPage := func(l bool) {
		pw, ph, left = a4W, a4H, 56
		if l {
			pw, ph, left = a4H, a4W, 40
		}
		gp.AddPageWithOption(gopdf.PageOption{PageSize: &gopdf.Rect{W: pw, H: ph}})
		y = top
	}
	newPage(false)
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
		case *render.Section:
			if l := t.Orientation == render.Landscape; l != land {
				land = l
				newPage(land)
			}
		case *render.Table:
			width := pw - 2*left
			var colX, colW []float64
			x := left
			for _, c := range t.Columns {
				colX, colW = append(colX, x), append(colW, c.Width*width)
				x += c.Width * width
			}
			header := func() {
				gp.SetFillColor(0x1f, 0x4e, 0x79)
				gp.RectFromUpperLeftWithStyle(left, y, width, lead+2*pad, "F")
				gp.SetFont("b", "", size)
				gp.SetTextColor(255, 255, 255)
				for i, c := range t.Columns {
					gp.SetXY(colX[i]+3.5, y+pad+8)
					gp.Text(c.Title)
				}
				gp.SetTextColor(0, 0, 0)
				gp.SetFont("r", "", size)
				y += lead + 2*pad
			}
			header()
			for _, r := range t.Rows {
				var cells [][]string
				n := 1
				for i, c := range r.Cells {
					cw := colW[min(i, len(colW)-1)]
					if c.Span > 1 {
						cw = width
					}
					ls := wrap(render.Text(c.Runs), cw-7)
					cells = append(cells, ls)
					n = max(n, len(ls))
				}
				h := float64(n)*lead + 2*pad
				if y+h > ph-56 {
					newPage(land)
					header()
				}
				for i, ls := range cells {
					cx := colX[min(i, len(colX)-1)]
					for j, s := range ls {
						gp.SetXY(cx+3.5, y+pad+8+float64(j)*lead)
						gp.Text(s)
					}
					gp.Line(cx, y, cx, y+h)
				}
				gp.Line(left+width, y, left+width, y+h)
				gp.Line(left, y+h, left+width, y+h)
				y += h
			}
		case *render.Timeline:
			if !land {
				newPage(true)
			}
			chartX := left + 212
			chartW := pw - left - chartX
			per := max(int(chartW/10), 1)
			chunks := (len(t.Columns) + per - 1) / per
			per = (len(t.Columns) + max(chunks, 1) - 1) / max(chunks, 1)
			colW := chartW / float64(max(per, 1))
			rowsPer := int((ph - 56 - top - 60) / 12)
			gp.SetFont("r", "", 7)
			for c0 := 0; c0 < len(t.Columns); c0 += per {
				c1 := min(c0+per, len(t.Columns)) - 1
				for r0 := 0; r0 < len(t.Rows); r0 += rowsPer {
					if c0 > 0 || r0 > 0 {
						newPage(true)
					}
					for c := c0; c <= c1; c++ {
						gp.SetXY(chartX+float64(c-c0)*colW+2, y+20)
						gp.Text(t.Columns[c].Label)
					}
					y += 24
					for _, r := range t.Rows[r0:min(r0+rowsPer, len(t.Rows))] {
						gp.SetXY(left, y+9)
						gp.Text(r.Number + " " + r.Label)
						gp.Line(left, y+12, chartX+chartW, y+12)
						if r.First >= 0 && r.First <= c1 && r.Last >= c0 {
							cl := colorOr(r.Color, black)
							gp.SetFillColor(cl.r, cl.g, cl.b)
							a, b := max(r.First, c0), min(r.Last, c1)
							if r.Point {
								cx := chartX + (float64(a-c0)+0.5)*colW
								gp.Polygon([]gopdf.Point{{X: cx, Y: y + 1}, {X: cx + 5, Y: y + 6}, {X: cx, Y: y + 11}, {X: cx - 5, Y: y + 6}}, "F")
							} else {
								gp.RectFromUpperLeftWithStyle(chartX+float64(a-c0)*colW, y+2.5, float64(b-a+1)*colW, 7, "F")
							}
						}
						y += 12
					}
				}
			}
		}
	}
	_, err := gp.WriteTo(w)
	return err
}

// BenchmarkSaksframlegg writes one saksframlegg of the Bodø example, a
// three-page document where the embedded font subsets, compressed by
// gopdf for every document, are most of the cost.
func BenchmarkSaksframlegg(b *testing.B) {
	s, prof := bodo(b)
	d := render.BuildSaksframlegg(s, render.Options{Profile: prof})[0]
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		if err := Write(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
}
