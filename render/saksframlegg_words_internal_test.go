package render

import (
	"testing"
)

// Every decision kind the saksframlegg names in a file name has a name
// there, so no file is named by the plan file's own word; the fixed
// sentences themselves are checked by TestPhrasesComplete.
func TestCaseWordsComplete(t *testing.T) {
	for name, m := range map[string]int{"fileKind": len(caseText.fileKind), "pastTense": len(caseText.pastTense), "stepIs": len(caseText.stepIs)} {
		if m < 5 {
			t.Errorf("caseWords.%s has %d entries", name, m)
		}
	}
}
