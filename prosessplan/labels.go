package prosessplan

// Label returns the name of k in language l, e.g. "Arbeidsverksted" / "Arbeidsverkstad".
// An unknown kind is returned as it is written in the plan file.
func (k ActivityKind) Label(l Language) string {
	switch k {
	case Work:
		return Text{"Arbeid", "Arbeid", "Work"}.In(l)
	case Meeting:
		return Text{"Møte", "Møte", "Meeting"}.In(l)
	case Workshop:
		return Text{"Arbeidsverksted", "Arbeidsverkstad", "Workshop"}.In(l)
	case PublicMeeting:
		return Text{"Folkemøte", "Folkemøte", "Public meeting"}.In(l)
	case Hearing:
		return Text{"Høring og offentlig ettersyn", "Høyring og offentleg ettersyn", "Consultation and public inspection"}.In(l)
	case PoliticalDecision:
		return Text{"Politisk behandling", "Politisk handsaming", "Political treatment"}.In(l)
	case Deadline:
		return Text{"Frist", "Frist", "Deadline"}.In(l)
	case Milestone:
		return Text{"Milepæl", "Milestolpe", "Milestone"}.In(l)
	case Notice:
		return Text{"Varsel om oppstart", "Varsel om oppstart", "Notice of commencement"}.In(l)
	case Survey:
		return Text{"Spørreundersøkelse", "Spørjeundersøking", "Survey"}.In(l)
	case InputRound:
		return Text{"Innspillsrunde", "Innspelsrunde", "Round of input"}.In(l)
	case Mediation:
		return Text{"Mekling", "Mekling", "Mediation"}.In(l)
	}
	return string(k)
}

// Label returns the name of s in language l, e.g. "Ikke startet" / "Ikkje starta".
// An unknown status is returned as it is written in the plan file.
func (s ActivityStatus) Label(l Language) string {
	switch s {
	case NotStarted:
		return Text{"Ikke startet", "Ikkje starta", "Not started"}.In(l)
	case InProgress:
		return Text{"Pågår", "Pågår", "Ongoing"}.In(l)
	case Done:
		return Text{"Ferdig", "Ferdig", "Done"}.In(l)
	case Postponed:
		return Text{"Utsatt", "Utsett", "Postponed"}.In(l)
	case Cancelled:
		return Text{"Avlyst", "Avlyst", "Cancelled"}.In(l)
	}
	return string(s)
}

// Label returns the name of t in language l, e.g. "Temaplan".
// An unknown type is returned as it is written in the plan file.
func (t PlanType) Label(l Language) string {
	switch t {
	case Temaplan:
		return Text{"Temaplan", "Temaplan", "Thematic plan"}.In(l)
	case Kommunedelplan:
		return Text{"Kommunedelplan", "Kommunedelplan", "Municipal sub-plan"}.In(l)
	case KommuneplanSamfunn:
		return Text{"Kommuneplanens samfunnsdel", "Kommuneplanen sin samfunnsdel", "Social element of the municipal master plan"}.In(l)
	case KommuneplanAreal:
		return Text{"Kommuneplanens arealdel", "Kommuneplanen sin arealdel", "Land-use element of the municipal master plan"}.In(l)
	case Planstrategi:
		return Text{"Kommunal planstrategi", "Kommunal planstrategi", "Municipal planning strategy"}.In(l)
	case Reguleringsplan:
		return Text{"Reguleringsplan", "Reguleringsplan", "Zoning plan"}.In(l)
	case Kjoreplan:
		return Text{"Kjøreplan", "Køyreplan", "Run sheet"}.In(l)
	}
	return string(t)
}

// Label returns the name of k in language l, e.g. "Melding om oppstart".
// An unknown kind is returned as it is written in the plan file.
func (k DecisionKind) Label(l Language) string {
	switch k {
	case StartNotice:
		return Text{"Melding om oppstart", "Melding om oppstart", "Notification of start"}.In(l)
	case ProcessPlanApproval:
		return Text{"Godkjenning av prosessplan", "Godkjenning av prosessplan", "Approval of the process plan"}.In(l)
	case PlanProgramFixing:
		return Text{"Fastsetting av planprogram", "Fastsetjing av planprogram", "Fixing of the planning programme"}.In(l)
	case HearingDecision:
		return Text{"Utlegging til høring og offentlig ettersyn", "Utlegging til høyring og offentleg ettersyn", "Sending out for consultation and public inspection"}.In(l)
	case FinalDecision:
		return Text{"Sluttbehandling", "Sluthandsaming", "Final reading"}.In(l)
	case Briefing:
		return Text{"Orientering", "Orientering", "Briefing"}.In(l)
	}
	return string(k)
}

