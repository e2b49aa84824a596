package xlsx

import (
	"fmt"
	"io"
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
)

var benchSizes = []int{50, 1000, 10000}

func benchSchedule(b *testing.B, n int) *prosessplan.Schedule {
	b.Helper()
	s, probs := prosessplan.NewSchedule(plantest.Generate(n))
	if probs.HasErrors() {
		b.Fatal(probs)
	}
	return s
}

// BenchmarkWrite writes the workbook of a generated plan.
func BenchmarkWrite(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s := benchSchedule(b, n)
			peak := peakHeap(b, func() error { return Write(io.Discard, s) })
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(io.Discard, s); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(peak, "peak-MiB")
		})
	}
}

// BenchmarkBaseline is the bare excelize program Write is measured
// against: it streams the same cells of the Framdrift sheet (text, dates,
// the zeros of the time grid), writes the cells of the other sheets and the
// hidden rows and plan file, without styles, rules, drop-downs, print
// setup or document properties. It is given the plan file already encoded.
func BenchmarkBaseline(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s := benchSchedule(b, n)
			tl := render.BuildTimeline(s, render.Options{})
			var plan bytesBuffer
			if err := prosessplan.Encode(&plan, s.Plan); err != nil {
				b.Fatal(err)
			}
			peak := peakHeap(b, func() error { return baseline(io.Discard, s, tl, plan.String()) })
			b.ReportAllocs()
			for b.Loop() {
				if err := baseline(io.Discard, s, tl, plan.String()); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(peak, "peak-MiB")
		})
	}
}

type bytesBuffer struct{ b []byte }

func (w *bytesBuffer) Write(p []byte) (int, error) { w.b = append(w.b, p...); return len(p), nil }
func (w *bytesBuffer) String() string              { return string(w.b) }

func baseline(w io.Writer, s *prosessplan.Schedule, tl *render.Timeline, planFile string) error {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return err
	}
	b := newBook(s, tl, render.Options{Profile: &render.Profile{}}, "")
	defer b.f.Close()
	ncol := len(b.cols) + len(tl.Columns)
	r := firstData
	var rows [][]interface{}
	err = b.eachRow(func(vals []interface{}, phase bool) error {
		row := make([]interface{}, ncol)
		copy(row, vals)
		if !phase {
			for i := range tl.Columns {
				row[len(b.cols)+i] = 0
			}
		}
		rows = append(rows, vals)
		err := sw.SetRow(cellName(1, r), row)
		r++
		return err
	})
	if err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	if _, err := f.NewSheet("rows"); err != nil {
		return err
	}
	for i, vals := range rows {
		if err := f.SetSheetRow("rows", cellName(1, i+2), &vals); err != nil {
			return err
		}
	}
	for i, c := range chunks(planFile, chunkUnits) {
		if err := f.SetCellStr("rows", cellName(20, i+1), c); err != nil {
			return err
		}
	}
	for _, t := range []sheetTable{b.politicalTable(), b.organisationTable(), b.participationTable()} {
		if _, err := f.NewSheet(t.name); err != nil {
			return err
		}
		heads := make([]interface{}, len(t.heads))
		for i, h := range t.heads {
			heads[i] = h
		}
		if err := f.SetSheetRow(t.name, "A3", &heads); err != nil {
			return err
		}
		for i, row := range t.rows {
			vals := make([]interface{}, len(row))
			for j, v := range row {
				if d, ok := v.(prosessplan.Date); ok {
					v = serial(prosessplan.DayOf(d))
				}
				vals[j] = v
			}
			if err := f.SetSheetRow(t.name, cellName(1, i+4), &vals); err != nil {
				return err
			}
		}
	}
	if _, err := f.NewSheet("lists"); err != nil {
		return err
	}
	for c, list := range b.lists() {
		for r, v := range list {
			if err := f.SetCellStr("lists", cellName(c+1, r+1), v); err != nil {
				return err
			}
		}
	}
	_, err = f.WriteTo(w)
	return err
}

// BenchmarkRead reads back the workbook of a generated plan.
func BenchmarkRead(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s := benchSchedule(b, n)
			var buf bytesBuffer
			if err := Write(&buf, s); err != nil {
				b.Fatal(err)
			}
			peak := peakHeap(b, func() error { _, _, err := Read(byteReader(buf.b), "plan.xlsx"); return err })
			b.ReportAllocs()
			b.SetBytes(int64(len(buf.b)))
			for b.Loop() {
				if _, _, err := Read(byteReader(buf.b), "plan.xlsx"); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(peak, "peak-MiB")
		})
	}
}

func byteReader(b []byte) io.Reader { return &sliceReader{b: b} }

type sliceReader struct{ b []byte }

func (r *sliceReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.b)
	r.b = r.b[n:]
	return n, nil
}

// peakHeap runs fn once, before the timed loop, and reports the most heap
// it held above what was in use before it started, in MiB.
func peakHeap(b *testing.B, fn func() error) float64 {
	b.Helper()
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 {
		metrics.Read(sample)
		return sample[0].Value.Uint64()
	}
	base := read()
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			if v := read(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	err := fn()
	close(stop)
	<-done
	if err != nil {
		b.Fatal(err)
	}
	p := peak.Load()
	if p < base {
		p = base
	}
	return float64(p-base) / (1 << 20)
}

// BenchmarkPlanFile measures prosessplan.Encode, which Write calls to store
// the plan file in the workbook, so its share of Write can be told apart.
func BenchmarkPlanFile(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s := benchSchedule(b, n)
			peak := peakHeap(b, func() error { return prosessplan.Encode(io.Discard, s.Plan) })
			b.ReportAllocs()
			for b.Loop() {
				if err := prosessplan.Encode(io.Discard, s.Plan); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(peak, "peak-MiB")
		})
	}
}
