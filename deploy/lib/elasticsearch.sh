# A real, local, single-node Elasticsearch for demos, tests and outside checks. Sourced (bash);
# needs PORTCULLIS_ROOT and JAVA_HOME (a JDK 21+; the launcher's portcullis_find_java sets it).
#
#   portcullis_es_install          fetch the server zip from Maven Central (via mvn, so the machine's
#                                  Maven settings and mirrors apply) and unpack it once
#   portcullis_es_start [port]     start it on 127.0.0.1:port (9200); no-op when already up there;
#                                  returns once /_cluster/health answers, or fails with the log tail
#   portcullis_es_stop             stop the server this script started (by its pid file)
#
# Why an unprivileged user: Elasticsearch refuses to run as root. As root we create the system user
# portcullis-es and run the server as that user; as anyone else we run it as the current user.
# Why the directory dance: that user must read the install and write its data. The default places
# are $PORTCULLIS_ROOT/deploy/.cache (install) and $PORTCULLIS_STATE/elasticsearch (data, logs, pid),
# but when the repo lives where the user cannot reach (e.g. under /root, mode 700) we do not loosen
# anyone's home: we fall back to /var/lib/portcullis-es/{install,state}. PORTCULLIS_ES_INSTALL_DIR and
# PORTCULLIS_ES_STATE_DIR override both choices (a second node needs its own state dir and port).
# PORTCULLIS_ES_SETTINGS="key=value ..." passes extra node settings (-E) to a node being started.

PORTCULLIS_ES_VERSION="${PORTCULLIS_ES_VERSION:-9.2.4}"
PORTCULLIS_ES_USER="${PORTCULLIS_ES_USER:-portcullis-es}"
PORTCULLIS_ES_HEAP="${PORTCULLIS_ES_HEAP:-512m}"               # the machine is shared: keep it modest
PORTCULLIS_ES_START_TIMEOUT="${PORTCULLIS_ES_START_TIMEOUT:-180}" # seconds; a cold start takes ~30-60 s on 2 cores
PORTCULLIS_ES_FALLBACK_DIR="/var/lib/portcullis-es"

portcullis_es_log() { echo "portcullis-es: $*" >&2; }

# Runs a command as the server's user: portcullis-es when we are root, else ourselves.
portcullis_es_as_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$PORTCULLIS_ES_USER" -- "$@"
  else
    "$@"
  fi
}

portcullis_es_ensure_user() {
  [ "$(id -u)" -eq 0 ] || return 0
  if ! id -u "$PORTCULLIS_ES_USER" >/dev/null 2>&1; then
    portcullis_es_log "creating system user $PORTCULLIS_ES_USER (Elasticsearch refuses to run as root)"
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$PORTCULLIS_ES_USER"
  fi
}

# True when the server's user could create or use $1: its nearest existing ancestor is writable and
# every directory above is traversable for that user. Checked as the user itself, so ACLs count too.
portcullis_es_user_reaches() {
  local d="$1"
  while [ ! -e "$d" ]; do d="$(dirname "$d")"; done
  if [ "$(id -u)" -eq 0 ]; then
    # As root we create and chown the missing part ourselves; the user only needs to traverse down to it.
    portcullis_es_as_user test -x "$d"
  else
    test -x "$d" && test -w "$d"
  fi
}

# Picks (once) where the install and the state live, preferring the repo, falling back to /var/lib.
portcullis_es_dirs() {
  [ -n "${PORTCULLIS_ES_HOME:-}" ] && return 0
  portcullis_es_ensure_user
  local install="${PORTCULLIS_ES_INSTALL_DIR:-$PORTCULLIS_ROOT/deploy/.cache/elasticsearch}"
  local state="${PORTCULLIS_ES_STATE_DIR:-${PORTCULLIS_STATE:-$PORTCULLIS_ROOT/deploy/.state}/elasticsearch}"
  if [ -z "${PORTCULLIS_ES_INSTALL_DIR:-}" ] && ! portcullis_es_user_reaches "$install"; then
    [ "$(id -u)" -eq 0 ] || { portcullis_es_log "cannot write $install; set PORTCULLIS_ES_INSTALL_DIR"; return 1; }
    portcullis_es_log "$PORTCULLIS_ES_USER cannot reach $install; using $PORTCULLIS_ES_FALLBACK_DIR/install"
    install="$PORTCULLIS_ES_FALLBACK_DIR/install"
  fi
  if [ -z "${PORTCULLIS_ES_STATE_DIR:-}" ] && ! portcullis_es_user_reaches "$state"; then
    [ "$(id -u)" -eq 0 ] || { portcullis_es_log "cannot write $state; set PORTCULLIS_ES_STATE_DIR"; return 1; }
    portcullis_es_log "$PORTCULLIS_ES_USER cannot reach $state; using $PORTCULLIS_ES_FALLBACK_DIR/state"
    state="$PORTCULLIS_ES_FALLBACK_DIR/state"
  fi
  PORTCULLIS_ES_INSTALL_DIR="$install"
  PORTCULLIS_ES_STATE_DIR="$state"
  PORTCULLIS_ES_HOME="$install/elasticsearch-$PORTCULLIS_ES_VERSION"
}

