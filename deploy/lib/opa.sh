# Open Policy Agent for Portcullis: a pinned binary, started with the Rego library, its data and the
# entity catalog, stopped again. Sourced by deploy/portcullis (PORTCULLIS_ROOT set) and by the Java
# test suites (through bash). Functions:
#   portcullis_opa_bin            prints the path of the pinned opa, building it once if needed
#   portcullis_opa_revision       prints the policy revision (hash of the policy and data files)
#   portcullis_opa_start [port]   starts OPA on 127.0.0.1:port (default 8181) unless it already runs
#   portcullis_opa_stop           stops what portcullis_opa_start started
#   portcullis_opa_policy_args    prints (one per line) the paths OPA loads, for `opa test`/`opa check`
#   portcullis_opa_speed_flags    prints (one per line) the evaluation-speed flags of `opa run`
#   portcullis_opa_gogc           prints the GOGC the server runs with
# Overrides (tests use them to run a private OPA on copied policies):
#   PORTCULLIS_POLICY_DIR   directory holding rego/ and data/ (default $PORTCULLIS_ROOT/policies)
#   PORTCULLIS_ENTITY_CATALOG  the classifiers' entity catalog (loaded as data.entity_catalog)
#   PORTCULLIS_OPA_STATE    pid, port, log and revision files (default $PORTCULLIS_ROOT/deploy/.state/opa)
#   PORTCULLIS_OPA_WATCH    1 (default): reload policies and data when they change; 0: load once
#   PORTCULLIS_OPA_START_TIMEOUT  seconds to wait for /health (default 30)

PORTCULLIS_OPA_VERSION="1.22.2"

_portcullis_policy_dir() { echo "${PORTCULLIS_POLICY_DIR:-$PORTCULLIS_ROOT/policies}"; }
_portcullis_opa_state() { echo "${PORTCULLIS_OPA_STATE:-$PORTCULLIS_ROOT/deploy/.state/opa}"; }
_portcullis_entity_catalog() {
  echo "${PORTCULLIS_ENTITY_CATALOG:-$PORTCULLIS_ROOT/classifiers/src/main/resources/io/portcullis/classifiers/entity-catalog.json}"
}

portcullis_opa_bin() {
  local on_path cache_dir="$PORTCULLIS_ROOT/deploy/.cache/opa-$PORTCULLIS_OPA_VERSION"
  # Already provisioned by an earlier step (deploy/test.d/20-rego.sh exports it for the Java suites).
  if [ -n "${PORTCULLIS_OPA_BIN:-}" ] && [ -x "$PORTCULLIS_OPA_BIN" ] \
     && [ "$("$PORTCULLIS_OPA_BIN" version 2>/dev/null | awk '/^Version:/ {print $2}')" = "$PORTCULLIS_OPA_VERSION" ]; then
    echo "$PORTCULLIS_OPA_BIN"; return 0
  fi
  on_path=$(command -v opa 2>/dev/null || true)
  if [ -n "$on_path" ] && [ "$("$on_path" version 2>/dev/null | awk '/^Version:/ {print $2}')" = "$PORTCULLIS_OPA_VERSION" ]; then
    echo "$on_path"; return 0
  fi
  if [ ! -x "$cache_dir/opa" ]; then
    if ! command -v go >/dev/null 2>&1; then
      echo "portcullis: needs OPA $PORTCULLIS_OPA_VERSION. Either put that release on PATH as 'opa'" >&2
      echo "  (https://github.com/open-policy-agent/opa/releases/download/v$PORTCULLIS_OPA_VERSION/opa_linux_amd64_static)" >&2
      echo "  or install Go (https://go.dev/dl/) so that the launcher can build it with 'go install'." >&2
      return 1
    fi
    mkdir -p "$cache_dir"
    # The lock keeps a test run and a launcher from building into the same directory at once.
    (
      flock 9
      if [ ! -x "$cache_dir/opa" ]; then
        echo "portcullis: building OPA v$PORTCULLIS_OPA_VERSION with 'go install' (first use, a few minutes)..." >&2
        cd "$cache_dir" && GOBIN="$cache_dir" GOFLAGS=-mod=mod \
          go install "github.com/open-policy-agent/opa@v$PORTCULLIS_OPA_VERSION" >&2
      fi
    ) 9>"$cache_dir/.lock" || { echo "portcullis: 'go install' of OPA v$PORTCULLIS_OPA_VERSION failed (see above)." >&2; return 1; }
  fi
  echo "$cache_dir/opa"
}

