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
echo "rego: fmt, check --strict and tests pass; rule coverage ${_rego_pct}%"
unset _rego_paths _rego_cov _rego_pct
