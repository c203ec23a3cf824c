#!/usr/bin/env bash
# Decision latency benchmark (JMH) of the OPA client against the real, pinned OPA on loopback.
# Usage: policies/bench/run.sh [extra JMH args]; writes policies/bench/results-<UTC date>.txt.
# Short by design on this 2-core machine shared with other work: 2 warm-up and 3 measured iterations.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PORTCULLIS_ROOT="$ROOT"
. "$ROOT/deploy/lib/java.sh"
portcullis_find_java
. "$ROOT/deploy/lib/opa.sh"
PORTCULLIS_OPA_BIN=$(portcullis_opa_bin)
export PORTCULLIS_OPA_BIN
cd "$ROOT"
mvn -B -ntp -q -pl policies -am test-compile
mvn -B -ntp -q -pl policies dependency:build-classpath -Dmdep.outputFile="$ROOT/policies/target/bench.classpath"
CP="$ROOT/policies/target/test-classes:$ROOT/policies/target/classes:$(cat "$ROOT/policies/target/bench.classpath")"
OUT="$ROOT/policies/bench/results-$(date -u +%Y%m%d-%H%M).txt"
{
  echo "# command: policies/bench/run.sh $*"
  echo "# jmh: org.openjdk.jmh.Main DecisionBenchmark -wi 2 -i 3 -f 1 -w 2s -r 3s $*"
  echo "# opa: $("$PORTCULLIS_OPA_BIN" version | head -1); java: $("$JAVA" -version 2>&1 | head -1)"
  echo "# machine: $(nproc) cores, $(uname -sr), load before run: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA" -cp "$CP" -Dportcullis.root="$ROOT" org.openjdk.jmh.Main DecisionBenchmark \
    -wi 2 -i 3 -f 1 -w 2s -r 3s -jvmArgs "-Dportcullis.root=$ROOT" "$@"
  # OPA's own share of an uncached decision: `opa bench --e2e` starts an OPA server in-process and
  # sends the same input through its HTTP handler. OPA's timers split the handler's time (what OPA
  # spends per Data API call) into input parsing and rule evaluation; the rest of the JMH figure is
  # loopback transport and the Java client. (--e2e applies GOGC but not the store flag.)
  echo
  echo "# opa bench --e2e (GOGC=$(portcullis_opa_gogc)), load: $(cut -d' ' -f1-3 /proc/loadavg)"
  data_args=()
  while IFS= read -r path; do data_args+=(-d "$path"); done < <(portcullis_opa_policy_args)
  GOGC=$(portcullis_opa_gogc) "$PORTCULLIS_OPA_BIN" bench --e2e --ignore '*_test.rego' "${data_args[@]}" \
    -i "$ROOT/policies/bench/decision-input.json" data.portcullis.decision.result 2>&1 \
    | grep -E 'samples|(server_handler|rego_query_eval|rego_input_parse)_ns_(median|90%|min) '
  # Evaluation alone, in-process: allocations per decision do not depend on the machine's load.
  mapfile -t speed < <(portcullis_opa_speed_flags)
  for variant in defaults launcher; do
    flags=(); [ "$variant" = launcher ] && flags=("${speed[@]}")
    echo
    echo "# opa bench ${flags[*]:-(OPA defaults)}, load: $(cut -d' ' -f1-3 /proc/loadavg)"
    GOGC=$(portcullis_opa_gogc) "$PORTCULLIS_OPA_BIN" bench "${flags[@]}" --ignore '*_test.rego' "${data_args[@]}" \
      -i "$ROOT/policies/bench/decision-input.json" data.portcullis.decision.result 2>&1 \
      | grep -E 'samples|allocs/op|rego_query_eval_ns_(median|min) '
  done
  # The launcher's speed settings against OPA's defaults, in OPA CPU time per decision (load-robust).
  echo
  "$ROOT/policies/bench/opa-cpu.sh" 2000 3
  # The floor without the Java client: wrk against OPA, input read and evaluation split out.
  echo
  "$ROOT/policies/bench/floor.sh"
} 2>&1 | tee "$OUT"
echo "results: $OUT"
