package validate

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// runnerJS runs a validator's check.mjs for many files in one node process.
//
//go:embed runner.mjs
var runnerJS []byte

// A node validator (validate-html, validate-pdf-tags) is a shell script that
// installs its npm packages into a cache folder and runs check.mjs there
// once per file. Starting node, pdf.js and Chromium for every file was most
// of the test suite's time, so the tests run the same check.mjs, unchanged,
// in one long-lived node process per validator and test binary.
type nodeValidator struct {
	name    string // the script in shared/validate, e.g. "validate-html"
	src     string // its folder of check.mjs and package.json, e.g. "html"
	dep     string // a package whose presence says the npm install is done
	cache   string // $XDG_CACHE_HOME/validate-html, as the script has it
	catalog string // validate-pdf-tags' catalog check, a node program

	mu     sync.Mutex
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stdout *bufio.Reader
	stderr *bytes.Buffer
	err    error // why the process could not start; sticky
}

var (
	htmlValidator = &nodeValidator{name: "validate-html", src: "html", dep: "axe-core"}
	tagsValidator = &nodeValidator{name: "validate-pdf-tags", src: "pdftags", dep: "pdfjs-dist"}
)

// check runs check.mjs with args (the validator's flags and one file) and
// returns its exit code and output.
func (v *nodeValidator) check(t testing.TB, args []string) (int, string) {
	t.Helper()
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.cmd == nil && v.err == nil {
		v.err = v.start(Dir(t))
	}
	if v.err != nil {
		t.Fatalf("%s: %v", v.name, v.err)
	}
	job, _ := json.Marshal(struct {
		Args []string `json:"args"`
	}{args})
	var res struct {
		Code int    `json:"code"`
		Out  string `json:"out"`
	}
	_, err := v.stdin.Write(append(job, '\n'))
	if err == nil {
		var line []byte
		line, err = v.stdout.ReadBytes('\n')
		if err == nil {
			err = json.Unmarshal(line, &res)
		}
	}
	if err != nil {
		v.err = fmt.Errorf("the node process stopped: %v\n%s", err, v.stderr)
		t.Fatalf("%s: %v", v.name, v.err)
	}
	return res.Code, res.Out
}

func (v *nodeValidator) start(dir string) error {
	script, err := os.ReadFile(filepath.Join(dir, v.name))
	if err != nil {
		return err
	}
	v.cache = cacheDir(v.name)
	if v.name == "validate-pdf-tags" {
		// The script's own catalog check, so that it is run as written.
		m := regexp.MustCompile(`(?s)node -e '(.*?)' \|\| rc=1`).FindSubmatch(script)
		if m == nil {
			return errors.New("cannot find the catalog check in " + v.name)
		}
		v.catalog = string(m[1])
	}
	if err := v.install(dir); err != nil {
		return err
	}
	args := []string{filepath.Join(v.cache, "runner.mjs"), v.src}
	if v.catalog != "" {
		args = append(args, v.catalog)
	}
	cmd := exec.Command("node", args...)
	cmd.Dir = v.cache
	v.stderr = new(bytes.Buffer)
	// Not the test binary's own stderr: go test would wait for node to
	// close it. node ends when stdin closes, that is when the test binary
	// exits.
	cmd.Stderr = v.stderr
	if v.stdin, err = cmd.StdinPipe(); err != nil {
		return err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	v.stdout = bufio.NewReader(out)
	if err := cmd.Start(); err != nil {
		return err
	}
	v.cmd = cmd
	return nil
}

// cacheDir is the folder the validator's script installs into.
func cacheDir(name string) string {
	if d := os.Getenv("VALIDATE_CACHE_DIR"); d != "" {
		return d
	}
	base := os.Getenv("XDG_CACHE_HOME")
	if base == "" {
		home, _ := os.UserHomeDir()
		base = filepath.Join(home, ".cache")
	}
	return filepath.Join(base, name)
}

// install does what the script does on first use: npm install of the
// pinned packages into the cache folder, and check.mjs beside them. Test
// binaries run in parallel, and two npm installs into one folder break
// each other, so it holds a lock across processes.
func (v *nodeValidator) install(dir string) error {
	if err := os.MkdirAll(v.cache, 0o755); err != nil {
		return err
	}
	unlock, err := lockDir(v.cache + ".lock")
	if err != nil {
		return err
	}
	defer unlock()
	pkg, err := os.ReadFile(filepath.Join(dir, v.src, "package.json"))
	if err != nil {
		return err
	}
	have, _ := os.ReadFile(filepath.Join(v.cache, "package.json"))
	if _, err := os.Stat(filepath.Join(v.cache, "node_modules", v.dep, "package.json")); err != nil || !bytes.Equal(have, pkg) {
		if err := writeIfChanged(filepath.Join(v.cache, "package.json"), pkg); err != nil {
			return err
		}
		npm := exec.Command("npm", "install", "--silent", "--no-audit", "--no-fund")
		npm.Dir = v.cache
		npm.Env = append(os.Environ(), "PUPPETEER_SKIP_DOWNLOAD=1")
		if out, err := npm.CombinedOutput(); err != nil {
			return fmt.Errorf("npm install in %s: %v\n%s", v.cache, err, out)
		}
	}
	check, err := os.ReadFile(filepath.Join(dir, v.src, "check.mjs"))
	if err != nil {
		return err
	}
	if err := writeIfChanged(filepath.Join(v.cache, "check.mjs"), check); err != nil {
		return err
	}
	return writeIfChanged(filepath.Join(v.cache, "runner.mjs"), runnerJS)
}

// writeIfChanged replaces file by way of a temporary file, so a node
// process of another test binary never reads half of it.
func writeIfChanged(file string, b []byte) error {
	if old, err := os.ReadFile(file); err == nil && bytes.Equal(old, b) {
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), ".tmp-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(b)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), file)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// lockDir takes a lock shared by processes: the directory exists while it
// is held. A lock older than ten minutes was left by a killed process.
func lockDir(d string) (unlock func(), err error) {
	deadline := time.Now().Add(10 * time.Minute)
	for {
		err := os.Mkdir(d, 0o755)
		if err == nil {
			return func() { os.Remove(d) }, nil
		}
		if !errors.Is(err, os.ErrExist) {
			return nil, err
		}
		if fi, err := os.Stat(d); err == nil && time.Since(fi.ModTime()) > 10*time.Minute {
			os.Remove(d)
			continue
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("waited ten minutes for the lock %s", d)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// nodeCheck runs the validator on every file and fails t, naming each file
// that failed with the validator's own findings.
func nodeCheck(t testing.TB, v *nodeValidator, files []string, extra []string) {
	t.Helper()
	var failed []string
	for _, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			t.Fatal(err)
		}
		code, out := v.check(t, append(append([]string{}, extra...), abs))
		if code != 0 {
			failed = append(failed, fmt.Sprintf("%s %s: exit status %d\n%s", v.name, strings.Join(append(append([]string{}, extra...), f), " "), code, out))
		}
	}
	if len(failed) > 0 {
		t.Fatal(strings.Join(failed, "\n"))
	}
}
