# Sourced by the proxy benches: the fixed-answer provider (nginx `return`, never the bottleneck),
# nginx `proxy_pass` in front of it, the prompts and wrk's request script, defined once.

JSON_ANSWER='{"id":"chatcmpl-bench","object":"chat.completion","created":1700000000,"model":"bench","choices":[{"index":0,"message":{"role":"assistant","content":"The quick brown fox jumps over the lazy dog."},"finish_reason":"stop"}],"usage":{"prompt_tokens":250,"completion_tokens":10,"total_tokens":260}}'
SSE_ANSWER=""
for w in The " quick" " brown" " fox" " jumps" " over" " the" " lazy" " dog."; do
  SSE_ANSWER+="data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"bench\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"$w\"},\"finish_reason\":null}]}\n\n"
done
SSE_ANSWER+="data: [DONE]\n\n"

nginx_conf() { # $1 = directory (pid, logs, the conf itself), $2 = the http block's servers -> writes $1/nginx.conf
  cat > "$1/nginx.conf" <<NGINX
worker_processes 1;
pid $1/nginx.pid;
error_log $1/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_buffer_size 64k;
$2
}
NGINX
}
provider_servers() { # $1 = JSON port, $2 = SSE port
  echo "  server { listen 127.0.0.1:$1; location / { default_type application/json; return 200 '$JSON_ANSWER'; } }"
  echo "  server { listen 127.0.0.1:$2; location / { default_type text/event-stream; return 200 '$SSE_ANSWER'; } }"
}
proxy_servers() { # $1 = provider JSON port, $2 = provider SSE port, $3 = proxy JSON port, $4 = proxy SSE port
  echo "  upstream json_up { server 127.0.0.1:$1; keepalive 64; }"
  echo "  upstream sse_up { server 127.0.0.1:$2; keepalive 64; }"
  echo "  server { listen 127.0.0.1:$3; location / { proxy_pass http://json_up; proxy_http_version 1.1; proxy_set_header Connection \"\"; } }"
  echo "  server { listen 127.0.0.1:$4; location / { proxy_pass http://sse_up; proxy_http_version 1.1; proxy_set_header Connection \"\"; proxy_buffering off; } }"
}

pass_through_yaml() { # $1 = Portcullis port, $2 = provider JSON port, $3 = provider SSE port
  cat <<YAML
server: { host: 127.0.0.1, port: $1, max-body-bytes: 4194304 }
classifiers: { enabled: false }   # pure pass-through: the cost of the proxy itself
policy: { enabled: false }
tenants:
  - { id: bench, region: US, api-keys: [ "pk-bench-0001" ] }
providers:
  - { id: fixed-json, style: openai, base-url: "http://127.0.0.1:$2", region: US, api-key: sk-bench, models: [ "bench-json" ] }
  - { id: fixed-sse, style: openai, base-url: "http://127.0.0.1:$3", region: US, api-key: sk-bench, models: [ "bench-sse" ] }
YAML
}

# launch_portcullis PIDFILE CONFIG LOG [JVM options...]: starts $JAR with $JAVA in the background, as
# every bench runs it (512 MB heap, log level WARN so no exchange line is written).
launch_portcullis() {
  local pidfile=$1 config=$2 log=$3; shift 3
  PORTCULLIS_LOG_LEVEL=WARN "$JAVA" --enable-native-access=ALL-UNNAMED -Xms512m -Xmx512m "$@" -jar "$JAR" run --config "$config" > "$log" 2>&1 &
  echo $! > "$pidfile"
}

# await_ready PORT LOG...: waits up to 60 s for Portcullis's /readyz on PORT; otherwise shows the logs and exits.
await_ready() {
  local port=$1 _; shift
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && return 0; sleep 0.2; done
  echo "$(basename "$0"): Portcullis on $port did not start" >&2; cat "$@" >&2; exit 1
}

# A prompt of N bytes of realistic text (a chat request, as a caller would send).
make_body() { # $1 = model, $2 = approx bytes, $3 = stream, $4 = optional personal data to include
  python3 - "$1" "$2" "$3" "${4:-}" <<'PY'
import json, sys
model, size, stream, pii = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "true", sys.argv[4]
para = "Please review the attached quarterly summary and list the three main risks for the board. "
text = (para * (size // len(para) + 1))[:size - len(pii)] + pii
print(json.dumps({"model": model, "stream": stream, "messages": [{"role": "system", "content": "You are a careful analyst."}, {"role": "user", "content": text}]}))
PY
}

write_post_lua() { # $1 = file: wrk POSTs $BENCH_BODY with the key $BENCH_KEY (default the bench tenant's)
  cat > "$1" <<'LUA'
local f = io.open(os.getenv("BENCH_BODY"), "r"); local body = f:read("*a"); f:close()
wrk.method = "POST"; wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("BENCH_KEY") or "pk-bench-0001")
LUA
}
