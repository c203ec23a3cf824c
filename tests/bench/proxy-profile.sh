#!/usr/bin/env bash
# Where a pass-through exchange's time goes at one connection (issue 2's latency target): Linux perf
# samples of the Portcullis process, Java frames named through the JIT's perf map, grouped by who owns
# the code (kernel, Netty, Vert.x, Jackson, JDK, Portcullis), and the system calls its event loops make
# per exchange (strace -c). Also the event loops' CPU time per exchange, from /proc.
#
#   tests/bench/proxy-profile.sh [seconds] [prompt-bytes]   (default 6 s, 1024 bytes; needs perf, strace, wrk, nginx)
#
# Writes tests/bench/results/proxy-profile-<UTC>.txt. perf's cpu-clock sampling in a VM attributes the
# time interrupts were off to the point they come back on (_raw_spin_unlock_irqrestore): read the kernel
# share as "in the kernel", not as that one function.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SECS="${1:-6}"
BYTES="${2:-1024}"
. "$ROOT/deploy/lib/java.sh"
portcullis_find_java
for tool in perf strace wrk nginx; do
  command -v "$tool" >/dev/null || { echo "proxy-profile: needs $tool (apt-get install linux-perf strace wrk nginx-light)" >&2; exit 1; }
done
JAR="${PORTCULLIS_JAR:-$ROOT/filter-core/target/portcullis.jar}"
[ -f "$JAR" ] || { echo "proxy-profile: build first: mvn -B -ntp -q -pl filter-core -am package -DskipTests" >&2; exit 1; }
WORK="$(mktemp -d /tmp/portcullis-profile.XXXXXX)"
trap 'kill "$(cat "$WORK/pc.jpid" 2>/dev/null)" 2>/dev/null || true; nginx -p "$WORK/up" -c "$WORK/up/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$WORK"' EXIT
P_JSON=18701; P_SSE=18702; P_PC=18705
. "$ROOT/tests/bench/fixed-provider.sh"
mkdir -p "$WORK/up"
nginx_conf "$WORK/up" "$(provider_servers $P_JSON $P_SSE)"
nginx -p "$WORK/up" -c "$WORK/up/nginx.conf"
pass_through_yaml $P_PC $P_JSON $P_SSE > "$WORK/pass.yaml"
# Frame pointers let perf walk Java stacks; the perf map (written on request below) names JIT frames.
launch_portcullis "$WORK/pc.jpid" "$WORK/pass.yaml" "$WORK/pc.log" -XX:+PreserveFramePointer
PID=$(cat "$WORK/pc.jpid")
await_ready "$P_PC" "$WORK/pc.log"
write_post_lua "$WORK/post.lua"
make_body bench-json "$BYTES" false > "$WORK/json.json"
url="http://127.0.0.1:$P_PC/v1/chat/completions"
wrk1() { BENCH_BODY="$WORK/json.json" wrk -t1 -c1 -d"$1" --latency -s "$WORK/post.lua" "$url"; }
# Warm the JIT as proxy-bench.sh does (16 connections), then settle at the measured shape.
BENCH_BODY="$WORK/json.json" wrk -t2 -c16 -d20s -s "$WORK/post.lua" "$url" >/dev/null
wrk1 10s >/dev/null

loop_tids() { for t in /proc/"$PID"/task/*; do if grep -q "vert.x-eventloo" "$t/comm"; then basename "$t"; fi; done; }
loop_ticks() { local t=0 tid; for tid in $(loop_tids); do t=$((t + $(sed 's/.*) //' "/proc/$PID/task/$tid/stat" | awk '{print $12 + $13}'))); done; echo "$t"; }
OUT="$ROOT/tests/bench/results/proxy-profile-$(date -u +%Y%m%dT%H%MZ)$([ "$BYTES" = 1024 ] || echo "-$BYTES").txt"
{
  echo "# proxy-profile $(date -u +%FT%TZ): Portcullis pass-through, JSON prompt of $BYTES bytes, 1 connection; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# $("$JAVA" -version 2>&1 | head -1); $(perf --version)"
  echo
  echo "## without any profiler: wrk (${SECS} s) and the event loops' CPU per exchange (/proc)"
  echo "direct to the provider, for reference:"
  BENCH_BODY="$WORK/json.json" wrk -t1 -c1 -d"${SECS}s" --latency -s "$WORK/post.lua" "http://127.0.0.1:$P_JSON/v1/chat/completions" \
    | grep -E "^ +(50|90|99)%|requests in"
  echo "through Portcullis pass-through:"
  t0=$(loop_ticks)
  log=$(wrk1 "${SECS}s")
  t1=$(loop_ticks)
  echo "$log" | grep -E "^ +(50|90|99)%|requests in"
  awk -v t=$((t1 - t0)) -v hz="$(getconf CLK_TCK)" -v n="$(echo "$log" | awk '/requests in/ {print $1}')" \
    'BEGIN { printf "event loops: %.1f us CPU per exchange\n", 1e6 * t / hz / n }'
  echo
  echo "## the same load under perf (${SECS} s, 4999 Hz; sampling slows the process down)"
  perf record -F 4999 -g -p "$PID" -o "$WORK/perf.data" -- sleep "$SECS" >/dev/null 2>&1 &
  perf_pid=$!
  wrk1 "${SECS}s" | grep -E "^ +50%|requests in"
  wait "$perf_pid" || true
  "$JAVA_HOME/bin/jcmd" "$PID" Compiler.perfmap >/dev/null
  echo
  echo "## perf samples of the process, by owner of the code (self time)"
  perf report -i "$WORK/perf.data" --no-children --sort sym -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | awk '
    { pct = $1; sub("%", "", pct); g = "other (JVM runtime, stubs, libc)"
      if ($0 ~ /\[k\]/) g = "kernel"; else if ($0 ~ /io\.netty/) g = "Netty"; else if ($0 ~ /io\.vertx/) g = "Vert.x";
      else if ($0 ~ /jackson/) g = "Jackson"; else if ($0 ~ /io\.portcullis/) g = "Portcullis";
      else if ($0 ~ /micrometer|prometheus/) g = "metrics"; else if ($0 ~ /java\.|jdk\.|sun\./) g = "JDK";
      s[g] += pct }
    END { for (g in s) printf "%6.2f%%  %s\n", s[g], g }' | sort -rn
  echo
  echo "## top 25 symbols (self time)"
  perf report -i "$WORK/perf.data" --no-children --sort sym -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | sed -n '1,25p' | cut -c1-160
  echo
  echo "## system calls of the event loops over 3 s of the same load (strace -c), and exchanges served"
  args=(); for tid in $(loop_tids); do args+=(-p "$tid"); done
  strace -c -o "$WORK/strace.txt" "${args[@]}" &
  strace_pid=$!
  sleep 0.5
  wrk1 3s | grep "requests in"
  kill -INT "$strace_pid" 2>/dev/null || true
  wait "$strace_pid" 2>/dev/null || true
  cat "$WORK/strace.txt"
} > "$OUT"
cat "$OUT"
echo "written: $OUT"
