// deploycheck: offline checks for the deployment files (built by scripts/validate-deploy.sh).
//
//	deploycheck compose FILE   load FILE like `docker compose config` does (Compose
//	                           specification schema, interpolation, merge keys,
//	                           depends_on targets) and print the resolved project as JSON
//	deploycheck yaml2json      read a multi-document YAML stream on stdin, print a JSON array
//	deploycheck promql         read a JSON array of PromQL expressions on stdin and parse
//	                           each with Prometheus' own parser; exit 1 naming the bad ones
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/prometheus/prometheus/promql/parser"
	yaml3 "go.yaml.in/yaml/v3"
)

func fail(format string, a ...any) {
	fmt.Fprintf(os.Stderr, "deploycheck: "+format+"\n", a...)
	os.Exit(1)
}

func main() {
	if len(os.Args) < 2 {
		fail("usage: deploycheck compose FILE | yaml2json < stream")
	}
	switch os.Args[1] {
	case "compose":
		if len(os.Args) != 3 {
			fail("usage: deploycheck compose FILE")
		}
		opts, err := cli.NewProjectOptions([]string{os.Args[2]}, cli.WithOsEnv, cli.WithDotEnv)
		if err != nil {
			fail("%v", err)
		}
		project, err := opts.LoadProject(context.Background())
		if err != nil {
			fail("%s: %v", os.Args[2], err)
		}
		out, err := project.MarshalJSON()
		if err != nil {
			fail("%v", err)
		}
		os.Stdout.Write(out)
	case "yaml2json":
		// A real YAML stream decoder: "---" inside a block scalar is content, not a separator.
		dec := yaml3.NewDecoder(os.Stdin)
		docs := []any{}
		for {
			var doc any
			err := dec.Decode(&doc)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				fail("yaml: %v", err)
			}
			if doc != nil {
				docs = append(docs, doc)
			}
		}
		out, err := json.Marshal(docs)
		if err != nil {
			fail("json: %v", err)
		}
		os.Stdout.Write(out)
	case "promql":
		var exprs []string
		if err := json.NewDecoder(os.Stdin).Decode(&exprs); err != nil {
			fail("promql: want a JSON array of strings on stdin: %v", err)
		}
		promParser := parser.NewParser(parser.Options{})
		bad := 0
		for _, e := range exprs {
			if _, err := promParser.ParseExpr(e); err != nil {
				bad++
				fmt.Fprintf(os.Stderr, "invalid PromQL: %v\n    %s\n", err, e)
			}
		}
		if bad > 0 {
			fail("%d of %d PromQL expressions do not parse", bad, len(exprs))
		}
		fmt.Printf("%d PromQL expressions parse\n", len(exprs))
	default:
		fail("unknown command %q", os.Args[1])
	}
}
