#!/usr/bin/env bash
# OPA's CPU time per uncached decision: user+system time of the OPA process over N Data API calls that
# curl sends on one keep-alive connection, with the launcher's speed settings (deploy/lib/opa.sh) and
# with OPA's defaults, alternating for R rounds. On a machine shared with other work, CPU time moves far
# less than wall time, so this compares the two settings where JMH's latencies cannot.
# Usage: policies/bench/opa-cpu.sh [N=2000] [R=3]; prints one line per variant and round (Linux: reads /proc).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PORTCULLIS_ROOT="$ROOT"
. "$ROOT/deploy/lib/opa.sh"
OPA=$(portcullis_opa_bin)
N="${1:-2000}"; ROUNDS="${2:-3}"
WORK=$(mktemp -d); PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT
printf '{"input": %s}' "$(cat "$ROOT/policies/bench/decision-input.json")" > "$WORK/body.json"
mapfile -t PATHS < <(portcullis_opa_policy_args)
mapfile -t SPEED < <(portcullis_opa_speed_flags)
cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
for ((url_i = 0; url_i < N; url_i++)); do echo "url = \"http://127.0.0.1:PORT/v1/data/portcullis/decision/result\""; done > "$WORK/urls.tmpl"
echo "# OPA CPU per uncached decision, $N calls per round; $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((round = 1; round <= ROUNDS; round++)); do
  for variant in launcher defaults; do
    if [ "$variant" = launcher ]; then flags=("${SPEED[@]}"); gogc=$(portcullis_opa_gogc); else flags=(); gogc=100; fi
    port=$((20000 + RANDOM % 20000))
    GOGC=$gogc "$OPA" run --server --addr "127.0.0.1:$port" --log-level error "${flags[@]}" --ignore '*_test.rego' \
      "${PATHS[@]}" </dev/null >"$WORK/opa.log" 2>&1 &
    PID=$!
    for ((tries = 0; ; tries++)); do
      curl -fs -o /dev/null "http://127.0.0.1:$port/health" && break
      if ! kill -0 "$PID" 2>/dev/null || [ "$tries" -ge 300 ]; then
        echo "opa-cpu.sh: OPA did not become healthy on port $port:" >&2; cat "$WORK/opa.log" >&2; exit 1
      fi
      sleep 0.1
    done
    sed "s/PORT/$port/" "$WORK/urls.tmpl" > "$WORK/urls"
    # Warm-up: the first calls compile and cache the query.
    head -n 200 "$WORK/urls" | curl -s -K - -H 'content-type: application/json' --data-binary @"$WORK/body.json" >/dev/null
    before=$(cpu_ticks "$PID"); start=$(date +%s%N)
    curl -s -K "$WORK/urls" -H 'content-type: application/json' --data-binary @"$WORK/body.json" >/dev/null
    after=$(cpu_ticks "$PID"); end=$(date +%s%N)
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
    awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$N" -v w=$((end - start)) -v v="$variant" -v g="$gogc" \
      -v f="${flags[*]:-(none)}" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
      'BEGIN { printf "round %d %-9s GOGC=%-3s flags %-32s OPA cpu/decision %6.0f us  wall/decision %6.0f us  load %s\n", '"$round"', v, g, f, t / hz / n * 1e6, w / n / 1e3, l }'
  done
done
