# The real services Portcullis talks to, for demos, tests and outside checks on one machine:
# OPA with the project's policies on 127.0.0.1:8181 and Elasticsearch on 127.0.0.1:9200.
# Sourced (bash) with PORTCULLIS_ROOT and JAVA_HOME set; `deploy/portcullis services up|down` calls these.
#
#   portcullis_services_up      start whatever is not already up; returns once both answer
#   portcullis_services_down    stop both
#   portcullis_services_down_started
#                               stop only what the last portcullis_services_up in this shell started
#                               (so a test run leaves services someone brought up by hand alone)

PORTCULLIS_ES_PORT="${PORTCULLIS_ES_PORT:-9200}"
PORTCULLIS_OPA_PORT="${PORTCULLIS_OPA_PORT:-8181}"
PORTCULLIS_SERVICES_STARTED=""

. "$PORTCULLIS_ROOT/deploy/lib/elasticsearch.sh"

# OPA's helper comes from the policies module's work; source it when present, at call time.
portcullis_services_have_opa() {
  [ -f "$PORTCULLIS_ROOT/deploy/lib/opa.sh" ] || return 1
  declare -F portcullis_opa_start >/dev/null || . "$PORTCULLIS_ROOT/deploy/lib/opa.sh"
}

portcullis_opa_healthy() { # OPA's own readiness endpoint
  curl -fsS --max-time 5 "http://127.0.0.1:$PORTCULLIS_OPA_PORT/health" >/dev/null 2>&1
}

portcullis_services_up() {
  local ready
  PORTCULLIS_SERVICES_STARTED=""
  if portcullis_services_have_opa; then
    portcullis_opa_healthy || PORTCULLIS_SERVICES_STARTED+=" opa"
    portcullis_opa_start "$PORTCULLIS_OPA_PORT" || { echo "portcullis: OPA did not start" >&2; return 1; }
    ready="OPA http://127.0.0.1:$PORTCULLIS_OPA_PORT, "
  else
    echo "portcullis: deploy/lib/opa.sh is missing; starting Elasticsearch only" >&2
  fi
  portcullis_es_healthy "$PORTCULLIS_ES_PORT" || PORTCULLIS_SERVICES_STARTED+=" es"
  portcullis_es_start "$PORTCULLIS_ES_PORT" || { echo "portcullis: Elasticsearch did not start" >&2; return 1; }
  echo "portcullis: services up: ${ready:-}Elasticsearch http://127.0.0.1:$PORTCULLIS_ES_PORT" >&2
}

portcullis_services_down() {
  local rc=0
  if portcullis_services_have_opa; then portcullis_opa_stop || rc=1; fi
  portcullis_es_stop || rc=1
  return "$rc"
}

portcullis_services_down_started() {
  local rc=0
  case " $PORTCULLIS_SERVICES_STARTED " in *" opa "*) portcullis_opa_stop || rc=1 ;; esac
  case " $PORTCULLIS_SERVICES_STARTED " in *" es "*) portcullis_es_stop || rc=1 ;; esac
  PORTCULLIS_SERVICES_STARTED=""
  return "$rc"
}
