#!/usr/bin/env bash
# Runs the whole platform in one JVM: core, edge and web on embedded MariaDB and Redis
# (data under var/data, kept across restarts), plus a simulated station of 10 piles.
#   scripts/run-all.sh                 # everything, 10 simulated piles
#   scripts/run-all.sh --simulate 0    # no simulated piles
# Options after the script name go to 'chargeway run' (see: scripts/run-all.sh --help).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
chargeway_build_if_needed
cd "$CHARGEWAY_HOME"
chargeway_java run --role all --simulate 10 "$@"
