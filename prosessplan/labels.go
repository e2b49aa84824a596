package prosessplan

// pick returns the form of a label for language l from its bokmål,
// nynorsk and English forms; unknown languages get bokmål.
func inLang(l Language, nb, nn, en string) string {
	switch l {
	case Nynorsk:
		return nn
	case English:
		return en
	}
	return nb
}

// Label returns the name of k in language l, e.g. "Arbeidsverksted" / "Arbeidsverkstad".
// An unknown kind is returned as it is written in the plan file.
func (k ActivityKind) Label(l Language) string {
	switch k {
	case Work:
		return inLang(l, "Arbeid", "Arbeid", "Work")
	case Meeting:
		return inLang(l, "Møte", "Møte", "Meeting")
	case Workshop:
		return inLang(l, "Arbeidsverksted", "Arbeidsverkstad", "Workshop")
	case PublicMeeting:
		return inLang(l, "Folkemøte", "Folkemøte", "Public meeting")
	case Hearing:
		return inLang(l, "Høring og offentlig ettersyn", "Høyring og offentleg ettersyn", "Consultation and public inspection")
	case PoliticalDecision:
		return inLang(l, "Politisk behandling", "Politisk handsaming", "Political treatment")
	case Deadline:
		return inLang(l, "Frist", "Frist", "Deadline")
	case Milestone:
		return inLang(l, "Milepæl", "Milestolpe", "Milestone")
	case Notice:
		return inLang(l, "Varsel om oppstart", "Varsel om oppstart", "Notice of commencement")
	case Survey:
		return inLang(l, "Spørreundersøkelse", "Spørjeundersøking", "Survey")
	case InputRound:
		return inLang(l, "Innspillsrunde", "Innspelsrunde", "Round of input")
	case Mediation:
		return inLang(l, "Mekling", "Mekling", "Mediation")
	}
	return string(k)
}

// Label returns the name of s in language l, e.g. "Ikke startet" / "Ikkje starta".
// An unknown status is returned as it is written in the plan file.
func (s ActivityStatus) Label(l Language) string {
	switch s {
	case NotStarted:
		return inLang(l, "Ikke startet", "Ikkje starta", "Not started")
	case InProgress:
		return inLang(l, "Pågår", "Pågår", "Ongoing")
	case Done:
		return inLang(l, "Ferdig", "Ferdig", "Done")
	case Postponed:
		return inLang(l, "Utsatt", "Utsett", "Postponed")
	case Cancelled:
		return inLang(l, "Avlyst", "Avlyst", "Cancelled")
	}
	return string(s)
}

// Label returns the name of t in language l, e.g. "Temaplan".
// An unknown type is returned as it is written in the plan file.
func (t PlanType) Label(l Language) string {
	switch t {
	case Temaplan:
		return inLang(l, "Temaplan", "Temaplan", "Thematic plan")
	case Kommunedelplan:
		return inLang(l, "Kommunedelplan", "Kommunedelplan", "Municipal sub-plan")
	case KommuneplanSamfunn:
		return inLang(l, "Kommuneplanens samfunnsdel", "Kommuneplanen sin samfunnsdel", "Social element of the municipal master plan")
	case KommuneplanAreal:
		return inLang(l, "Kommuneplanens arealdel", "Kommuneplanen sin arealdel", "Land-use element of the municipal master plan")
	case Planstrategi:
		return inLang(l, "Kommunal planstrategi", "Kommunal planstrategi", "Municipal planning strategy")
	case Reguleringsplan:
		return inLang(l, "Reguleringsplan", "Reguleringsplan", "Zoning plan")
	case Kjoreplan:
		return inLang(l, "Kjøreplan", "Køyreplan", "Run sheet")
	}
	return string(t)
}

// Label returns the name of k in language l, e.g. "Melding om oppstart".
// An unknown kind is returned as it is written in the plan file.
func (k DecisionKind) Label(l Language) string {
	switch k {
	case StartNotice:
		return inLang(l, "Melding om oppstart", "Melding om oppstart", "Notification of start")
	case ProcessPlanApproval:
		return inLang(l, "Godkjenning av prosessplan", "Godkjenning av prosessplan", "Approval of the process plan")
	case PlanProgramFixing:
		return inLang(l, "Fastsetting av planprogram", "Fastsetjing av planprogram", "Fixing of the planning programme")
	case HearingDecision:
		return inLang(l, "Utlegging til høring og offentlig ettersyn", "Utlegging til høyring og offentleg ettersyn", "Sending out for consultation and public inspection")
	case FinalDecision:
		return inLang(l, "Sluttbehandling", "Sluthandsaming", "Final reading")
	case Briefing:
		return inLang(l, "Orientering", "Orientering", "Briefing")
	}
	return string(k)
}

// Label returns the name of k in language l, e.g. "Styringsgruppe".
// An unknown kind is returned as it is written in the plan file.
func (k GroupKind) Label(l Language) string {
	switch k {
	case SteeringGroup:
		return inLang(l, "Styringsgruppe", "Styringsgruppe", "Steering group")
	case ProjectGroup:
		return inLang(l, "Prosjektgruppe", "Prosjektgruppe", "Project group")
	case WorkingGroup:
		return inLang(l, "Arbeidsgruppe", "Arbeidsgruppe", "Working group")
	case ReferenceGroup:
		return inLang(l, "Referansegruppe", "Referansegruppe", "Reference group")
	case OtherGroup:
		return inLang(l, "Annen gruppe", "Anna gruppe", "Other group")
	}
	return string(k)
}

// Label returns the name of k in language l, e.g. "Eldreråd".
// An unknown kind is returned as it is written in the plan file.
func (k BodyKind) Label(l Language) string {
	switch k {
	case MunicipalCouncil:
		return inLang(l, "Kommunestyre", "Kommunestyre", "Municipal council")
	case ExecutiveBoard:
		return inLang(l, "Formannskap", "Formannskap", "Executive committee")
	case Committee:
		return inLang(l, "Utvalg", "Utval", "Committee")
	case ElderlyCouncil:
		return inLang(l, "Eldreråd", "Eldreråd", "Council for the elderly")
	case DisabilityCouncil:
		return inLang(l, "Råd for personer med funksjonsnedsettelse", "Råd for personar med funksjonsnedsetjing", "Council for persons with disabilities")
	case YouthCouncil:
		return inLang(l, "Ungdomsråd", "Ungdomsråd", "Youth council")
	case SubMunicipal:
		return inLang(l, "Kommunedelsutvalg", "Kommunedelsutval", "Sub-municipal council")
	case Administrative:
		return inLang(l, "Administrativt organ", "Administrativt organ", "Administrative body")
	case OtherBody:
		return inLang(l, "Annet organ", "Anna organ", "Other body")
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
		return inLang(l, "Uløst", "Uløyst", "Unresolved")
	case ObjectionResolved:
		return inLang(l, "Løst", "Løyst", "Resolved")
	case ObjectionWithdrawn:
		return inLang(l, "Trukket", "Trekt", "Withdrawn")
	}
	return string(s)
}

// AllObjectionStatuses returns every innsigelse status, open first.
func AllObjectionStatuses() []ObjectionStatus {
	return []ObjectionStatus{ObjectionOpen, ObjectionResolved, ObjectionWithdrawn}
}
