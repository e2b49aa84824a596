// Code generated from examples/bodo.yaml by "go test -update"; DO NOT EDIT.

package main

import "github.com/prosessplan/go-prosessplan/prosessplan"

// bodo returns Bodø kommune's process plan for Boligplan 2018–2021, written
// in Go: the same plan as the file examples/bodo.yaml, where the sources
// of each fact and the illustrative details are marked.
func bodo() *prosessplan.Plan {
	return &prosessplan.Plan{
		Title:        "Prosessplan for rullering av boligpolitisk handlingsplan – Boligplan 2018–2021",
		Municipality: "Bodø kommune",
		Unit:         "Nærings- og utviklingsavdelingen, seksjon plan og samfunn",
		Type:         prosessplan.Temaplan,
		Language:     prosessplan.Bokmal,
		CaseNumber:   "2017/1234",
		CaseOfficer:  "Hanne Berg",
		Version:      "1.0",
		Status:       prosessplan.Adopted,
		AdoptedBy:    "Rådmannens ledergruppe",
		AdoptedDate:  prosessplan.D(2017, 1, 31),
		Date:         prosessplan.D(2017, 1, 24),
		Background: []string{
			"Bodø kommune vedtok i bystyret 13. februar 2014 Bodøs første boligpolitiske handlingsplan (BPHP 2014–2017). Dette var Bodøs første helhetlige plan for boligpolitikken og for kommunens boligpolitiske utfordringer. Planperioden utgår ved årsskiftet 2017/2018.",
			"Nærings- og utviklingsavdelingen ved seksjon plan og samfunn har ansvaret for revisjonen og for å utvikle en ny boligpolitisk handlingsplan for perioden 2018–2021.",
			"Trinn 1: Gjennom arbeidet med planstrategien 2016 ble det klart at det nye kommunestyret hadde politiske ønsker på det boligpolitiske området som ikke kunne løses innenfor den vedtatte boligpolitiske planen. I planstrategien ble det derfor besluttet at kommunen skulle rullere både samfunnsdelen, arealdelen og den boligpolitiske planen.",
			"Trinn 2: Prosjektleder ble tilsatt, mandat for rulleringen av planen ble vedtatt, og prosjektorganisasjonen ble nedsatt.",
			"Trinn 3: Denne prosessplanen ble utarbeidet og vedtatt i rådmannens ledergruppe ultimo januar 2017. Den gir oversikt over hvem som gjør hva, hva som skal skje når, og hva som er hensikten med det vi gjør.",
			"Boligplanen er sentral i kommunens programavtale med Husbanken (kommuneprogrammet), og årlige handlingsplaner følger opp planen.",
		},
		Mandate: []string{
			"Planstrategien 2016 besluttet at den boligpolitiske handlingsplanen skal rulleres. Mandatet for rulleringen ble vedtatt i trinn 2: seksjon plan og samfunn skal revidere BPHP 2014–2017 og legge fram en ny boligpolitisk handlingsplan for perioden 2018–2021 for bystyret.",
			"Arbeidet skal samordnes med rulleringen av kommuneplanens samfunnsdel og arealdel, som pågår samtidig.",
		},
		Goals: []string{
			"Boligpolitisk handlingsplan (BPHP) er Bodø kommunes grunnlag for strategisk boligutvikling.",
			"Det er en helhetlig plan for boligpolitikken, inndelt i tre målområder.",
			"Handlingsplanen skal være en langsiktig overordnet strategiplan for det samfunnsrettede tverrsektorielle boligpolitiske arbeidet.",
			"Planen er et styrende dokument for det boligpolitiske arbeidet og skal styrke kommunens rolle som en aktiv premissgiver og tilrettelegger for boligutviklingen.",
		},
		DesiredResult: "En mest mulig omforent boligpolitisk handlingsplan for 2018–2021, utarbeidet gjennom god og bred medvirkning og vedtatt i bystyret før planperioden starter.",
		TargetAreas: []string{
			"Generell boligutvikling",
			"Boligsosiale forhold",
			"Organisering, samarbeid og kompetanse",
		},
		LegalBasis: []string{
			"Plan- og bygningsloven. Boligpolitisk handlingsplan 2018–2021 er en temaplan og er ikke underlagt plan- og bygningslovens krav om medvirkning på samme måte som en kommunedelplan. Som temaplan står handlingsplanen derfor friere når det gjelder lengden på høringsperioden og formalia.",
			"Eldrerådet, Råd for funksjonshemmede og Ungdomsrådet skal få saker som gjelder dem, tidlig nok til at uttalelsen kan påvirke saken, og uttalelsen skal følge saken til organet som vedtar den (i dag kommuneloven § 5-12). Planen legges derfor fram for rådene før komiteen, formannskapet og bystyret.",
		},
		Groups: []prosessplan.Group{
			{
				ID:             "styringsgruppe",
				Name:           "Styringsgruppe (rådmannens ledergruppe)",
				Kind:           prosessplan.SteeringGroup,
				Responsibility: "Godkjenner prosessplanen og planutkastet før politisk behandling, og sørger for at arbeidet får ressurser og prioritet.",
				Leader:         "radmann",
				Members: []prosessplan.Member{
					{
						Person: "radmann",
					},
					{
						Organisation: "Rådmannens ledergruppe",
					},
				},
			},
			{
				ID:             "prosjektgruppe",
				Name:           "Tverrfaglig prosjektgruppe",
				Kind:           prosessplan.ProjectGroup,
				Responsibility: "Utreder, gjennomfører medvirkningen og skriver planen, i nær samordning med de andre kommunale planene som rulleres samtidig.",
				Leader:         "prosjektleder",
				Members: []prosessplan.Member{
					{
						Person: "prosjektleder",
					},
					{
						Person: "seksjonsleder",
					},
					{
						Person: "radgiver-plan",
					},
					{
						Person: "radgiver-boligsosial",
					},
					{
						Person: "radgiver-eiendom",
					},
				},
			},
			{
				ID:             "referansegruppe-1",
				Name:           "Referansegruppe 1 – eksterne samarbeidspartnere",
				Kind:           prosessplan.ReferenceGroup,
				Responsibility: "Gir råd og innspill fra samarbeidspartnere, næringsliv og fagmiljøer.",
				Members: []prosessplan.Member{
					{
						Organisation: "Husbanken",
					},
					{
						Organisation: "Fylkesmannen",
					},
					{
						Organisation: "Universitet",
					},
					{
						Organisation: "Boligstiftelse",
					},
					{
						Organisation: "Bodø Næringsforum",
						Role:         "representert ved Bodø boligbyggerlag og Gunvald Johansen",
					},
					{
						Organisation: "Boligbyggerlag",
					},
					{
						Organisation: "Boligprodusent",
					},
				},
			},
			{
				ID:             "referansegruppe-2",
				Name:           "Referansegruppe 2 – råd og utvalg",
				Kind:           prosessplan.ReferenceGroup,
				Responsibility: "Gir råd og innspill fra rådene, dialogforum og kommunedelsutvalgene.",
				Members: []prosessplan.Member{
					{
						Organisation: "Eldreråd",
					},
					{
						Organisation: "Råd for funksjonshemmede",
					},
					{
						Organisation: "Ungdomsråd",
					},
					{
						Organisation: "Ruspolitisk råd",
					},
					{
						Organisation: "Dialogforum",
					},
					{
						Organisation: "Kommunedelsutvalg",
					},
				},
			},
		},
		People: []prosessplan.Person{
			{
				ID:    "prosjektleder",
				Name:  "Hanne Berg",
				Title: "prosjektleder",
				Unit:  "Nærings- og utviklingsavdelingen, seksjon plan og samfunn",
				Email: "hanne.berg@bodo.kommune.no",
			},
			{
				ID:    "seksjonsleder",
				Name:  "Eirik Solberg",
				Title: "seksjonsleder",
				Unit:  "Seksjon plan og samfunn",
			},
			{
				ID:    "radgiver-plan",
				Name:  "Jonas Nilsen",
				Title: "rådgiver, samfunnsplanlegging",
				Unit:  "Seksjon plan og samfunn",
			},
			{
				ID:    "radgiver-boligsosial",
				Name:  "Anne Lise Moen",
				Title: "rådgiver, boligsosialt arbeid",
				Unit:  "Helse- og omsorgsavdelingen",
			},
			{
				ID:    "radgiver-eiendom",
				Name:  "Morten Holm",
				Title: "rådgiver",
				Unit:  "Eiendomsavdelingen",
			},
			{
				ID:    "radmann",
				Name:  "Rådmannen",
				Title: "rådmann",
			},
		},
		Bodies: []prosessplan.Body{
			{
				ID:         "bystyret",
				Name:       "Bystyret",
				Kind:       prosessplan.MunicipalCouncil,
				NoticeDays: 21,
				Meetings:   []prosessplan.Date{prosessplan.D(2017, 2, 16), prosessplan.D(2017, 3, 16), prosessplan.D(2017, 4, 27), prosessplan.D(2017, 6, 15), prosessplan.D(2017, 9, 21), prosessplan.D(2017, 10, 19), prosessplan.D(2017, 11, 16), prosessplan.D(2017, 12, 7)},
			},
			{
				ID:         "formannskapet",
				Name:       "Formannskapet",
				Kind:       prosessplan.ExecutiveBoard,
				NoticeDays: 14,
				Meetings:   []prosessplan.Date{prosessplan.D(2017, 2, 8), prosessplan.D(2017, 3, 8), prosessplan.D(2017, 4, 19), prosessplan.D(2017, 6, 7), prosessplan.D(2017, 9, 13), prosessplan.D(2017, 10, 11), prosessplan.D(2017, 11, 8), prosessplan.D(2017, 11, 29)},
			},
			{
				ID:         "komite-pnm",
				Name:       "Komite for plan, næring og miljø",
				Kind:       prosessplan.Committee,
				NoticeDays: 14,
				Meetings:   []prosessplan.Date{prosessplan.D(2017, 2, 6), prosessplan.D(2017, 3, 6), prosessplan.D(2017, 4, 18), prosessplan.D(2017, 6, 6), prosessplan.D(2017, 9, 11), prosessplan.D(2017, 10, 9), prosessplan.D(2017, 11, 6), prosessplan.D(2017, 11, 27)},
			},
			{
				ID:         "komite-hs",
				Name:       "Komite for helse og sosial",
				Kind:       prosessplan.Committee,
				NoticeDays: 14,
				Meetings:   []prosessplan.Date{prosessplan.D(2017, 2, 7), prosessplan.D(2017, 3, 7), prosessplan.D(2017, 4, 19), prosessplan.D(2017, 6, 6), prosessplan.D(2017, 9, 12), prosessplan.D(2017, 10, 10), prosessplan.D(2017, 11, 7), prosessplan.D(2017, 11, 28)},
			},
			{
				ID:         "eldrerådet",
				Name:       "Eldrerådet",
				Kind:       prosessplan.ElderlyCouncil,
				NoticeDays: 10,
				Meetings:   []prosessplan.Date{prosessplan.D(2017, 1, 30), prosessplan.D(2017, 2, 27), prosessplan.D(2017, 4, 3), prosessplan.D(2017, 5, 29), prosessplan.D(2017, 8, 28), prosessplan.D(2017, 9, 25), prosessplan.D(2017, 10, 23), prosessplan.D(2017, 11, 20)},
			},
			{
				ID:         "rff",
				Name:       "Råd for funksjonshemmede",
				Kind:       prosessplan.DisabilityCouncil,
				NoticeDays: 10,
				Meetings:   []prosessplan.Date{prosessplan.D(2017, 1, 31), prosessplan.D(2017, 2, 28), prosessplan.D(2017, 4, 4), prosessplan.D(2017, 5, 30), prosessplan.D(2017, 8, 29), prosessplan.D(2017, 9, 26), prosessplan.D(2017, 10, 24), prosessplan.D(2017, 11, 21)},
			},
			{
				ID:         "ruspolitisk-råd",
				Name:       "Ruspolitisk råd",
				Kind:       prosessplan.OtherBody,
				NoticeDays: 10,
				Meetings:   []prosessplan.Date{prosessplan.D(2017, 2, 1), prosessplan.D(2017, 3, 1), prosessplan.D(2017, 4, 5), prosessplan.D(2017, 5, 31), prosessplan.D(2017, 8, 30), prosessplan.D(2017, 9, 27), prosessplan.D(2017, 10, 25), prosessplan.D(2017, 11, 22)},
			},
			{
				ID:         "ungdomsrådet",
				Name:       "Ungdomsrådet",
				Kind:       prosessplan.YouthCouncil,
				NoticeDays: 10,
				Meetings:   []prosessplan.Date{prosessplan.D(2017, 2, 2), prosessplan.D(2017, 3, 2), prosessplan.D(2017, 4, 6), prosessplan.D(2017, 6, 1), prosessplan.D(2017, 8, 31), prosessplan.D(2017, 9, 28), prosessplan.D(2017, 10, 26), prosessplan.D(2017, 11, 23)},
			},
			{
				ID:         "ledergruppa",
				Name:       "Rådmannens ledergruppe",
				Kind:       prosessplan.Administrative,
				NoticeDays: 7,
				Meetings:   []prosessplan.Date{prosessplan.D(2017, 1, 17), prosessplan.D(2017, 1, 31), prosessplan.D(2017, 2, 14), prosessplan.D(2017, 2, 28), prosessplan.D(2017, 3, 14), prosessplan.D(2017, 4, 25), prosessplan.D(2017, 5, 23), prosessplan.D(2017, 6, 13), prosessplan.D(2017, 8, 15), prosessplan.D(2017, 9, 5), prosessplan.D(2017, 10, 31), prosessplan.D(2017, 11, 14)},
			},
		},
		Phases: []prosessplan.Phase{
			{
				ID:          "1",
				Name:        "Oppstart/planprogram",
				Description: "Rulleringen starter, prosjektorganisasjonen og referansegruppene kommer på plass, prosessplanen godkjennes, og bystyret får melding om oppstart etter gjennomgang i råd og komiteer.",
				Start:       prosessplan.D(2017, 1, 9),
				End:         prosessplan.D(2017, 3, 17),
				Activities: []prosessplan.Activity{
					{
						ID:           "1.1",
						Name:         "Oppstart av rulleringen",
						Purpose:      "Markere at arbeidet med ny boligpolitisk handlingsplan er i gang.",
						Responsible:  "prosjektleder",
						Participants: []string{"prosjektgruppe"},
						Kind:         prosessplan.Milestone,
						Start:        prosessplan.DayOf(prosessplan.D(2017, 1, 9)),
						Status:       prosessplan.Done,
					},
					{
						ID:           "1.2",
						Name:         "Prosjektgruppa starter opp",
						Purpose:      "Etablere den tverrfaglige prosjektgruppa og fordele oppgaver.",
						Responsible:  "prosjektleder",
						Participants: []string{"prosjektgruppe"},
						Kind:         prosessplan.Meeting,
						Start:        prosessplan.At(prosessplan.D(2017, 1, 11), 9, 0),
						Duration: prosessplan.Duration{
							N:    180,
							Unit: prosessplan.Minutes,
						},
						After: []prosessplan.Dependency{
							{
								ID: "1.1",
							},
						},
						Deliverable: "Referat med roller og arbeidsdeling",
						Status:      prosessplan.Done,
					},
					{
						ID:           "1.3",
						Name:         "Prosessplan (prosjektplan) utarbeides",
						Purpose:      "Gi oversikt over hvem som gjør hva, hva som skal skje når, og hva som er hensikten.",
						Responsible:  "prosjektleder",
						Participants: []string{"prosjektgruppe"},
						Kind:         prosessplan.Work,
						Start:        prosessplan.DayOf(prosessplan.D(2017, 1, 12)),
						End:          prosessplan.DayOf(prosessplan.D(2017, 1, 20)),
						After: []prosessplan.Dependency{
							{
								ID: "1.2",
							},
						},
						Deliverable: "Utkast til prosessplan etter malen for prosessplan",
						Status:      prosessplan.Done,
					},
					{
						ID:           "1.4",
						Name:         "Styringsgruppen (rådmannens ledergruppe) godkjenner prosessplanen",
						Purpose:      "Forankre prosessplanen i ledelsen, slik at rammene for arbeidet ligger fast.",
						Responsible:  "prosjektleder",
						Participants: []string{"styringsgruppe"},
						Kind:         prosessplan.Milestone,
						After: []prosessplan.Dependency{
							{
								ID: "1.3",
							},
						},
						Decision: &prosessplan.Decision{
							Kind:    prosessplan.ProcessPlanApproval,
							Body:    "ledergruppa",
							Meeting: prosessplan.D(2017, 1, 31),
						},
						Deliverable: "Vedtatt prosessplan",
						Status:      prosessplan.Done,
					},
					{
						ID:           "1.5",
						Name:         "Referansegrupper etableres",
						Purpose:      "Sikre medvirkning fra samarbeidspartnere, næringsliv, råd og utvalg gjennom to separate referansegrupper.",
						Responsible:  "prosjektleder",
						Participants: []string{"referansegruppe-1", "referansegruppe-2"},
						Kind:         prosessplan.Work,
						Duration: prosessplan.Duration{
							N:    10,
							Unit: prosessplan.WorkingDays,
						},
						After: []prosessplan.Dependency{
							{
								ID: "1.4",
							},
						},
						Deliverable: "Referansegruppe 1 og 2 er satt sammen",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:          "1.6",
						Name:        "Saksframlegg om melding om oppstart",
						Purpose:     "Gjøre saken klar for rådene, komiteene og bystyret innen saksfristen.",
						Responsible: "prosjektleder",
						Kind:        prosessplan.Work,
						Duration: prosessplan.Duration{
							N:    5,
							Unit: prosessplan.WorkingDays,
						},
						After: []prosessplan.Dependency{
							{
								ID: "1.4",
							},
						},
						Deliverable: "Saksframlegg",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:          "1.7",
						Name:        "Melding om oppstart som politisk sak – gjennomgang i råd og komiteer",
						Purpose:     "Gi rådene og komiteene saken tidlig, og la bystyret eie arbeidet fra starten.",
						Responsible: "prosjektleder",
						Participants: []string{
							"eldrerådet",
							"rff",
							"ruspolitisk-råd",
							"ungdomsrådet",
							"komite-pnm",
							"komite-hs",
							"bystyret",
						},
						Kind: prosessplan.PoliticalDecision,
						After: []prosessplan.Dependency{
							{
								ID: "1.6",
							},
						},
						Decision: &prosessplan.Decision{
							Kind: prosessplan.StartNotice,
							Body: "bystyret",
							Route: []string{
								"eldrerådet",
								"rff",
								"ruspolitisk-råd",
								"ungdomsrådet",
								"komite-pnm",
								"komite-hs",
							},
							Meeting: prosessplan.D(2017, 3, 16),
							Proposal: []string{
								"Bystyret tar melding om oppstart av rullering av boligpolitisk handlingsplan til orientering.",
								"Planen utarbeides som temaplan, i tråd med prosessplan datert 24. januar 2017.",
								"Forslag til Boligplan 2018–2021 legges fram for politisk behandling i desember 2017.",
							},
							Summary: "Boligpolitisk handlingsplan 2014–2017 rulleres som vedtatt i planstrategien 2016. Saken orienterer om oppstart, organisering, medvirkning og framdrift.",
							Outcome: &prosessplan.Outcome{
								Date:       prosessplan.D(2017, 3, 16),
								CaseNumber: "PS 17/23",
								Status:     prosessplan.OutcomeAdopted,
							},
						},
						Status: prosessplan.NotStarted,
					},
				},
			},
			{
				ID:          "2",
				Name:        "Utredning/medvirkning",
				Description: "Kunnskapsgrunnlag og bred medvirkning: innbyggere, samarbeidspartnere, næringsliv og kommunens ansatte får mulighet til å medvirke i planleggingen av boligpolitikken.",
				Start:       prosessplan.D(2017, 3, 20),
				End:         prosessplan.D(2017, 6, 9),
				Activities: []prosessplan.Activity{
					{
						ID:          "2.1",
						Name:        "Kunnskapsgrunnlag og status for BPHP 2014–2017",
						Purpose:     "Vite hva som er oppnådd, og hvilke boligpolitiske utfordringer som gjenstår.",
						Responsible: "prosjektgruppe",
						Kind:        prosessplan.Work,
						Start:       prosessplan.DayOf(prosessplan.D(2017, 3, 20)),
						End:         prosessplan.DayOf(prosessplan.D(2017, 4, 21)),
						After: []prosessplan.Dependency{
							{
								ID: "1.7",
							},
						},
						Deliverable: "Statusrapport og kunnskapsgrunnlag",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:           "2.2",
						Name:         "Kampanjer for innspill på kommunens nettside og Facebook-side",
						Purpose:      "Nå innbyggere som ikke kommer på møter, og samle innspill til boligpolitikken.",
						Responsible:  "prosjektleder",
						Participants: []string{"prosjektgruppe"},
						Kind:         prosessplan.Work,
						Start:        prosessplan.DayOf(prosessplan.D(2017, 3, 20)),
						End:          prosessplan.DayOf(prosessplan.D(2017, 5, 19)),
						After: []prosessplan.Dependency{
							{
								ID: "1.7",
							},
						},
						Deliverable: "Innspill fra innbyggerne",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:           "2.3",
						Name:         "Folkemøte om boligpolitikken",
						Purpose:      "Gi alle innbyggere mulighet til å si hva de mener, og få en god dialog med Bodøsamfunnet.",
						Responsible:  "prosjektleder",
						Participants: []string{"prosjektgruppe"},
						Kind:         prosessplan.PublicMeeting,
						Start:        prosessplan.At(prosessplan.D(2017, 3, 29), 18, 0),
						Duration: prosessplan.Duration{
							N:    120,
							Unit: prosessplan.Minutes,
						},
						After: []prosessplan.Dependency{
							{
								ID: "1.7",
							},
						},
						Deliverable: "Referat og innspill",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:          "2.4",
						Name:        "Kafedialog",
						Purpose:     "Samtale i små grupper om hvordan det er å skaffe seg og bo i bolig i Bodø.",
						Responsible: "prosjektgruppe",
						Kind:        prosessplan.Workshop,
						Start:       prosessplan.At(prosessplan.D(2017, 4, 5), 17, 0),
						Duration: prosessplan.Duration{
							N:    150,
							Unit: prosessplan.Minutes,
						},
						After: []prosessplan.Dependency{
							{
								ID: "1.7",
							},
						},
						Deliverable: "Innspill fra kafedialogen",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:           "2.5",
						Name:         "Møte i referansegruppe 1 – eksterne samarbeidspartnere",
						Purpose:      "Få samarbeidspartnernes vurdering av boligbehov, marked og virkemidler.",
						Responsible:  "prosjektleder",
						Participants: []string{"referansegruppe-1", "prosjektgruppe"},
						Kind:         prosessplan.Meeting,
						Start:        prosessplan.At(prosessplan.D(2017, 4, 20), 9, 0),
						Duration: prosessplan.Duration{
							N:    180,
							Unit: prosessplan.Minutes,
						},
						After: []prosessplan.Dependency{
							{
								ID: "1.5",
							},
						},
						Deliverable: "Referat",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:           "2.6",
						Name:         "Møte i referansegruppe 2 – råd og utvalg",
						Purpose:      "Få rådenes, dialogforums og kommunedelsutvalgenes innspill tidlig i arbeidet.",
						Responsible:  "prosjektleder",
						Participants: []string{"referansegruppe-2", "prosjektgruppe"},
						Kind:         prosessplan.Meeting,
						Start:        prosessplan.At(prosessplan.D(2017, 4, 24), 12, 0),
						Duration: prosessplan.Duration{
							N:    180,
							Unit: prosessplan.Minutes,
						},
						After: []prosessplan.Dependency{
							{
								ID: "1.5",
							},
						},
						Deliverable: "Referat",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:           "2.7",
						Name:         "Verksted – generell boligutvikling",
						Purpose:      "Arbeide fram mål og tiltak for målområdet generell boligutvikling.",
						Responsible:  "radgiver-plan",
						Participants: []string{"prosjektgruppe", "referansegruppe-1"},
						Kind:         prosessplan.Workshop,
						Start:        prosessplan.At(prosessplan.D(2017, 4, 26), 9, 0),
						Duration: prosessplan.Duration{
							N:    240,
							Unit: prosessplan.Minutes,
						},
						After: []prosessplan.Dependency{
							{
								ID: "2.1",
							},
						},
						Deliverable: "Forslag til mål og tiltak",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:           "2.8",
						Name:         "Brukernært verksted – boligsosiale forhold",
						Purpose:      "La brukere av de boligsosiale tjenestene selv si hva som virker, og hva som mangler.",
						Responsible:  "radgiver-boligsosial",
						Participants: []string{"prosjektgruppe"},
						Kind:         prosessplan.Workshop,
						Start:        prosessplan.At(prosessplan.D(2017, 5, 3), 10, 0),
						Duration: prosessplan.Duration{
							N:    180,
							Unit: prosessplan.Minutes,
						},
						After: []prosessplan.Dependency{
							{
								ID: "2.1",
							},
						},
						Deliverable: "Forslag til mål og tiltak",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:           "2.9",
						Name:         "Medvirkning på Sølvsuper",
						Purpose:      "Møte eldre der de er, og få innspill om boliger for eldre.",
						Responsible:  "radgiver-boligsosial",
						Participants: []string{"prosjektgruppe", "eldrerådet"},
						Kind:         prosessplan.Meeting,
						Start:        prosessplan.At(prosessplan.D(2017, 5, 10), 11, 0),
						Duration: prosessplan.Duration{
							N:    120,
							Unit: prosessplan.Minutes,
						},
						After: []prosessplan.Dependency{
							{
								ID: "2.1",
							},
						},
						Deliverable: "Innspill",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:           "2.10",
						Name:         "Verksted – organisering, samarbeid og kompetanse",
						Purpose:      "Arbeide fram mål og tiltak for kommunens egen organisering, samarbeid og kompetanse.",
						Responsible:  "seksjonsleder",
						Participants: []string{"prosjektgruppe"},
						Kind:         prosessplan.Workshop,
						Start:        prosessplan.At(prosessplan.D(2017, 5, 16), 9, 0),
						Duration: prosessplan.Duration{
							N:    240,
							Unit: prosessplan.Minutes,
						},
						After: []prosessplan.Dependency{
							{
								ID: "2.1",
							},
						},
						Deliverable: "Forslag til mål og tiltak",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:          "2.11",
						Name:        "Politisk verksted",
						Purpose:     "La komiteene, rådene og kommunedelsutvalgene drøfte boligpolitikken før planutkastet skrives.",
						Responsible: "prosjektleder",
						Participants: []string{
							"komite-pnm",
							"komite-hs",
							"eldrerådet",
							"rff",
							"ruspolitisk-råd",
							"ungdomsrådet",
							"referansegruppe-2",
							"prosjektgruppe",
						},
						Kind:  prosessplan.Workshop,
						Start: prosessplan.At(prosessplan.D(2017, 5, 23), 17, 0),
						Duration: prosessplan.Duration{
							N:    180,
							Unit: prosessplan.Minutes,
						},
						After: []prosessplan.Dependency{
							{
								ID: "2.7",
							},
							{
								ID: "2.8",
							},
						},
						Deliverable: "Politiske innspill",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:          "2.12",
						Name:        "Rapport «Dine innspill»",
						Purpose:     "Vise innbyggerne hva de har sagt, og hvordan innspillene brukes.",
						Responsible: "radgiver-plan",
						Kind:        prosessplan.Work,
						Duration: prosessplan.Duration{
							N:    10,
							Unit: prosessplan.WorkingDays,
						},
						After: []prosessplan.Dependency{
							{
								ID: "2.2",
							},
							{
								ID: "2.9",
							},
							{
								ID: "2.10",
							},
							{
								ID: "2.11",
							},
						},
						Deliverable: "Rapport på kommunens nettside",
						Status:      prosessplan.NotStarted,
						Comment:     "Gjennomgående innspill: variert boligtilbud for alle, blanding av størrelser og priser, utleieboliger, gode møteplasser og uteområder.",
					},
				},
			},
			{
				ID:          "3",
				Name:        "Planforslag og høring",
				Description: "Planutkastet skrives, behandles i styringsgruppen og legges ut på høring.",
				Start:       prosessplan.D(2017, 6, 5),
				End:         prosessplan.D(2017, 11, 3),
				Activities: []prosessplan.Activity{
					{
						ID:           "3.1",
						Name:         "Skrive utkast til Boligplan 2018–2021",
						Purpose:      "Samle kunnskapsgrunnlaget og innspillene i et planutkast med mål og tiltak per målområde.",
						Responsible:  "prosjektleder",
						Participants: []string{"prosjektgruppe"},
						Kind:         prosessplan.Work,
						Start:        prosessplan.DayOf(prosessplan.D(2017, 6, 6)),
						End:          prosessplan.DayOf(prosessplan.D(2017, 8, 9)),
						After: []prosessplan.Dependency{
							{
								ID: "2.1",
							},
						},
						Deliverable: "Planutkast",
						Status:      prosessplan.NotStarted,
						Comment:     "Fellesferie i juli; arbeidet tas opp igjen i august.",
					},
					{
						ID:           "3.2",
						Name:         "Styringsgruppen behandler planutkastet",
						Purpose:      "Forankre planutkastet administrativt før det går til politisk behandling.",
						Responsible:  "prosjektleder",
						Participants: []string{"styringsgruppe"},
						Kind:         prosessplan.Meeting,
						Start:        prosessplan.At(prosessplan.D(2017, 8, 15), 9, 0),
						Duration: prosessplan.Duration{
							N:    60,
							Unit: prosessplan.Minutes,
						},
						After: []prosessplan.Dependency{
							{
								ID: "3.1",
							},
						},
						Deliverable: "Godkjent høringsutkast",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:          "3.3",
						Name:        "Utlegging til høring",
						Purpose:     "La rådene uttale seg før formannskapet legger planforslaget ut på høring.",
						Responsible: "prosjektleder",
						Participants: []string{
							"eldrerådet",
							"rff",
							"ruspolitisk-råd",
							"ungdomsrådet",
							"formannskapet",
						},
						Kind: prosessplan.PoliticalDecision,
						After: []prosessplan.Dependency{
							{
								ID: "3.2",
							},
						},
						Decision: &prosessplan.Decision{
							Kind:    prosessplan.HearingDecision,
							Body:    "formannskapet",
							Route:   []string{"eldrerådet", "rff", "ruspolitisk-råd", "ungdomsrådet"},
							Meeting: prosessplan.D(2017, 9, 13),
							Hearing: "3.4",
							Proposal: []string{
								"Formannskapet legger forslag til Boligplan 2018–2021 ut på høring og offentlig ettersyn fra 15. september til 27. oktober 2017.",
							},
							Summary: "Forslaget bygger på kunnskapsgrunnlaget og innspillene fra medvirkningen og har mål og tiltak for de tre målområdene.",
							Outcome: &prosessplan.Outcome{
								Date:       prosessplan.D(2017, 9, 13),
								CaseNumber: "PS 17/102",
								Status:     prosessplan.OutcomeAdopted,
							},
						},
						Status: prosessplan.NotStarted,
					},
					{
						ID:          "3.4",
						Name:        "Høring og offentlig ettersyn",
						Purpose:     "Gi innbyggere, samarbeidspartnere, råd og utvalg mulighet til å uttale seg om planforslaget.",
						Responsible: "prosjektleder",
						Participants: []string{
							"referansegruppe-1",
							"referansegruppe-2",
							"eldrerådet",
							"rff",
							"ruspolitisk-råd",
							"ungdomsrådet",
						},
						Kind:  prosessplan.Hearing,
						Start: prosessplan.DayOf(prosessplan.D(2017, 9, 15)),
						End:   prosessplan.DayOf(prosessplan.D(2017, 10, 27)),
						After: []prosessplan.Dependency{
							{
								ID: "3.3",
							},
						},
						Deliverable: "Høringsuttalelser",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:           "3.5",
						Name:         "Møte med referansegruppene i høringsperioden",
						Purpose:      "Gå gjennom planforslaget med referansegruppene, slik at uttalelsene blir konkrete.",
						Responsible:  "prosjektleder",
						Participants: []string{"referansegruppe-1", "referansegruppe-2", "prosjektgruppe"},
						Kind:         prosessplan.Meeting,
						Start:        prosessplan.At(prosessplan.D(2017, 10, 4), 12, 0),
						Duration: prosessplan.Duration{
							N:    180,
							Unit: prosessplan.Minutes,
						},
						After: []prosessplan.Dependency{
							{
								ID: "3.3",
							},
						},
						Deliverable: "Referat",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:          "3.6",
						Name:        "Gjennomgang av høringsuttalelser",
						Purpose:     "Vurdere hver uttalelse og bearbeide planforslaget.",
						Responsible: "prosjektgruppe",
						Kind:        prosessplan.Work,
						Duration: prosessplan.Duration{
							N:    5,
							Unit: prosessplan.WorkingDays,
						},
						After: []prosessplan.Dependency{
							{
								ID: "3.4",
							},
						},
						Deliverable: "Merknadsbehandling og revidert planforslag",
						Status:      prosessplan.NotStarted,
					},
				},
			},
			{
				ID:          "4",
				Name:        "Sluttbehandling",
				Description: "Planforslaget går gjennom rådene, komiteen og formannskapet og vedtas av bystyret 7. desember 2017.",
				Start:       prosessplan.D(2017, 11, 6),
				End:         prosessplan.D(2017, 12, 15),
				Activities: []prosessplan.Activity{
					{
						ID:           "4.1",
						Name:         "Ferdigstille planforslag og saksframlegg",
						Purpose:      "Ha saken klar til saksfristen for rådenes møter.",
						Responsible:  "prosjektleder",
						Participants: []string{"styringsgruppe"},
						Kind:         prosessplan.Work,
						Duration: prosessplan.Duration{
							N:    5,
							Unit: prosessplan.WorkingDays,
						},
						After: []prosessplan.Dependency{
							{
								ID: "3.6",
							},
						},
						Deliverable: "Saksframlegg med planforslag",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:          "4.2",
						Name:        "Sluttbehandling i bystyret",
						Purpose:     "Vedta Boligplan 2018–2021 etter at rådene, komiteen og formannskapet har behandlet saken.",
						Responsible: "prosjektleder",
						Participants: []string{
							"eldrerådet",
							"rff",
							"ruspolitisk-råd",
							"ungdomsrådet",
							"komite-pnm",
							"formannskapet",
							"bystyret",
						},
						Kind: prosessplan.PoliticalDecision,
						After: []prosessplan.Dependency{
							{
								ID: "4.1",
							},
						},
						Decision: &prosessplan.Decision{
							Kind: prosessplan.FinalDecision,
							Body: "bystyret",
							Route: []string{
								"eldrerådet",
								"rff",
								"ruspolitisk-råd",
								"ungdomsrådet",
								"komite-pnm",
								"formannskapet",
							},
							Meeting: prosessplan.D(2017, 12, 7),
							Proposal: []string{
								"Bystyret vedtar Boligplan 2018–2021.",
								"Tiltak i planen følges opp i budsjett og økonomiplan og i årlige handlingsplaner.",
							},
							Summary: "Boligplan 2018–2021 erstatter Boligpolitisk handlingsplan 2014–2017 og beholder strukturen med tre målområder.",
						},
						Deliverable: "Vedtatt Boligplan 2018–2021",
						Status:      prosessplan.NotStarted,
					},
					{
						ID:          "4.3",
						Name:        "Kunngjøring og oppfølging av vedtatt plan",
						Purpose:     "Gjøre planen kjent, og følge den opp i programavtalen med Husbanken og i årlige handlingsplaner.",
						Responsible: "prosjektleder",
						Kind:        prosessplan.Work,
						Duration: prosessplan.Duration{
							N:    5,
							Unit: prosessplan.WorkingDays,
						},
						After: []prosessplan.Dependency{
							{
								ID: "4.2",
							},
						},
						Deliverable: "Kunngjort plan",
						Status:      prosessplan.NotStarted,
					},
				},
			},
		},
		Participation: []prosessplan.Participation{
			{
				Who:        "Innbyggere",
				How:        "Folkemøte",
				When:       "Mars 2017",
				Why:        "Gi alle innbyggere mulighet til å medvirke og få en god dialog med ulike deler av Bodøsamfunnet.",
				Activities: []string{"2.3"},
			},
			{
				Who:        "Innbyggere",
				How:        "Kampanjer for innspill på kommunens nettside og Facebook-side",
				When:       "Mars–mai 2017",
				Why:        "Nå dem som ikke kommer på møter.",
				Activities: []string{"2.2", "2.12"},
			},
			{
				Who:        "Innbyggere og lag og foreninger",
				How:        "Kafedialog",
				When:       "April 2017",
				Why:        "Samtale i små grupper gir innspill som et folkemøte ikke får fram.",
				Activities: []string{"2.4"},
			},
			{
				Who:        "Eldre",
				How:        "Medvirkning på Sølvsuper",
				When:       "Mai 2017",
				Why:        "Møte eldre der de er.",
				Activities: []string{"2.9"},
			},
			{
				Who:        "Brukere av boligsosiale tjenester",
				How:        "Brukernært verksted (boligsosiale forhold)",
				When:       "Mai 2017",
				Why:        "Medvirkning skal skje på en måte som passer for dem det gjelder.",
				Activities: []string{"2.8"},
			},
			{
				Who:        "Komiteer, råd og kommunedelsutvalg",
				How:        "Politisk verksted",
				When:       "Mai 2017",
				Why:        "Politisk forankring før planutkastet skrives.",
				Activities: []string{"2.11"},
			},
			{
				Who:        "Samarbeidspartnere og næringsliv",
				How:        "Referansegruppe 1",
				When:       "Hele prosessen",
				Why:        "Samarbeidspartnernes kunnskap og eierskap til planen.",
				Activities: []string{"2.5", "2.7", "3.5"},
			},
			{
				Who:        "Råd, dialogforum og kommunedelsutvalg",
				How:        "Referansegruppe 2, og rådenes egen behandling av sakene",
				When:       "Hele prosessen",
				Why:        "Rådene skal få sakene tidlig nok til å påvirke dem.",
				Activities: []string{"2.6", "3.5", "1.7", "3.3", "4.2"},
			},
			{
				Who:        "Kommunens ansatte",
				How:        "Tverrfaglig prosjektgruppe, verksteder per fagområde og nær samordning med andre kommunale planer som rulleres samtidig",
				When:       "Hele prosessen",
				Why:        "Helhetlig, sektorovergripende planlegging.",
				Activities: []string{"1.2", "2.7", "2.8", "2.10"},
			},
		},
		SuccessFactors: []string{
			"Vellykket helhetlig sektorovergripende planlegging.",
			"Prioritering av utviklingsarbeid, med fokus på langsiktige løsninger.",
			"Tilstrekkelig ressurstilgang.",
			"Stabil personalsituasjon blant sentrale arbeidstakere med viktig faglig kompetanse.",
			"Tid til håndtering av flere omfattende arbeidsoppgaver.",
		},
		Risks: []prosessplan.Risk{
			{
				Description: "Samfunnsdelen, arealdelen og boligplanen rulleres samtidig.",
				Consequence: "De samme fagfolkene får for mye å gjøre, og framdriften glipper.",
				Mitigation:  "Felles framdriftsplan for de tre planene; styringsgruppen prioriterer ved konflikt.",
			},
			{
				Description: "Få deltar i medvirkningen.",
				Consequence: "Planen blir mindre omforent.",
				Mitigation:  "Flere møteformer (folkemøte, kafedialog, verksteder, nett og Facebook), og møter der folk er.",
			},
			{
				Description: "Nøkkelpersoner slutter eller blir borte lenge.",
				Consequence: "Kompetanse og framdrift går tapt.",
				Mitigation:  "Dokumentere arbeidet løpende i prosjektgruppa, og ha en stedfortreder for prosjektleder.",
			},
			{
				Description: "Saken rekker ikke saksfristen før bystyrets møte 7. desember.",
				Consequence: "Planen vedtas først i 2018, etter at den gamle planperioden er ute.",
				Mitigation:  "Saksfristene i møteplanen er lagt inn i framdriftsplanen og følges opp i prosjektgruppa.",
			},
		},
		Resources: []prosessplan.Resource{
			{
				What:    "Prosjektleder",
				Amount:  "60 % stilling i 2017",
				Percent: 60,
			},
			{
				What:    "Prosjektgruppe",
				Amount:  "Om lag 10 % stilling per medlem",
				Comment: "Fra plan og samfunn, helse og omsorg og eiendom",
			},
			{
				What:   "Medvirkning (lokaler, servering, annonser)",
				Amount: "kr 60 000",
				Kroner: 60000,
			},
			{
				What:   "Trykking og kunngjøring",
				Amount: "kr 15 000",
				Kroner: 15000,
			},
		},
		Attachments: []prosessplan.Attachment{
			{
				Title: "Mal for prosessplan",
			},
		},
		Calendar: prosessplan.CalendarSettings{
			Closures: []prosessplan.Closure{
				{
					Name: "Romjul",
					Range: prosessplan.DateRange{
						From: prosessplan.D(2017, 12, 27),
						To:   prosessplan.D(2017, 12, 29),
					},
				},
			},
		},
	}
}
