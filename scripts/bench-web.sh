#!/usr/bin/env bash
# Web benchmark (a measurement, not a test): the `all` role on embedded MariaDB and Redis with
# 1,000 stations and 5,000 guns; a closed-loop Vert.x HTTP client (like wrk) on
# GET /api/v1/stations/nearby, then 5,000 WebSocket drivers receiving order progress messages.
# Prints requests/s, latency percentiles and delivery delays. Targets (2 cores): >= 3,000
# requests/s with p99 < 20 ms; progress delivery p99 < 100 ms.
#   scripts/bench-web.sh                                   # full run (~2 min)
#   scripts/bench-web.sh seconds=10 warmup=5 clients=1000  # quicker; also stations=, gunsPerStation=, connections=, rounds=
set -euo pipefail
HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HOME_DIR"
mvn -q -B -DskipTests -Dcheckstyle.skip -pl web-verticle -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="web-verticle/target/test-classes:web-verticle/target/classes:$(cat web-verticle/target/bench.classpath)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(java -version 2>&1 | head -1); shared with other work: figures vary"
exec java -Xms1g -Xmx2g -Dchargeway.test.dataDir=web-verticle/target/bench-data \
  -Dlogback.configurationFile=web-verticle/src/test/resources/logback-bench.xml \
  -cp "$CP" io.chargeway.web.bench.WebBench "$@"
