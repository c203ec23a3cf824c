#!/usr/bin/env bash
# Pass-through cost of Portcullis, measured in one run on this machine (issue 2's benchmark).
#
#   tests/bench/proxy-bench.sh [seconds-per-run]      (default 8)
#
# A fixed-answer provider (nginx `return`, so it is never the bottleneck) is hit three ways with wrk:
# directly, through nginx `proxy_pass` (the floor of what any proxy costs) and through Portcullis,
# for 1 KB and 16 KB prompts, JSON and SSE answers, at 1 and 16 connections. Writes the raw wrk
# output and a summary table to tests/bench/results/.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SECS="${1:-8}"
ONLY="${2:-}"   # optional: "quick" runs only the 1 KB rows (for a smoke check)
. "$ROOT/deploy/lib/java.sh"
portcullis_find_java
for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk nginx-light >/dev/null || { apt-get update -q >/dev/null; apt-get install -y -q wrk nginx-light >/dev/null; }
    else echo "proxy-bench: needs wrk and nginx (apt-get install wrk nginx-light)" >&2; exit 1; fi
  fi
done
JAR="$ROOT/filter-core/target/portcullis.jar"
[ -f "$JAR" ] || (cd "$ROOT" && mvn -q -B -ntp -DskipTests -pl filter-core -am install)

WORK="$(mktemp -d /tmp/portcullis-bench.XXXXXX)"
trap 'kill $(cat "$WORK"/*.pid 2>/dev/null) 2>/dev/null || true; nginx -p "$WORK" -c "$WORK/nginx.conf" -s stop 2>/dev/null || true' EXIT
P_JSON=18101; P_SSE=18102; P_PROXY_JSON=18103; P_PROXY_SSE=18104; P_PC=18105

JSON_ANSWER='{"id":"chatcmpl-bench","object":"chat.completion","created":1700000000,"model":"bench","choices":[{"index":0,"message":{"role":"assistant","content":"The quick brown fox jumps over the lazy dog."},"finish_reason":"stop"}],"usage":{"prompt_tokens":250,"completion_tokens":10,"total_tokens":260}}'
SSE_ANSWER=""
for w in The " quick" " brown" " fox" " jumps" " over" " the" " lazy" " dog."; do
  SSE_ANSWER+="data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"bench\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"$w\"},\"finish_reason\":null}]}\n\n"
done
SSE_ANSWER+="data: [DONE]\n\n"

cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_buffer_size 64k;
  upstream json_up { server 127.0.0.1:$P_JSON; keepalive 64; }
  upstream sse_up { server 127.0.0.1:$P_SSE; keepalive 64; }
  server { listen 127.0.0.1:$P_JSON; location / { default_type application/json; return 200 '$JSON_ANSWER'; } }
  server { listen 127.0.0.1:$P_SSE; location / { default_type text/event-stream; return 200 '$SSE_ANSWER'; } }
  server { listen 127.0.0.1:$P_PROXY_JSON; location / { proxy_pass http://json_up; proxy_http_version 1.1; proxy_set_header Connection ""; } }
  server { listen 127.0.0.1:$P_PROXY_SSE; location / { proxy_pass http://sse_up; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_buffering off; } }
}
NGINX
nginx -p "$WORK" -c "$WORK/nginx.conf"

cat > "$WORK/portcullis.yaml" <<YAML
server: { host: 127.0.0.1, port: $P_PC, max-body-bytes: 4194304 }
classifiers: { enabled: false }   # pure pass-through: the cost of the proxy itself
tenants:
  - { id: bench, region: US, api-keys: [ "pk-bench-0001" ] }
providers:
  - { id: fixed-json, style: openai, base-url: "http://127.0.0.1:$P_JSON", region: US, api-key: sk-bench, models: [ "bench-json" ] }
  - { id: fixed-sse, style: openai, base-url: "http://127.0.0.1:$P_SSE", region: US, api-key: sk-bench, models: [ "bench-sse" ] }
YAML
PORTCULLIS_LOG_LEVEL=WARN "$JAVA" -Xms512m -Xmx512m -jar "$JAR" run --config "$WORK/portcullis.yaml" > "$WORK/portcullis.log" 2>&1 &
echo $! > "$WORK/portcullis.pid"
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$P_PC/readyz" >/dev/null && break; sleep 0.2; done

# A prompt of N bytes of realistic text (a chat request, as a caller would send).
make_body() { # $1 = model, $2 = approx bytes, $3 = stream
  python3 - "$1" "$2" "$3" <<'PY'
import json, sys
model, size, stream = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "true"
para = "Please review the attached quarterly summary and list the three main risks for the board. "
text = (para * (size // len(para) + 1))[:size]
print(json.dumps({"model": model, "stream": stream, "messages": [{"role": "system", "content": "You are a careful analyst."}, {"role": "user", "content": text}]}))
PY
}
cat > "$WORK/post.lua" <<'LUA'
local f = io.open(os.getenv("BENCH_BODY"), "r"); local body = f:read("*a"); f:close()
wrk.method = "POST"; wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer pk-bench-0001"
LUA

OUT="$ROOT/tests/bench/results/proxy-$(date -u +%Y%m%dT%H%MZ).txt"
SUMMARY="$ROOT/tests/bench/results/proxy-latest.md"
{
  echo "# portcullis proxy-bench $(date -u +%FT%TZ), $SECS s per run, $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
  echo "# $(wrk -v 2>&1 | head -1); nginx $(nginx -v 2>&1 | sed 's/.*\///')"
} > "$OUT"

to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); print v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v); print v+0} else if (v ~ /s$/) {sub(/s$/,"",v); print v*1000} else print v}'; }
run() { # target-name port body-file conns -> "p50 p99 rps"
  local name=$1 port=$2 body=$3 conns=$4 threads=1 log
  [ "$conns" -gt 1 ] && threads=2
  log=$(BENCH_BODY="$body" wrk -t"$threads" -c"$conns" -d"${SECS}s" --latency -s "$WORK/post.lua" "http://127.0.0.1:$port/v1/chat/completions")
  { echo; echo "## $name port=$port conns=$conns body=$(basename "$body")"; echo "$log"; } >> "$OUT"
  if ! grep -q "Non-2xx" <<<"$log"; then :; else echo "proxy-bench: $name returned errors" >&2; echo "$log" >&2; exit 1; fi
  local p50 p99 rps
  p50=$(awk '$1=="50%" {print $2}' <<<"$log" | to_ms)
  p99=$(awk '$1=="99%" {print $2}' <<<"$log" | to_ms)
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$log")
  echo "$p50 $p99 $rps"
}

# Warm the JVM (JIT) before measuring.
for mode in json sse; do
  make_body "bench-$mode" 16384 "$([ $mode = sse ] && echo true || echo false)" > "$WORK/warm-$mode.json"
  BENCH_BODY="$WORK/warm-$mode.json" wrk -t2 -c16 -d10s -s "$WORK/post.lua" "http://127.0.0.1:$P_PC/v1/chat/completions" >/dev/null
done

{
  echo "| answer | prompt | conns | direct p50 / p99 ms | nginx proxy_pass added p50 / p99 ms | Portcullis added p50 / p99 ms | direct rps | nginx rps | Portcullis rps | Portcullis / nginx throughput |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
} > "$SUMMARY"
for mode in json sse; do
  for size in $([ "$ONLY" = quick ] && echo 1024 || echo 1024 16384); do
    body="$WORK/body-$mode-$size.json"
    make_body "bench-$mode" "$size" "$([ $mode = sse ] && echo true || echo false)" > "$body"
    direct_port=$P_JSON; proxy_port=$P_PROXY_JSON
    [ $mode = sse ] && { direct_port=$P_SSE; proxy_port=$P_PROXY_SSE; }
    for conns in 1 16; do
      read -r d50 d99 drps < <(run direct "$direct_port" "$body" "$conns")
      read -r n50 n99 nrps < <(run nginx-proxy "$proxy_port" "$body" "$conns")
      read -r p50 p99 prps < <(run portcullis "$P_PC" "$body" "$conns")
      awk -v m="$mode" -v s="$((size/1024)) KB" -v c="$conns" -v d50="$d50" -v d99="$d99" -v n50="$n50" -v n99="$n99" \
          -v p50="$p50" -v p99="$p99" -v dr="$drps" -v nr="$nrps" -v pr="$prps" 'BEGIN {
        printf "| %s | %s | %s | %.3f / %.3f | %+.3f / %+.3f | %+.3f / %+.3f | %.0f | %.0f | %.0f | %.0f%% |\n",
          m, s, c, d50, d99, n50-d50, n99-d99, p50-d50, p99-d99, dr, nr, pr, 100*pr/nr }' >> "$SUMMARY"
    done
  done
done
echo >> "$SUMMARY"
echo "Raw wrk output: tests/bench/results/$(basename "$OUT")" >> "$SUMMARY"
cat "$SUMMARY"
