# Rego checks of the policy library: format, strict compile, unit tests with coverage >= 90% of the rule
# files (test files excluded from the measure). Loads the same files OPA serves, the entity catalog
# included. Sourced by deploy/portcullis test; exports PORTCULLIS_OPA_BIN for the Java suites after it.
. "$PORTCULLIS_ROOT/deploy/lib/opa.sh"
PORTCULLIS_OPA_BIN=$(portcullis_opa_bin) || exit 1
export PORTCULLIS_OPA_BIN
mapfile -t _rego_paths < <(portcullis_opa_policy_args)
_rego_cov="$PORTCULLIS_STATE/rego-coverage.json"

"$PORTCULLIS_OPA_BIN" fmt --list --fail "${_rego_paths[0]}" \
  || { echo "rego: files above are not 'opa fmt' formatted (run: opa fmt -w policies/rego)" >&2; exit 1; }
"$PORTCULLIS_OPA_BIN" check --strict "${_rego_paths[@]}" || { echo "rego: opa check --strict failed" >&2; exit 1; }
"$PORTCULLIS_OPA_BIN" test "${_rego_paths[@]}" || { echo "rego: opa test failed" >&2; exit 1; }
"$PORTCULLIS_OPA_BIN" test --coverage "${_rego_paths[@]}" > "$_rego_cov" || { echo "rego: opa test --coverage failed" >&2; exit 1; }
_rego_pct=$("$PORTCULLIS_OPA_BIN" eval --stdin-input -f raw \
  'floor(100 * sum([object.get(f, "covered_lines", 0) | some n, f in input.files; not endswith(n, "_test.rego")])
     / max([1, sum([object.get(f, "covered_lines", 0) | some n, f in input.files; not endswith(n, "_test.rego")]) + sum([object.get(f, "not_covered_lines", 0) | some n, f in input.files; not endswith(n, "_test.rego")])]))' \
  < "$_rego_cov") \
  || { echo "rego: could not read the coverage report $_rego_cov" >&2; exit 1; }
if [ "$_rego_pct" -lt 90 ]; then
  echo "rego: coverage of the rule files is ${_rego_pct}%, below 90% (report: $_rego_cov)" >&2
  exit 1
fi

# The compliance officers' examples fit the input schema, and what OPA decides for them fits the output
# schema (policies/schema, JSON Schema draft-07 as OPA's json.match_schema reads it).
_rego_schema="$(dirname "${_rego_paths[0]}")/schema"
_rego_loads=(); for _p in "${_rego_paths[@]}"; do _rego_loads+=(-d "$_p"); done
for _example in "$(dirname "${_rego_paths[0]}")"/examples/*.json; do
  case "$_example" in *expected-decisions.json) continue ;; esac
  _decision=$("$PORTCULLIS_OPA_BIN" eval -f raw "${_rego_loads[@]}" -i "$_example" 'data.portcullis.decision.result') \
    || { echo "rego: no decision for $_example" >&2; exit 1; }
  _errors=$(printf '{"doc": %s, "decision": %s, "in": %s, "out": %s}' "$(cat "$_example")" "$_decision" \
      "$(cat "$_rego_schema/decision-input.schema.json")" "$(cat "$_rego_schema/decision-output.schema.json")" \
    | "$PORTCULLIS_OPA_BIN" eval --stdin-input -f raw \
      'array.concat(json.match_schema(input.doc, input["in"])[1], json.match_schema(input.decision, input.out)[1])')
  if [ "$_errors" != "[]" ]; then
    echo "rego: $_example or its decision does not fit policies/schema: $_errors" >&2
    exit 1
  fi
done
echo "rego: fmt, check --strict and tests pass; rule coverage ${_rego_pct}%; examples fit the schemas"
unset _rego_paths _rego_cov _rego_pct _rego_schema _rego_loads _p _example _decision _errors
