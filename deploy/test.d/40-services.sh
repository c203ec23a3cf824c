# Brings up the real OPA and Elasticsearch for the Java suites (sourced by `deploy/portcullis test`).
# Stops at the end of the run only what this step started: services brought up by hand stay up.
. "$PORTCULLIS_ROOT/deploy/lib/services.sh"
# Chain onto any EXIT trap an earlier step registered instead of replacing it. `trap -p` prints a
# shell-quoted `trap -- CMD EXIT`; letting the shell split it recovers CMD exactly.
portcullis_services_prev_trap() {
  local printed; printed="$(trap -p EXIT)"
  [ -n "$printed" ] || return 0
  eval "set -- $printed"
  printf '%s' "$3"
}
# Registered before starting, so a half-finished start (OPA up, Elasticsearch failing) is cleaned up too.
trap "portcullis_services_down_started; $(portcullis_services_prev_trap)" EXIT
portcullis_services_up
export PORTCULLIS_ES_URL="http://127.0.0.1:$PORTCULLIS_ES_PORT"
export PORTCULLIS_OPA_URL="http://127.0.0.1:$PORTCULLIS_OPA_PORT"