# Creates a directory owned by the server's user (parents stay as they are: root-owned, 755).
portcullis_es_owned_dir() {
  mkdir -p "$1"
  if [ "$(id -u)" -eq 0 ]; then chown "$PORTCULLIS_ES_USER": "$1"; fi
}

portcullis_es_install() {
  portcullis_es_dirs || return 1
  if [ -x "$PORTCULLIS_ES_HOME/bin/elasticsearch" ]; then return 0; fi
  local download="$PORTCULLIS_ES_INSTALL_DIR/download"
  mkdir -p "$download"
  portcullis_es_log "fetching Elasticsearch $PORTCULLIS_ES_VERSION (integ-test zip, ~100 MB) from Maven Central"
  # Run from a directory without a pom, outside the reactor, so half-edited project poms cannot break it.
  if ! (cd "$download" && mvn -B -ntp -q \
          org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy \
          -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$PORTCULLIS_ES_VERSION:zip" \
          -DoutputDirectory="$download" >&2); then
    portcullis_es_log "download failed (see Maven output above)"
    return 1
  fi
  local zip="$download/elasticsearch-$PORTCULLIS_ES_VERSION.zip"
  local tmp="$PORTCULLIS_ES_INSTALL_DIR/.unpack.$$"
  rm -rf "$tmp" && mkdir -p "$tmp"
  # Unpack beside the target and move into place, so a half-unpacked tree is never mistaken for an install.
  if command -v unzip >/dev/null 2>&1; then
    (cd "$tmp" && unzip -q "$zip") || { rm -rf "$tmp"; portcullis_es_log "cannot unpack $zip"; return 1; }
  else
    # No unzip on this machine: the JDK's jar tool unpacks zips too, but drops the executable bits.
    (cd "$tmp" && "$JAVA_HOME/bin/jar" xf "$zip") || { rm -rf "$tmp"; portcullis_es_log "cannot unpack $zip"; return 1; }
    chmod +x "$tmp/elasticsearch-$PORTCULLIS_ES_VERSION"/bin/*
  fi
  mv "$tmp/elasticsearch-$PORTCULLIS_ES_VERSION" "$PORTCULLIS_ES_HOME"
  rm -rf "$tmp" "$zip"
  # The server writes into its config dir (keystore, jvm options), so the user owns the whole install.
  if [ "$(id -u)" -eq 0 ]; then chown -R "$PORTCULLIS_ES_USER": "$PORTCULLIS_ES_HOME"; fi
  portcullis_es_log "installed in $PORTCULLIS_ES_HOME"
}

portcullis_es_healthy() { # $1 = port
  curl -fsS --max-time 5 "http://127.0.0.1:$1/_cluster/health?wait_for_status=yellow&timeout=2s" >/dev/null 2>&1
}

portcullis_es_pid() {
  portcullis_es_dirs || return 1
  local f="$PORTCULLIS_ES_STATE_DIR/elasticsearch.pid" pid
  [ -s "$f" ] || return 1
  pid="$(cat "$f")"
  # The command line check guards against a stale pid file whose number now belongs to another process.
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'org.elasticsearch' && echo "$pid"
}

portcullis_es_log_tail() {
  local f
  for f in "$PORTCULLIS_ES_STATE_DIR/start.out" "$PORTCULLIS_ES_STATE_DIR/logs/portcullis.log"; do
    [ -s "$f" ] || continue
    echo "---- last lines of $f" >&2
    tail -n 40 "$f" >&2
  done
}

portcullis_es_start() {
  local port="${1:-9200}"
  command -v curl >/dev/null 2>&1 || { portcullis_es_log "needs curl to check readiness (apt-get install curl)"; return 1; }
  if portcullis_es_healthy "$port"; then return 0; fi
  portcullis_es_install || return 1
  [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] || { portcullis_es_log "JAVA_HOME must point to a JDK 21+"; return 1; }
  if ! portcullis_es_as_user test -x "$JAVA_HOME/bin/java"; then
    portcullis_es_log "$PORTCULLIS_ES_USER cannot run $JAVA_HOME/bin/java; point JAVA_HOME to a JDK it can read (e.g. under /usr/lib/jvm)"
    return 1
  fi
  portcullis_es_owned_dir "$PORTCULLIS_ES_STATE_DIR"
  # One starter at a time: parallel test runs share this install and its data dir.
  (
    flock -w "$PORTCULLIS_ES_START_TIMEOUT" 9 || { portcullis_es_log "timed out waiting for another start"; exit 1; }
    if portcullis_es_healthy "$port"; then exit 0; fi
    if ! portcullis_es_pid >/dev/null; then
      portcullis_es_owned_dir "$PORTCULLIS_ES_STATE_DIR/data"
      portcullis_es_owned_dir "$PORTCULLIS_ES_STATE_DIR/logs"
      : > "$PORTCULLIS_ES_STATE_DIR/start.out"
      [ "$(id -u)" -eq 0 ] && chown "$PORTCULLIS_ES_USER": "$PORTCULLIS_ES_STATE_DIR/start.out"
      portcullis_es_log "starting Elasticsearch $PORTCULLIS_ES_VERSION on 127.0.0.1:$port (data in $PORTCULLIS_ES_STATE_DIR)"
      # PORTCULLIS_ES_SETTINGS="key=value ..." adds node settings (drills use it, e.g. a tiny write queue).
      local extra_settings=() kv
      for kv in ${PORTCULLIS_ES_SETTINGS:-}; do extra_settings+=(-E "$kv"); done
      # -d: the CLI daemonizes the server and writes the pid file; readiness is polled below.
      # The disk threshold is off so a nearly full shared disk cannot flip audit indices read-only.
      if ! portcullis_es_as_user env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" \
            ES_JAVA_OPTS="-Xms$PORTCULLIS_ES_HEAP -Xmx$PORTCULLIS_ES_HEAP ${PORTCULLIS_ES_JAVA_OPTS:-}" \
            "$PORTCULLIS_ES_HOME/bin/elasticsearch" -d -p "$PORTCULLIS_ES_STATE_DIR/elasticsearch.pid" \
            -E cluster.name=portcullis -E node.name=portcullis-es \
            -E discovery.type=single-node -E xpack.security.enabled=false \
            -E network.host=127.0.0.1 -E http.port="$port" \
            -E path.data="$PORTCULLIS_ES_STATE_DIR/data" -E path.logs="$PORTCULLIS_ES_STATE_DIR/logs" \
            -E cluster.routing.allocation.disk.threshold_enabled=false \
            ${extra_settings[@]+"${extra_settings[@]}"} \
            >> "$PORTCULLIS_ES_STATE_DIR/start.out" 2>&1 < /dev/null; then
        portcullis_es_log "Elasticsearch failed to start"
        portcullis_es_log_tail
        exit 1
      fi
    fi
    local waited=0
    until portcullis_es_healthy "$port"; do
      if [ "$waited" -ge "$PORTCULLIS_ES_START_TIMEOUT" ]; then
        portcullis_es_log "not healthy on 127.0.0.1:$port after ${PORTCULLIS_ES_START_TIMEOUT}s"
        portcullis_es_log_tail
        exit 1
      fi
      if ! portcullis_es_pid >/dev/null; then
        portcullis_es_log "the server exited during start-up"
        portcullis_es_log_tail
        exit 1
      fi
      sleep 2; waited=$((waited + 2))
    done
    portcullis_es_log "ready on http://127.0.0.1:$port"
  ) 9>"$PORTCULLIS_ES_STATE_DIR/.start.lock"
}

portcullis_es_stop() {
  local pid waited=0
  portcullis_es_dirs || return 1
  pid="$(portcullis_es_pid)" || { portcullis_es_log "not running (no live pid in $PORTCULLIS_ES_STATE_DIR)"; return 0; }
  portcullis_es_log "stopping Elasticsearch (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$waited" -ge 60 ]; then
      portcullis_es_log "pid $pid ignored SIGTERM for 60s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 1; waited=$((waited + 1))
  done
  rm -f "$PORTCULLIS_ES_STATE_DIR/elasticsearch.pid"
}
