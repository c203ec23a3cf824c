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
} 2>&1 | tee "$OUT"
echo "results: $OUT"
