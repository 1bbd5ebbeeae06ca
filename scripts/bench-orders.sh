#!/usr/bin/env bash
# Order benchmark: simulated piles run complete sessions end to end (platform start 0x34/0x33,
# live data 0x13, stop 0x36/0x35, record 0x3B, settlement, 0x40) against core and edge in one JVM
# (the all role) on embedded MariaDB and Redis. Prints settled records per second sustained, the
# 0x3B -> 0x40 latency the piles see at a paced rate, and the ledger reconciliation.
#   scripts/bench-orders.sh                                   # 1000 piles, 30 s sustained, 200/s paced
#   scripts/bench-orders.sh --piles 300 --seconds 10 --rate 100 --paced-seconds 10   # quicker
# Options: --piles N --seconds S --rate R --paced-seconds S --charge-millis M --dir D
set -euo pipefail
HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HOME_DIR"
mvn -q -B -DskipTests -Dcheckstyle.skip package -pl system-tests -am
CP="system-tests/target/classes:$(ls system-tests/target/lib/*.jar | tr '\n' ':')"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
ulimit -n 65536 2>/dev/null || true
exec java -Xmx4g ${BENCH_JAVA_OPTS:-} -Dlogback.configurationFile=system-tests/target/classes/bench-logback.xml \
  -Dbench.log=system-tests/target/bench-orders.log -cp "$CP" io.chargeway.system.OrderBenchmark --dir system-tests/target/bench-data "$@"