// Label returns the name of k in language l, e.g. "Styringsgruppe".
// An unknown kind is returned as it is written in the plan file.
func (k GroupKind) Label(l Language) string {
	switch k {
	case SteeringGroup:
		return Text{"Styringsgruppe", "Styringsgruppe", "Steering group"}.In(l)
	case ProjectGroup:
		return Text{"Prosjektgruppe", "Prosjektgruppe", "Project group"}.In(l)
	case WorkingGroup:
		return Text{"Arbeidsgruppe", "Arbeidsgruppe", "Working group"}.In(l)
	case ReferenceGroup:
		return Text{"Referansegruppe", "Referansegruppe", "Reference group"}.In(l)
	case OtherGroup:
		return Text{"Annen gruppe", "Anna gruppe", "Other group"}.In(l)
	}
	return string(k)
}

// Label returns the name of k in language l, e.g. "Eldreråd".
// An unknown kind is returned as it is written in the plan file.
func (k BodyKind) Label(l Language) string {
	switch k {
	case MunicipalCouncil:
		return Text{"Kommunestyre", "Kommunestyre", "Municipal council"}.In(l)
	case ExecutiveBoard:
		return Text{"Formannskap", "Formannskap", "Executive committee"}.In(l)
	case Committee:
		return Text{"Utvalg", "Utval", "Committee"}.In(l)
	case ElderlyCouncil:
		return Text{"Eldreråd", "Eldreråd", "Council for the elderly"}.In(l)
	case DisabilityCouncil:
		return Text{"Råd for personer med funksjonsnedsettelse", "Råd for personar med funksjonsnedsetjing", "Council for persons with disabilities"}.In(l)
	case YouthCouncil:
		return Text{"Ungdomsråd", "Ungdomsråd", "Youth council"}.In(l)
	case SubMunicipal:
		return Text{"Kommunedelsutvalg", "Kommunedelsutval", "Sub-municipal council"}.In(l)
	case Administrative:
		return Text{"Administrativt organ", "Administrativt organ", "Administrative body"}.In(l)
	case OtherBody:
		return Text{"Annet organ", "Anna organ", "Other body"}.In(l)
	}
	return string(k)
}

// AllActivityKinds returns every activity kind in a stable order, for
// drop-down lists and documentation.
func AllActivityKinds() []ActivityKind {
	return []ActivityKind{Work, Meeting, Workshop, PublicMeeting, Hearing, PoliticalDecision, Deadline, Milestone,
		Notice, Survey, InputRound, Mediation}
}

// AllStatuses returns every activity status in the order work moves
// through them.
func AllStatuses() []ActivityStatus {
	return []ActivityStatus{NotStarted, InProgress, Done, Postponed, Cancelled}
}

// AllPlanTypes returns every plan type: the plans of a process, the least
// formal first, then the kjøreplan of a single workshop or meeting.
func AllPlanTypes() []PlanType {
	return []PlanType{Temaplan, Kommunedelplan, KommuneplanSamfunn, KommuneplanAreal, Planstrategi, Reguleringsplan, Kjoreplan}
}

// AllDecisionKinds returns every decision kind in the order a plan
// process meets them.
func AllDecisionKinds() []DecisionKind {
	return []DecisionKind{StartNotice, ProcessPlanApproval, PlanProgramFixing, HearingDecision, FinalDecision, Briefing}
}

// AllGroupKinds returns every group kind in a stable order.
func AllGroupKinds() []GroupKind {
	return []GroupKind{SteeringGroup, ProjectGroup, WorkingGroup, ReferenceGroup, OtherGroup}
}

// AllBodyKinds returns every body kind in a stable order: the deciding
// bodies first, then the statutory councils, then the rest.
func AllBodyKinds() []BodyKind {
	return []BodyKind{MunicipalCouncil, ExecutiveBoard, Committee, ElderlyCouncil, DisabilityCouncil, YouthCouncil, SubMunicipal, Administrative, OtherBody}
}

// Label returns the name of s in language l, e.g. "Uløst" / "Trukket".
// An unknown status is returned as it is written in the plan file.
func (s ObjectionStatus) Label(l Language) string {
	switch s {
	case ObjectionOpen:
		return Text{"Uløst", "Uløyst", "Unresolved"}.In(l)
	case ObjectionResolved:
		return Text{"Løst", "Løyst", "Resolved"}.In(l)
	case ObjectionWithdrawn:
		return Text{"Trukket", "Trekt", "Withdrawn"}.In(l)
	}
	return string(s)
}

// AllObjectionStatuses returns every innsigelse status, open first.
func AllObjectionStatuses() []ObjectionStatus {
	return []ObjectionStatus{ObjectionOpen, ObjectionResolved, ObjectionWithdrawn}
}
