package prosessplan_test

import (
	"fmt"
	"testing"

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
