#!/usr/bin/env bash
# CPU time per proxied request: Portcullis pass-through against nginx `proxy_pass`, in one run.
#
#   tests/bench/proxy-cpu.sh [seconds-per-run] [conns]      (default 5 s, 16 connections)
#
# On 2 cores shared by the load generator, the fixed-answer provider and the proxy, the throughput a
# proxy reaches is set by the CPU it spends per request. That figure, taken from the proxy process's
# own utime+stime (/proc/<pid>/stat) divided by the requests it served, is much less sensitive to
# other work on the machine than wall-clock rps and latency are. The provider (nginx `return`)
# and nginx-as-proxy run as separate nginx instances so each one's CPU is counted alone. For Portcullis
# the share of its event-loop threads is shown too (what the request path itself costs, without the
# JIT compiler or GC threads, which a loaded machine inflates). Still noisy under load: compare builds
# in the same run conditions, several runs each, and write the load average beside the figures.
# PORTCULLIS_JAR: another build to measure (e.g. a copy of the jar before a change), default the module's.
# WARM_REQUESTS: requests served per answer type before measuring (default 60000).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SECS="${1:-5}"
CONNS="${2:-16}"
. "$ROOT/deploy/lib/java.sh"
portcullis_find_java
JAR="${PORTCULLIS_JAR:-$ROOT/filter-core/target/portcullis.jar}"
[ -f "$JAR" ] || { echo "proxy-cpu: build first: mvn -B -ntp -q -pl filter-core -am package -DskipTests" >&2; exit 1; }
WORK="$(mktemp -d /tmp/portcullis-cpu.XXXXXX)"
trap 'kill $(cat "$WORK"/*.jpid 2>/dev/null) 2>/dev/null || true; for n in up px; do nginx -p "$WORK/$n" -c "$WORK/$n/nginx.conf" -s stop 2>/dev/null || true; done; rm -rf "$WORK"' EXIT
P_JSON=18201; P_SSE=18202; P_PROXY_JSON=18203; P_PROXY_SSE=18204; P_PC=18205

. "$ROOT/tests/bench/fixed-provider.sh"
mkdir -p "$WORK/up" "$WORK/px"
nginx_conf "$WORK/up" "$(provider_servers $P_JSON $P_SSE)"
nginx_conf "$WORK/px" "$(proxy_servers $P_JSON $P_SSE $P_PROXY_JSON $P_PROXY_SSE)"
nginx -p "$WORK/up" -c "$WORK/up/nginx.conf"
nginx -p "$WORK/px" -c "$WORK/px/nginx.conf"

pass_through_yaml $P_PC $P_JSON $P_SSE > "$WORK/pass.yaml"
# shellcheck disable=SC2086
launch_portcullis "$WORK/pc.jpid" "$WORK/pass.yaml" "$WORK/pc.log" ${BENCH_JVM_OPTS:-}
await_ready "$P_PC" "$WORK/pc.log"

write_post_lua "$WORK/post.lua"
make_body bench-json 1024 false > "$WORK/json.json"
make_body bench-sse 1024 true > "$WORK/sse.json"

ticks() { # CPU ticks (utime+stime) of the given pids, summed
  local t=0 p
  for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done
  echo "$t"
}
loop_ticks() { # CPU ticks of a JVM's event-loop threads only (no JIT compiler, GC or other threads)
  cat /proc/"$1"/task/*/stat | awk '/\(vert.x-eventloo/ {sub(/^.*\) /, ""); split($0, a, " "); t += a[12] + a[13]} END {print t + 0}'
}
HZ=$(getconf CLK_TCK)
measure() { # name port body pid -> one table row
  local name=$1 port=$2 body=$3 pid=$4 t0 t1 l0=0 l1=0 log reqs threads=1
  [ "$CONNS" -gt 1 ] && threads=2
  t0=$(ticks "$pid"); [ "$pid" = "$PC" ] && l0=$(loop_ticks "$pid")
  log=$(BENCH_BODY="$body" wrk -t"$threads" -c"$CONNS" -d"${SECS}s" -s "$WORK/post.lua" "http://127.0.0.1:$port/v1/chat/completions")
  t1=$(ticks "$pid"); [ "$pid" = "$PC" ] && l1=$(loop_ticks "$pid")
  grep -q "Non-2xx" <<<"$log" && { echo "proxy-cpu: $name returned errors" >&2; echo "$log" >&2; exit 1; }
  reqs=$(awk '/requests in/ {print $1}' <<<"$log")
  awk -v n="$name" -v r="$reqs" -v t=$((t1 - t0)) -v l=$((l1 - l0)) -v hz="$HZ" -v s="$SECS" -v loops="$([ "$pid" = "$PC" ] && echo 1)" \
    'BEGIN { printf "| %s | %d | %.1f | %s | %.0f |\n", n, r, 1e6 * t / hz / r, loops ? sprintf("%.1f", 1e6 * l / hz / r) : "-", r / s }'
}
# Warm the JIT before measuring: by requests served, not by time (on a busy machine the compiler
# threads get little CPU, and a half-compiled proxy costs several times its warm figure per request).
PC=$(cat "$WORK/pc.jpid")
for m in json sse; do
  served=0
  while [ "$served" -lt "${WARM_REQUESTS:-60000}" ]; do
    n=$(BENCH_BODY="$WORK/$m.json" wrk -t2 -c16 -d5s -s "$WORK/post.lua" "http://127.0.0.1:$P_PC/v1/chat/completions" | awk '/requests in/ {print $1}')
    served=$((served + n))
  done
done
PX=$(pgrep -P "$(cat "$WORK/px/nginx.pid")")
echo "# proxy-cpu $(date -u +%FT%TZ), $SECS s per run, $CONNS connections, 1 KB prompts, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| target | requests | proxy process CPU µs / request | of which event loops | rps (noisy) |"
echo "|---|---|---|---|---|"
for m in json sse; do
  port=$P_PROXY_JSON; [ $m = sse ] && port=$P_PROXY_SSE
  measure "nginx proxy_pass $m" "$port" "$WORK/$m.json" "$PX"
  measure "Portcullis $m" "$P_PC" "$WORK/$m.json" "$PC"
done
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
