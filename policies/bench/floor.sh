#!/usr/bin/env bash
# The floor of an uncached decision without the Java client: wrk (one connection, kept alive, 3 s per
# row) against OPA servers started with the launcher's settings (deploy/lib/opa.sh), reporting wrk's
# latency percentiles and OPA's CPU time per call (user+system of the OPA process over the row).
# Rows: a constant policy asked with GET (no input), the constant policy and the real policy set asked
# with POST and bench/decision-input.json (what the client sends). Constant POST minus GET is what
# OPA's handler pays to read the input; real minus constant POST is rule evaluation.
# Usage: policies/bench/floor.sh; needs wrk (Linux: reads /proc); prints one line per row.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PORTCULLIS_ROOT="$ROOT"
. "$ROOT/deploy/lib/opa.sh"
command -v wrk >/dev/null || { echo "floor.sh: wrk is not installed; skipped"; exit 0; }
OPA=$(portcullis_opa_bin)
WORK=$(mktemp -d); PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT
mkdir -p "$WORK/constant"
printf 'package portcullis.decision\n\nresult := {"action": "allow", "targets": [], "reroute": {"regions": [], "providers": []}, "reasons": [], "obligations": [], "revision": "constant"}\n' \
  > "$WORK/constant/constant.rego"
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[{"input": %s}]]\n' \
  "$(tr -d '\n' < "$ROOT/policies/bench/decision-input.json")" > "$WORK/post.lua"
mapfile -t PATHS < <(portcullis_opa_policy_args)
mapfile -t SPEED < <(portcullis_opa_speed_flags)
start_opa() { # port, policy paths...
  local port=$1; shift
  GOGC=$(portcullis_opa_gogc) "$OPA" run --server --addr "127.0.0.1:$port" --log-level error "${SPEED[@]}" \
    --ignore '*_test.rego' "$@" </dev/null >"$WORK/opa-$port.log" 2>&1 &
  PIDS+=($!)
  for ((tries = 0; tries < 300; tries++)); do curl -fs -o /dev/null "http://127.0.0.1:$port/health" && return 0; sleep 0.1; done
  echo "floor.sh: OPA did not start on $port" >&2; cat "$WORK/opa-$port.log" >&2; exit 1
}
cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
row() { # label, pid, url, [lua]
  local label=$1 pid=$2 url=$3 lua=${4:-} before after out
  wrk -t1 -c1 -d1s ${lua:+-s "$lua"} "$url" >/dev/null # warm-up: compile and cache the query
  before=$(cpu_ticks "$pid")
  out=$(wrk -t1 -c1 -d3s --latency ${lua:+-s "$lua"} "$url")
  after=$(cpu_ticks "$pid")
  echo "$out" | awk -v l="$label" -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v load="$(cut -d' ' -f1 /proc/loadavg)" '
    $1 == "50%" { p50 = $2 } $1 == "90%" { p90 = $2 } $1 == "99%" { p99 = $2 } / requests in / { n = $1 }
    END { printf "%-34s p50 %9s  p90 %9s  p99 %9s  OPA cpu/call %5.0f us  calls %6d  load %s\n", l, p50, p90, p99, t / hz / n * 1e6, n, load }'
}
const_port=$((20000 + RANDOM % 20000)); real_port=$((const_port + 1))
start_opa "$const_port" "$WORK/constant" "${PATHS[@]:1}"; const_pid=${PIDS[-1]}
start_opa "$real_port" "${PATHS[@]}"; real_pid=${PIDS[-1]}
path=/v1/data/portcullis/decision/result
echo "# wrk floor, one kept-alive connection; $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
row "constant policy, GET (no input)" "$const_pid" "http://127.0.0.1:$const_port$path"
row "constant policy, POST input" "$const_pid" "http://127.0.0.1:$const_port$path" "$WORK/post.lua"
row "real policy set, POST input" "$real_pid" "http://127.0.0.1:$real_port$path" "$WORK/post.lua"
