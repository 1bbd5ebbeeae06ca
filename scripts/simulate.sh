#!/usr/bin/env bash
# Runs simulated YKC V1.6 piles against a platform, with a live progress line.
#
#   scripts/simulate.sh --host H --port P --piles N [--scenario idle|garbage|flood|silent]
#                       [--first-pile NO] [--source-ips K] [--ramp PER_SECOND]
#                       [--heartbeat-seconds S] [--duration SECONDS] [--shards N]
#   scripts/simulate.sh --help
#
# Works from any directory. Builds pile-simulator (and the modules it needs) with Maven when its
# classes are missing or older than its sources; nothing is installed into ~/.m2.
# Environment: JAVA_OPTS (default -Xmx2g), SIM_LOG_LEVEL (WARN; DEBUG shows every pile's events).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODULE="$ROOT/pile-simulator"
CLASSES="$MODULE/target/classes"
LIB="$MODULE/target/lib"

needs_build() {
  [[ ! -f "$CLASSES/io/chargeway/sim/cli/SimulatorMain.class" || ! -d "$LIB" ]] && return 0
  [[ -n "$(find "$MODULE/src/main" "$ROOT/ykc-protocol/src/main" "$MODULE/pom.xml" -newer "$CLASSES/io/chargeway/sim/cli/SimulatorMain.class" -type f -print -quit 2>/dev/null)" ]]
}

if needs_build; then
  echo "building pile-simulator ..." >&2
  (cd "$ROOT" && mvn -B -q -pl pile-simulator -am package -DskipTests) >&2
fi

exec java ${JAVA_OPTS:--Xmx2g} -Dsim.log.level="${SIM_LOG_LEVEL:-WARN}" \
  -cp "$CLASSES:$LIB/*" io.chargeway.sim.cli.SimulatorMain "$@"
