package prosessplan_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
)

func BenchmarkNewSchedule(b *testing.B) {
	for _, n := range []int{50, 1000, 10000} {
		p := plantest.Generate(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				prosessplan.NewSchedule(p)
			}
		})
	}
}

func BenchmarkScheduleAndCheck(b *testing.B) {
	for _, n := range []int{50, 1000, 10000} {
		p := plantest.Generate(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s, _ := prosessplan.NewSchedule(p)
				prosessplan.Check(s)
			}
		})
	}
}

// BenchmarkCheck measures the checks alone, on a plan scheduled once.
func BenchmarkCheck(b *testing.B) {
	for _, n := range []int{50, 1000, 10000} {
		s, _ := prosessplan.NewSchedule(plantest.Generate(n))
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				prosessplan.Check(s)
			}
		})
	}
}

// BenchmarkDecodeScheduleCheck measures what `prosessplan check` does
// with a plan file: decode, schedule, check.
func BenchmarkDecodeScheduleCheck(b *testing.B) {
	for _, n := range []int{50, 1000, 10000} {
		var buf bytes.Buffer
		if err := prosessplan.Encode(&buf, plantest.Generate(n)); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(buf.Len()))
			for b.Loop() {
				p, err := prosessplan.Decode(bytes.NewReader(buf.Bytes()), "plan.yaml")
				if err != nil {
					b.Fatal(err)
				}
				prosessplan.CheckPlan(p)
			}
		})
	}
}

// planFile returns the plan file of plantest.Generate(n).
func planFile(b *testing.B, n int) []byte {
	var buf bytes.Buffer
	if err := prosessplan.Encode(&buf, plantest.Generate(n)); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// benchFiles are the plan files the decoding benchmarks read: generated
// plans of 50, 1,000 and 10,000 activities, and the Bodø example (which
// uses block scalars and comments, as planners' files do).
func benchFiles(b *testing.B) []struct {
	name string
	data []byte
} {
	var files []struct {
		name string
		data []byte
	}
	for _, n := range []int{50, 1000, 10000} {
		files = append(files, struct {
			name string
			data []byte
		}{fmt.Sprint(n), planFile(b, n)})
	}
	bodo, err := os.ReadFile("../examples/bodo.yaml")
	if err != nil {
		b.Fatal(err)
	}
	return append(files, struct {
		name string
		data []byte
	}{"bodo", bodo})
}

// BenchmarkDecode measures reading a plan file alone. The goal is at most
// 1.3 times BenchmarkYAMLNode on the same file.
func BenchmarkDecode(b *testing.B) {
	for _, f := range benchFiles(b) {
		data := f.data
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := prosessplan.Decode(bytes.NewReader(data), "plan.yaml"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkYAMLNode is the floor under BenchmarkDecode: parsing the same
// file into yaml.v3 nodes, which Decode does first.
func BenchmarkYAMLNode(b *testing.B) {
	for _, f := range benchFiles(b) {
		data := f.data
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				var doc yaml.Node
				if err := yaml.Unmarshal(data, &doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEncode measures writing a plan file.
func BenchmarkEncode(b *testing.B) {
	for _, n := range []int{50, 1000, 10000} {
		p := plantest.Generate(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := prosessplan.Encode(io.Discard, p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDecodeVsYAML reports Decode's cost as a multiple of parsing the
// same file into a yaml.Node (metric ×yaml; the goal is at most 1.3). The
// two run in turn, each after a collection and with the collector off, and
// the fastest run of each counts: on a shared machine other work, and
// whose turn the collector comes in, would otherwise decide the ratio.
func BenchmarkDecodeVsYAML(b *testing.B) {
	for _, f := range benchFiles(b) {
		data := f.data
		b.Run(f.name, func(b *testing.B) {
			best := func(cur time.Duration, run func()) time.Duration {
				runtime.GC()
				old := debug.SetGCPercent(-1)
				defer debug.SetGCPercent(old)
				t0 := time.Now()
				run()
				if d := time.Since(t0); cur == 0 || d < cur {
					return d
				}
				return cur
			}
			var dec, node time.Duration
			for b.Loop() {
				node = best(node, func() {
					var doc yaml.Node
					if err := yaml.Unmarshal(data, &doc); err != nil {
						b.Fatal(err)
					}
				})
				dec = best(dec, func() {
					if _, err := prosessplan.Decode(bytes.NewReader(data), "plan.yaml"); err != nil {
						b.Fatal(err)
					}
				})
			}
			b.ReportMetric(float64(dec)/float64(node), "×yaml")
			b.ReportMetric(float64(dec.Microseconds())/1000, "decode-ms")
			b.ReportMetric(float64(node.Microseconds())/1000, "yaml-ms")
		})
	}
}
