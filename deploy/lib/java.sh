# Finds a JDK 21+ and exports JAVA_HOME and JAVA. Sourced by deploy/portcullis and .ci/run.
# Why: machines often ship an older default `java` (17 here) beside a newer Temurin under /usr/lib/jvm.

java_major() { # $1 = path to a java binary; prints its feature version or nothing
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

portcullis_find_java() {
  local candidates=() c v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for c in /usr/lib/jvm/*; do [ -d "$c" ] && candidates+=("$c"); done
  local best="" best_v=0
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    v=$(java_major "$c/bin/java")
    [[ "$v" =~ ^[0-9]+$ ]] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$c"; best_v="$v"; fi
  done
  if [ -z "$best" ]; then
    echo "portcullis: needs a JDK 21 or newer (found none in JAVA_HOME, on PATH or under /usr/lib/jvm)." >&2
    echo "portcullis: install one, e.g. 'apt-get install temurin-21-jdk' or 'apt-get install openjdk-21-jdk', or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export JAVA="$best/bin/java"
  export PATH="$best/bin:$PATH"
}
