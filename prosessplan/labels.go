package prosessplan

// pick returns the form of a label for language l from its bokmål,
// nynorsk and English forms; unknown languages get bokmål.
func pick(l Language, nb, nn, en string) string {
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
		return pick(l, "Arbeid", "Arbeid", "Work")
	case Meeting:
		return pick(l, "Møte", "Møte", "Meeting")
	case Workshop:
		return pick(l, "Arbeidsverksted", "Arbeidsverkstad", "Workshop")
	case PublicMeet:
		return pick(l, "Folkemøte", "Folkemøte", "Public meeting")
	case Hearing:
		return pick(l, "Høring og offentlig ettersyn", "Høyring og offentleg ettersyn", "Consultation and public inspection")
	case PoliticalDec:
		return pick(l, "Politisk behandling", "Politisk handsaming", "Political treatment")
	case Deadline:
		return pick(l, "Frist", "Frist", "Deadline")
	case Milestone:
		return pick(l, "Milepæl", "Milestolpe", "Milestone")
	}
	return string(k)
}

// Label returns the name of s in language l, e.g. "Ikke startet" / "Ikkje starta".
// An unknown status is returned as it is written in the plan file.
func (s ActivityStatus) Label(l Language) string {
	switch s {
	case NotStarted:
		return pick(l, "Ikke startet", "Ikkje starta", "Not started")
	case InProgress:
		return pick(l, "Pågår", "Pågår", "Ongoing")
	case Done:
		return pick(l, "Ferdig", "Ferdig", "Done")
	case Postponed:
		return pick(l, "Utsatt", "Utsett", "Postponed")
	case Cancelled:
		return pick(l, "Avlyst", "Avlyst", "Cancelled")
	}
	return string(s)
}

// Label returns the name of t in language l, e.g. "Temaplan".
// An unknown type is returned as it is written in the plan file.
func (t PlanType) Label(l Language) string {
	switch t {
	case Temaplan:
		return pick(l, "Temaplan", "Temaplan", "Thematic plan")
	case Kommunedelplan:
		return pick(l, "Kommunedelplan", "Kommunedelplan", "Municipal sub-plan")
	case KommuneplanSamfunn:
		return pick(l, "Kommuneplanens samfunnsdel", "Kommuneplanen sin samfunnsdel", "Social element of the municipal master plan")
	case KommuneplanAreal:
		return pick(l, "Kommuneplanens arealdel", "Kommuneplanen sin arealdel", "Land-use element of the municipal master plan")
	case Planstrategi:
		return pick(l, "Kommunal planstrategi", "Kommunal planstrategi", "Municipal planning strategy")
	case Reguleringsplan:
		return pick(l, "Reguleringsplan", "Reguleringsplan", "Zoning plan")
	}
	return string(t)
}

// Label returns the name of k in language l, e.g. "Melding om oppstart".
// An unknown kind is returned as it is written in the plan file.
func (k DecisionKind) Label(l Language) string {
	switch k {
	case StartNotice:
		return pick(l, "Melding om oppstart", "Melding om oppstart", "Notification of start")
	case ProcessPlanApp:
		return pick(l, "Godkjenning av prosessplan", "Godkjenning av prosessplan", "Approval of the process plan")
	case PlanProgramFixing:
		return pick(l, "Fastsetting av planprogram", "Fastsetjing av planprogram", "Fixing of the planning programme")
	case HearingDecision:
		return pick(l, "Utlegging til høring og offentlig ettersyn", "Utlegging til høyring og offentleg ettersyn", "Sending out for consultation and public inspection")
	case FinalDecision:
		return pick(l, "Sluttbehandling", "Sluthandsaming", "Final reading")
	case Briefing:
		return pick(l, "Orientering", "Orientering", "Briefing")
	}
	return string(k)
}

// Label returns the name of k in language l, e.g. "Styringsgruppe".
// An unknown kind is returned as it is written in the plan file.
func (k GroupKind) Label(l Language) string {
	switch k {
	case SteeringGroup:
		return pick(l, "Styringsgruppe", "Styringsgruppe", "Steering group")
	case ProjectGroup:
		return pick(l, "Prosjektgruppe", "Prosjektgruppe", "Project group")
	case WorkingGroup:
		return pick(l, "Arbeidsgruppe", "Arbeidsgruppe", "Working group")
	case ReferenceGroup:
		return pick(l, "Referansegruppe", "Referansegruppe", "Reference group")
	case OtherGroup:
		return pick(l, "Annen gruppe", "Anna gruppe", "Other group")
	}
	return string(k)
}

// Label returns the name of k in language l, e.g. "Eldreråd".
// An unknown kind is returned as it is written in the plan file.
func (k BodyKind) Label(l Language) string {
	switch k {
	case MunicipalCouncil:
		return pick(l, "Kommunestyre", "Kommunestyre", "Municipal council")
	case ExecutiveBoard:
		return pick(l, "Formannskap", "Formannskap", "Executive committee")
	case Committee:
		return pick(l, "Utvalg", "Utval", "Committee")
	case ElderlyCouncil:
		return pick(l, "Eldreråd", "Eldreråd", "Council for the elderly")
	case DisabilityCouncil:
		return pick(l, "Råd for personer med funksjonsnedsettelse", "Råd for personar med funksjonsnedsetjing", "Council for persons with disabilities")
	case YouthCouncil:
		return pick(l, "Ungdomsråd", "Ungdomsråd", "Youth council")
	case SubMunicipal:
		return pick(l, "Kommunedelsutvalg", "Kommunedelsutval", "Sub-municipal council")
	case Administrative:
		return pick(l, "Administrativt organ", "Administrativt organ", "Administrative body")
	case OtherBody:
		return pick(l, "Annet organ", "Anna organ", "Other body")
	}
	return string(k)
}

// AllActivityKinds returns every activity kind in a stable order, for
// drop-down lists and documentation.
func AllActivityKinds() []ActivityKind {
	return []ActivityKind{Work, Meeting, Workshop, PublicMeet, Hearing, PoliticalDec, Deadline, Milestone}
}

// AllStatuses returns every activity status in the order work moves
// through them.
func AllStatuses() []ActivityStatus {
	return []ActivityStatus{NotStarted, InProgress, Done, Postponed, Cancelled}
}

// AllPlanTypes returns every plan type, the least formal first.
func AllPlanTypes() []PlanType {
	return []PlanType{Temaplan, Kommunedelplan, KommuneplanSamfunn, KommuneplanAreal, Planstrategi, Reguleringsplan}
}

// AllDecisionKinds returns every decision kind in the order a plan
// process meets them.
func AllDecisionKinds() []DecisionKind {
	return []DecisionKind{StartNotice, ProcessPlanApp, PlanProgramFixing, HearingDecision, FinalDecision, Briefing}
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
