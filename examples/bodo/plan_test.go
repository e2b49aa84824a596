package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/prosessplan"
)

var update = flag.Bool("update", false, "rewrite plan.go from examples/bodo.yaml")

// TestPlanMatchesYAML holds the Go-coded plan to the plan file: both
// encode to the same bytes. When bodo.yaml changes, run
// `go test ./examples/bodo -update` to write plan.go again.
func TestPlanMatchesYAML(t *testing.T) {
	if *update {
		src, err := goSource(examples.Bodo())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("plan.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Log("wrote plan.go; run the test again without -update")
		return
	}
	var fromGo, fromYAML bytes.Buffer
	if err := prosessplan.Encode(&fromGo, bodo()); err != nil {
		t.Fatal(err)
	}
	if err := prosessplan.Encode(&fromYAML, examples.Bodo()); err != nil {
		t.Fatal(err)
	}
	if fromGo.String() != fromYAML.String() {
		a, b := strings.Split(fromGo.String(), "\n"), strings.Split(fromYAML.String(), "\n")
		for i := 0; i < len(a) && i < len(b); i++ {
			if a[i] != b[i] {
				t.Fatalf("plan.go and bodo.yaml differ at line %d of the encoded plan:\n go:   %s\n yaml: %s\n(go test ./examples/bodo -update rewrites plan.go)", i+1, a[i], b[i])
			}
		}
		t.Fatalf("plan.go encodes to %d lines, bodo.yaml to %d (go test ./examples/bodo -update)", len(a), len(b))
	}
}

// goSource returns plan.go: p as Go struct literals.
func goSource(p *prosessplan.Plan) ([]byte, error) {
	names, err := constNames()
	if err != nil {
		return nil, err
	}
	g := &gen{names: names}
	g.b.WriteString(`// Code generated from examples/bodo.yaml by "go test -update"; DO NOT EDIT.

package main

import "github.com/prosessplan/go-prosessplan/prosessplan"

// bodo returns Bodø kommune's process plan for Boligplan 2018–2021, written
// in Go: the same plan as the file examples/bodo.yaml, where the sources
// of each fact and the illustrative details are marked.
func bodo() *prosessplan.Plan {
	return &`)
	g.value(reflect.ValueOf(*p))
	g.b.WriteString("\n}\n")
	return format.Source(g.b.Bytes())
}

// constNames maps the values of the model's enum constants to their names,
// read from the package source: "ActivityKind møte" → "Meeting".
func constNames() (map[string]string, error) {
	fset := token.NewFileSet()
	names := map[string]string{}
	for _, file := range []string{"../../prosessplan/plan.go", "../../prosessplan/date.go"} {
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				id, ok := vs.Type.(*ast.Ident)
				if !ok || len(vs.Values) != 1 {
					continue
				}
				lit, ok := vs.Values[0].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				v, _ := strconv.Unquote(lit.Value)
				names[id.Name+" "+v] = vs.Names[0].Name
			}
		}
	}
	return names, nil
}

type gen struct {
	b     bytes.Buffer
	names map[string]string
	elem  bool // the next struct is a slice element: no type name
}

var (
	dateType = reflect.TypeOf(prosessplan.Date{})
	timeType = reflect.TypeOf(prosessplan.Time{})
)

func (g *gen) value(v reflect.Value) {
	t := v.Type()
	switch {
	case t == dateType:
		d := v.Interface().(prosessplan.Date)
		fmt.Fprintf(&g.b, "prosessplan.D(%d, %d, %d)", d.Year, d.Month, d.Day)
		return
	case t == timeType:
		tm := v.Interface().(prosessplan.Time)
		if tm.HasClock {
			fmt.Fprintf(&g.b, "prosessplan.At(prosessplan.D(%d, %d, %d), %d, %d)", tm.Date.Year, tm.Date.Month, tm.Date.Day, tm.Minute/60, tm.Minute%60)
		} else {
			fmt.Fprintf(&g.b, "prosessplan.DayOf(prosessplan.D(%d, %d, %d))", tm.Date.Year, tm.Date.Month, tm.Date.Day)
		}
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		g.b.WriteString("&")
		g.value(v.Elem())
	case reflect.Struct:
		if !g.elem {
			g.b.WriteString("prosessplan." + t.Name())
		}
		g.elem = false
		g.b.WriteString("{")
		first := true
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if f.Name == "Pos" || f.Name == "File" || v.Field(i).IsZero() {
				continue
			}
			if first {
				g.b.WriteString("\n")
				first = false
			}
			g.b.WriteString(f.Name + ": ")
			g.value(v.Field(i))
			g.b.WriteString(",\n")
		}
		g.b.WriteString("}")
	case reflect.Slice:
		g.b.WriteString("[]" + typeName(t.Elem()) + "{")
		structs := t.Elem().Kind() == reflect.Struct && t.Elem() != dateType && t.Elem() != timeType
		long := structs
		if t.Elem().Kind() == reflect.String {
			n := 0
			for i := 0; i < v.Len(); i++ {
				n += len(v.Index(i).String()) + 4
			}
			long = n > 60
		}
		for i := 0; i < v.Len(); i++ {
			switch {
			case structs:
				// The element type is implied, as gofmt -s writes it.
				g.b.WriteString("\n")
				g.elem = true
				g.value(v.Index(i))
				g.b.WriteString(",")
			case long:
				g.b.WriteString("\n")
				g.value(v.Index(i))
				g.b.WriteString(",")
			default:
				if i > 0 {
					g.b.WriteString(", ")
				}
				g.value(v.Index(i))
			}
		}
		if long && v.Len() > 0 {
			g.b.WriteString("\n")
		}
		g.b.WriteString("}")
	case reflect.String:
		if t.Name() != "string" {
			if n, ok := g.names[t.Name()+" "+v.String()]; ok {
				g.b.WriteString("prosessplan." + n)
				return
			}
			fmt.Fprintf(&g.b, "prosessplan.%s(%s)", t.Name(), strconv.Quote(v.String()))
			return
		}
		g.b.WriteString(strconv.Quote(v.String()))
	case reflect.Int:
		fmt.Fprintf(&g.b, "%d", v.Int())
	case reflect.Bool:
		fmt.Fprintf(&g.b, "%t", v.Bool())
	default:
		panic("plan_test: no Go literal for " + t.String())
	}
}

func typeName(t reflect.Type) string {
	if t.Kind() == reflect.Pointer {
		return "*" + typeName(t.Elem())
	}
	if t.PkgPath() == "" {
		return t.Name()
	}
	return "prosessplan." + t.Name()
}
