#!/usr/bin/env bash
# Differential check of a policy rewrite: the rules and data of REF (default: the last commit before
# the evaluation-speed rewrite) and those of the working tree must decide every input of grid.rego,
# every policies/examples input and the malformed inputs identically, field for field (messages,
# order of reasons and revision included). Both sets run in one `opa eval`: REF's packages are
# renamed under data.reference, its data files under data.reference.portcullis_data.
# Usage: policies/differential/run.sh [REF]; prints a report (compared, mismatches, the first three
# mismatches, decisions per action and reason code) and exits 1 on any mismatch.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PORTCULLIS_ROOT="$ROOT"
. "$ROOT/deploy/lib/opa.sh"
OPA=$(portcullis_opa_bin)
REF="${1:-64b8143}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/ref" "$WORK/rego" "$WORK/data"
git -C "$ROOT" archive "$REF" policies/rego policies/data | tar -x -C "$WORK/ref"
for file in "$WORK"/ref/policies/rego/portcullis/*.rego; do
  case "$file" in *_test.rego) continue ;; esac
  sed -e 's/^package portcullis\./package reference.portcullis./' \
      -e 's/data\.portcullis\./data.reference.portcullis./g' \
      -e 's/data\.portcullis_data/data.reference.portcullis_data/g' \
      "$file" > "$WORK/rego/$(basename "$file")"
done
for file in "$WORK"/ref/policies/data/*.json; do
  jq '{reference: .}' "$file" > "$WORK/data/$(basename "$file")"
done
find "$ROOT/policies/examples" -name '*.json' ! -name expected-decisions.json -print0 | sort -z \
  | xargs -0 jq -s '{differential_examples: .}' > "$WORK/examples.json"
mapfile -t paths < <(portcullis_opa_policy_args)
loads=()
for path in "${paths[@]}" "$WORK/rego" "$WORK/data" "$WORK/examples.json" "$ROOT/policies/differential/grid.rego" \
  "$ROOT/policies/differential/compare.rego"; do
  loads+=(-d "$path")
done
echo "# policies/differential/run.sh $REF: reference $(git -C "$ROOT" rev-parse --short "$REF"), candidate: working tree ($(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- policies/rego policies/data || echo ', modified'))"
"$OPA" eval -f raw --ignore '*_test.rego' "${loads[@]}" 'json.marshal_with_options(data.differential.report, {"pretty": true, "indent": "  "})' \
  > "$WORK/report.json"
cat "$WORK/report.json"
[ "$(jq .mismatches "$WORK/report.json")" = 0 ]
