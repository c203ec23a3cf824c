# Builds the CLI jar when it is missing or any source is newer than it. Sourced by deploy/portcullis.

PORTCULLIS_JAR="$PORTCULLIS_ROOT/filter-core/target/portcullis.jar"

portcullis_needs_build() {
  [ -f "$PORTCULLIS_JAR" ] || return 0
  local newer
  newer=$(find "$PORTCULLIS_ROOT" \( -path '*/target' -o -path '*/.git' -o -path '*/deploy/.cache' -o -path '*/deploy/.state' -o -path '*/tests' \) -prune -o \
            \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$PORTCULLIS_JAR" -print -quit)
  [ -n "$newer" ]
}

portcullis_build() {
  if portcullis_needs_build; then
    echo "portcullis: building (first use or sources changed)..." >&2
    local log="$PORTCULLIS_ROOT/deploy/.state/build.log"
    mkdir -p "$(dirname "$log")"
    if ! (cd "$PORTCULLIS_ROOT" && mvn -B -ntp -Dmaven.test.skip=true -pl filter-core -am install) >"$log" 2>&1; then
      tail -n 40 "$log" >&2
      echo "portcullis: build failed (full log: $log)" >&2
      return 1
    fi
  fi
}
