#!/usr/bin/env bash
# Where OPA's CPU goes on an uncached decision: Go's CPU profiler (`opa run --pprof`) while wrk sends
# bench/decision-input.json on one kept-alive connection to an OPA started with the launcher's
# settings, summarised with `go tool pprof` by the part of OPA that owns the time (rule evaluation,
# the HTTP server, JSON, Go's allocator and collector, the scheduler and system calls).
#
#   policies/bench/opa-profile.sh [seconds]      (default 8; needs wrk and Go's toolchain)
#
# Writes policies/bench/opa-profile-<UTC>.txt.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SECS="${1:-8}"
export PORTCULLIS_ROOT="$ROOT"
. "$ROOT/deploy/lib/opa.sh"
for tool in wrk go; do
  command -v "$tool" >/dev/null || { echo "opa-profile: needs $tool" >&2; exit 1; }
done
OPA=$(portcullis_opa_bin)
WORK=$(mktemp -d); OPA_PID=""
trap '[ -n "$OPA_PID" ] && kill "$OPA_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
mapfile -t PATHS < <(portcullis_opa_policy_args)
mapfile -t SPEED < <(portcullis_opa_speed_flags)
port=$((20000 + RANDOM % 20000))
GOGC=$(portcullis_opa_gogc) "$OPA" run --server --pprof --addr "127.0.0.1:$port" --log-level error "${SPEED[@]}" \
  --ignore '*_test.rego' "${PATHS[@]}" </dev/null >"$WORK/opa.log" 2>&1 &
OPA_PID=$!
for ((tries = 0; tries < 300; tries++)); do curl -fs -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 0.1; done
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[{"input": %s}]]\n' \
  "$(tr -d '\n' < "$ROOT/policies/bench/decision-input.json")" > "$WORK/post.lua"
url="http://127.0.0.1:$port/v1/data/portcullis/decision/result"
wrk -t1 -c1 -d2s -s "$WORK/post.lua" "$url" >/dev/null # warm-up: compile and cache the query
OUT="$ROOT/policies/bench/opa-profile-$(date -u +%Y%m%d-%H%M).txt"
{
  echo "# opa-profile $(date -u +%FT%TZ): $("$OPA" version | head -1), GOGC=$(portcullis_opa_gogc) ${SPEED[*]}"
  echo "# $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg); input: policies/bench/decision-input.json"
  wrk -t1 -c1 -d"$((SECS + 2))s" --latency -s "$WORK/post.lua" "$url" > "$WORK/wrk.txt" &
  wrk_pid=$!
  sleep 1
  curl -fs -o "$WORK/cpu.prof" "http://127.0.0.1:$port/debug/pprof/profile?seconds=$SECS"
  wait "$wrk_pid"
  echo
  echo "## wrk, one connection, during the profile"
  grep -E "^ +(50|90|99)%|requests in" "$WORK/wrk.txt"
  echo
  echo "## OPA's CPU by who owns the code that ran (own time; allocation and collection are Go's runtime,"
  echo "## whoever asked for the memory; cumulative shares are unreliable here: pprof cuts deep topdown stacks)"
  go tool pprof -top -nodecount=100000 -nodefraction=0 -edgefraction=0 "$WORK/cpu.prof" 2>/dev/null > "$WORK/top.txt"
  grep -E "Duration:|Total samples" "$WORK/top.txt" || true
  awk '$2 ~ /%$/ && NF >= 6 {
      v = $2; sub("%", "", v); f = $6
      if (f ~ /open-policy-agent\/opa\/v1\/(topdown|ast|rego)|xxhash/) g = "OPA rule evaluation (topdown, ast)"
      else if (f ~ /open-policy-agent/) g = "OPA other (server, storage, metrics)"
      else if (f ~ /Syscall|futex|usleep|^runtime\.(schedule|findRunnable|netpoll|park_m|notewakeup|notesleep|stopm|startm|wakep|mcall|gopark|goready|runqgrab|stealWork|nanotime)/) g = "system calls and Go scheduler"
      else if (f ~ /^(net\/http|net\.|bufio|encoding\/json|internal\/poll|io\.)/) g = "HTTP and JSON (net/http, encoding/json)"
      else if (f ~ /^runtime\.(gcBgMarkWorker|gcDrain|scanobject|greyobject|markroot|gcMark|sweepone|bgsweep|scanblock|findObject)/) g = "Go garbage collector (marking, sweeping)"
      else g = "Go runtime used by evaluation (allocation, maps, hashing, sync.Pool, memmove)"
      s[g] += v }
    END { for (g in s) printf "%6.2f%%  %s\n", s[g], g }' "$WORK/top.txt" | sort -rn
  echo
  echo "## top 30 functions by own time"
  go tool pprof -top -nodecount=30 "$WORK/cpu.prof" 2>/dev/null | sed -n '/flat%/,$p'
} > "$OUT"
cat "$OUT"
echo "written: $OUT"
