#!/usr/bin/env bash
# Shared by the scripts: find the repository, build the launcher when it is missing or older
# than the main sources (generated files under target/ do not count: a full build leaves some
# newer than the jar, and rebuilding would replace the jar under a running platform), and run it.
set -euo pipefail

CHARGEWAY_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CHARGEWAY_JAR="$CHARGEWAY_HOME/launcher/target/chargeway.jar"

chargeway_build_if_needed() {
  local stale=""
  if [ ! -f "$CHARGEWAY_JAR" ]; then
    stale="yes"
  elif [ -n "$(find "$CHARGEWAY_HOME" \( -path "$CHARGEWAY_HOME/.git" -o -path "$CHARGEWAY_HOME/var" -o -name target \) -prune -o \
        \( -path '*/src/main/*' -o -name 'pom.xml' \) -type f -newer "$CHARGEWAY_JAR" -print -quit)" ]; then
    stale="yes"
  fi
  if [ -n "$stale" ]; then
    echo "Building Chargeway (first run or sources changed; this takes a minute or two)..." >&2
    (cd "$CHARGEWAY_HOME" && mvn -q -B -DskipTests -Dcheckstyle.skip package -pl launcher -am) >&2
  fi
}

chargeway_java() {
  # shellcheck disable=SC2206
  local opts=(${CHARGEWAY_JAVA_OPTS:-})
  exec java "${opts[@]}" -Dlogback.configurationFile="$CHARGEWAY_HOME/conf/logback.xml" -jar "$CHARGEWAY_JAR" "$@"
}
