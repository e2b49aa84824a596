package prosessplan_test

import (
	"bytes"
	"fmt"
	"io"
	"testing"

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

// BenchmarkDecode measures reading a plan file alone.
func BenchmarkDecode(b *testing.B) {
	for _, n := range []int{50, 1000, 10000} {
		data := planFile(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
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
	for _, n := range []int{50, 1000, 10000} {
		data := planFile(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
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
