# Runs every Java test in every module (unit, integration, end to end) against the real services.
(cd "$PORTCULLIS_ROOT" && mvn -B -ntp verify "$@")
