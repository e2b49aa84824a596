package ics_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render/ics"
)

// A calendar of a plan with one milestone. A real program gets the
// Schedule from prosessplan.NewSchedule.
func ExampleWrite() {
	plan := &prosessplan.Plan{
		Title:        "Boligplan 2018–2021",
		Municipality: "Bodø kommune",
		Language:     prosessplan.Bokmal,
		Date:         prosessplan.D(2017, 1, 31),
		Version:      "1.0", // SEQUENCE and DTSTAMP follow the date and version
		Phases: []prosessplan.Phase{{ID: "4", Name: "Vedtak", Activities: []prosessplan.Activity{
			{ID: "4.3", Name: "Boligplanen vedtatt", Kind: prosessplan.Milestone},
		}}},
	}
	day := prosessplan.DayOf(prosessplan.D(2017, 12, 7))
	s := &prosessplan.Schedule{Plan: plan, Activities: []*prosessplan.ScheduledActivity{
		{Activity: &plan.Phases[0].Activities[0], Phase: &plan.Phases[0], Start: day, End: day},
	}}

	var b bytes.Buffer
	if err := ics.Write(&b, s, ics.WithName("Boligplan 2018–2021")); err != nil {
		fmt.Println(err)
		return
	}
	// The file has CRLF line ends, as RFC 5545 wants.
	fmt.Print(strings.ReplaceAll(b.String(), "\r\n", "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//go-prosessplan//prosessplan 1//NB
	// CALSCALE:GREGORIAN
	// METHOD:PUBLISH
	// X-WR-CALNAME:Boligplan 2018–2021
	// BEGIN:VEVENT
	// UID:bodo-kommune/boligplan-2018-2021/aktivitet/4.3
	// DTSTAMP:20170131T000140Z
	// SEQUENCE:6240100
	// DTSTART;VALUE=DATE:20171207
	// DTEND;VALUE=DATE:20171208
	// SUMMARY:Milepæl: Boligplanen vedtatt – Boligplan 2018–2021
	// DESCRIPTION:Nr. 4.3\, Fase: Vedtak
	// CATEGORIES:Milepæl
	// STATUS:CONFIRMED
	// TRANSP:TRANSPARENT
	// END:VEVENT
	// END:VCALENDAR
}
