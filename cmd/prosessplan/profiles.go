package main

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// profileExts are the file names a municipality's profile may have, in
// the order they are tried.
var profileExts = []string{".yaml", ".yml", ".json"}

// municipalityProfiles reads the profile of each municipality of a joint
// plan that names one (Municipality.Profile, key "profil"): the file
// NAME.yaml, NAME.yml or NAME.json in the folder of the -profile file when
// there is one, else beside the plan file. A profile that is not there
// is no error: that municipality's saksframlegg get the default layout
// with its own name, and notes says so. A profile that is there but
// wrong is an error, as a wrong -profile is.
func municipalityProfiles(p *prosessplan.Plan, planFile, profileFile string, l prosessplan.Language) (profiles map[string]render.Profile, notes []string, err error) {
	dir := ""
	switch {
	case profileFile != "":
		dir = filepath.Dir(profileFile)
	case planFile != "" && planFile != "-":
		dir = filepath.Dir(planFile)
	default:
		return nil, nil, nil
	}
	for _, m := range p.Municipalities {
		name := strings.TrimSpace(m.Profile)
		if name == "" {
			continue
		}
		if _, done := profiles[name]; done {
			continue
		}
		// The name comes from the plan file: it names a file in dir and
		// never a path elsewhere.
		if !plainName(name) {
			notes = append(notes, fmt.Sprintf(msgs.profileBadName.In(l), m.Name, name))
			continue
		}
		found := false
		for _, ext := range profileExts {
			file := filepath.Join(dir, name+ext)
			prof, err := readProfile(file)
			var fe *fileError
			if errors.As(err, &fe) && fe.Kind == kindProfile && errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				return nil, nil, err
			}
			if profiles == nil {
				profiles = map[string]render.Profile{}
			}
			profiles[name] = prof
			found = true
			break
		}
		if !found {
			notes = append(notes, fmt.Sprintf(msgs.profileNotFound.In(l), name, filepath.Join(dir, name+".yaml"), m.Name))
		}
	}
	return profiles, notes, nil
}

// plainName reports whether s can be a file name of its own: letters,
// digits, "-" and "_", not starting with a dot.
func plainName(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' {
			return false
		}
	}
	return s != ""
}
