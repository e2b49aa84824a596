package prosessplan

// Label returns the name of k in language l, e.g. "Arbeidsverksted" / "Arbeidsverkstad".
func (k ActivityKind) Label(l Language) string { panic("TODO") }

// Label returns the name of s in language l, e.g. "Ikke startet" / "Ikkje starta".
func (s ActivityStatus) Label(l Language) string { panic("TODO") }

// Label returns the name of t in language l, e.g. "Temaplan".
func (t PlanType) Label(l Language) string { panic("TODO") }

// Label returns the name of k in language l, e.g. "Melding om oppstart".
func (k DecisionKind) Label(l Language) string { panic("TODO") }

// Label returns the name of k in language l, e.g. "Styringsgruppe".
func (k GroupKind) Label(l Language) string { panic("TODO") }

// Label returns the name of k in language l, e.g. "Eldreråd".
func (k BodyKind) Label(l Language) string { panic("TODO") }