# The files that make up the policy set, one per line, in a stable order: Rego rules (tests excluded)
# and JSON data under the policy directory, then the entity catalog when it exists.
_portcullis_policy_files() {
  local dir; dir=$(_portcullis_policy_dir)
  find "$dir/rego" -type f -name '*.rego' ! -name '*_test.rego' | LC_ALL=C sort
  find "$dir/data" -type f -name '*.json' | LC_ALL=C sort
  local catalog; catalog=$(_portcullis_entity_catalog)
  [ -f "$catalog" ] && echo "$catalog"
  return 0
}

portcullis_opa_policy_args() {
  local dir catalog; dir=$(_portcullis_policy_dir); catalog=$(_portcullis_entity_catalog)
  echo "$dir/rego"; echo "$dir/data"
  [ -f "$catalog" ] && echo "$catalog"
  return 0
}

# sha256 over each file's own sha256 and its name relative to the policy directory (the catalog by its
# base name), so the revision is the same in every clone and changes when any rule or datum changes.
portcullis_opa_revision() {
  local dir f sum; dir=$(_portcullis_policy_dir)
  _portcullis_policy_files | while IFS= read -r f; do
    sum=$(sha256sum < "$f" | cut -d' ' -f1)
    case "$f" in "$dir"/*) echo "$sum ${f#"$dir"/}" ;; *) echo "$sum $(basename "$f")" ;; esac
  done | sha256sum | awk '{print "sha256:" $1}'
}

# Writes the revision as data.portcullis_meta.revision; atomic (rename) so OPA's watcher never reads half.
_portcullis_opa_write_revision() {
  local meta="$1/meta" revision="$2"
  mkdir -p "$meta"
  printf '{"portcullis_meta": {"revision": "%s"}}\n' "$revision" > "$1/revision.json.tmp"
  mv -f "$1/revision.json.tmp" "$meta/revision.json"
}

_portcullis_pid_alive() { # $1 pid file, $2 word that must appear in the process's command line
  local pid
  [ -f "$1" ] || return 1
  pid=$(cat "$1" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  # The pid must still be ours: a recycled pid belongs to some other command line. (/proc on Linux, ps elsewhere.)
  { tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null || ps -p "$pid" -o command= 2>/dev/null; } | grep -q -- "$2"
}

portcullis_opa_running() {
  _portcullis_pid_alive "$(_portcullis_opa_state)/opa.pid" "run --server"
}

# Evaluation-speed settings of the OPA server (measured in policies/README.md, Benchmark), shared with
# policies/bench/run.sh so the benchmark measures what the launcher starts:
# - --optimize-store-for-read-speed: the store keeps data as OPA values, so the rules' reads of
#   data.portcullis_data and data.entity_catalog are not converted from JSON on every decision
#   (10% fewer allocations per decision); writes (loading, watch reloads) get slower, which is rare.
portcullis_opa_speed_flags() {
  echo "--optimize-store-for-read-speed"
}

# - GOGC 400 (an operator's own GOGC wins): OPA's live heap is ~4 MB, so Go's default of 100 collects
#   every ~40 decisions and collection took ~15% of OPA's CPU per decision; 400 collects about 4x less
#   often for a heap of ~20 MB.
portcullis_opa_gogc() {
  echo "${GOGC:-400}"
}

portcullis_opa_start() {
  local state port bin pid waited timeout
  state=$(_portcullis_opa_state)
  if portcullis_opa_running; then
    port=$(cat "$state/opa.port")
    if [ -n "${1:-}" ] && [ "$1" != "$port" ]; then
      echo "portcullis: OPA already runs on port $port (pid $(cat "$state/opa.pid")); stop it first to use port $1." >&2
      return 1
    fi
    export PORTCULLIS_OPA_URL="http://127.0.0.1:$port"
    echo "portcullis: OPA already running at $PORTCULLIS_OPA_URL" >&2
    return 0
  fi
  port="${1:-8181}"
  # Something else answering on the port would pass the readiness check below in our OPA's place, and
  # our OPA would die on the taken port. An OPA started elsewhere (another clone, by hand) is reused as
  # deploy/lib/services.sh expects, with a warning: its policies are whatever it was started with.
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/" 2>/dev/null; then
    if curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/health" 2>/dev/null; then
      export PORTCULLIS_OPA_URL="http://127.0.0.1:$port"
      echo "portcullis: warning: an OPA not started from $state already serves $PORTCULLIS_OPA_URL; using it" >&2
      return 0
    fi
    echo "portcullis: port $port is in use by another process; stop it or choose another port." >&2
    return 1
  fi
  bin=$(portcullis_opa_bin) || return 1
  mkdir -p "$state"
  local revision; revision=$(portcullis_opa_revision)
  _portcullis_opa_write_revision "$state" "$revision"
  local watch=()
  [ "${PORTCULLIS_OPA_WATCH:-1}" = "1" ] && watch=(--watch)
  local paths=()
  mapfile -t paths < <(portcullis_opa_policy_args)
  # A short grace period: callers hold keep-alive connections, which would otherwise delay a stop by 10s.
  local speed=()
  mapfile -t speed < <(portcullis_opa_speed_flags)
  GOGC="$(portcullis_opa_gogc)" nohup "$bin" run --server --addr "127.0.0.1:$port" --log-level error \
    --shutdown-grace-period 1 "${speed[@]}" "${watch[@]}" \
    --ignore '*_test.rego' "${paths[@]}" "$state/meta" </dev/null >"$state/opa.log" 2>&1 &
  pid=$!
  echo "$pid" > "$state/opa.pid"
  echo "$port" > "$state/opa.port"
  timeout="${PORTCULLIS_OPA_START_TIMEOUT:-30}"
  waited=0
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "portcullis: OPA exited while starting; its log ($state/opa.log):" >&2
      tail -n 20 "$state/opa.log" >&2
      rm -f "$state/opa.pid"
      return 1
    fi
    if [ "$waited" -ge $((timeout * 10)) ]; then
      echo "portcullis: OPA not healthy on port $port after ${timeout}s; stopping it (log: $state/opa.log)." >&2
      portcullis_opa_stop
      return 1
    fi
    sleep 0.1; waited=$((waited + 1))
  done
  if [ "${PORTCULLIS_OPA_WATCH:-1}" = "1" ]; then
    # OPA's --watch reloads changed rules and data; this loop keeps the revision in step with them.
    PORTCULLIS_ROOT="$PORTCULLIS_ROOT" PORTCULLIS_POLICY_DIR="$(_portcullis_policy_dir)" \
      PORTCULLIS_ENTITY_CATALOG="$(_portcullis_entity_catalog)" \
      nohup bash -c '. "$1"; _portcullis_opa_watch_revision "$2" "$3" "$4"' _ "${BASH_SOURCE[0]}" "$pid" "$state" "$revision" \
      </dev/null >/dev/null 2>&1 &
    echo "$!" > "$state/revision-watch.pid"
  fi
  export PORTCULLIS_OPA_URL="http://127.0.0.1:$port"
  echo "portcullis: OPA $PORTCULLIS_OPA_VERSION at $PORTCULLIS_OPA_URL (pid $pid, revision $revision)" >&2
}

# $1 OPA pid, $2 state dir, $3 the revision OPA was started with; runs until OPA is gone. It starts from
# the revision OPA loaded, not a fresh hash: an edit made while this loop starts must still count.
_portcullis_opa_watch_revision() {
  local current="$3" next
  while kill -0 "$1" 2>/dev/null; do
    sleep 1
    next=$(portcullis_opa_revision) || continue
    if [ "$next" != "$current" ]; then
      _portcullis_opa_write_revision "$2" "$next"
      current="$next"
    fi
  done
}

portcullis_opa_stop() {
  local state pid i
  state=$(_portcullis_opa_state)
  if _portcullis_pid_alive "$state/revision-watch.pid" "_portcullis_opa_watch_revision"; then
    kill "$(cat "$state/revision-watch.pid")" 2>/dev/null || true
  fi
  rm -f "$state/revision-watch.pid"
  if portcullis_opa_running; then
    pid=$(cat "$state/opa.pid")
    kill "$pid" 2>/dev/null || true
    for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
    echo "portcullis: OPA stopped (pid $pid)" >&2
  fi
  rm -f "$state/opa.pid" "$state/opa.port"
  return 0
}
