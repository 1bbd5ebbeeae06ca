#!/usr/bin/env bash
# Order benchmark: simulated piles run complete sessions end to end (platform start 0x34/0x33,
# live data 0x13, stop 0x36/0x35, record 0x3B, settlement, 0x40) against core and edge in one JVM
# (the all role's core and edge) on embedded MariaDB and Redis. Prints, in three phases:
#   sustained      every gun runs sessions back to back: settled records per second (after a warm-up)
#   record bursts  every gun charging, then all piles stop at once: how fast a flood of 0x3B settles
#   paced          sessions at a fixed rate: 0x3B -> 0x40 latency as the piles see it (p50, p99, max)
# and finally the ledger reconciliation (balanced, sum 0). The platform's INFO log goes to
# system-tests/target/bench-orders.log.
#   scripts/bench-orders.sh        # 2000 piles (3200 guns), 40 s warm-up, 60 s measured, 3 bursts, 200/s paced 20 s
#   scripts/bench-orders.sh --piles 100 --seconds 10 --rate 50 --paced-seconds 5 --bursts 1   # quick look
# Options: --piles N --seconds S --warmup S --rate R --paced-seconds S --charge-millis M --live-millis M --bursts N --dir D
set -euo pipefail
HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HOME_DIR"
mvn -q -B -DskipTests -Dcheckstyle.skip package -pl system-tests -am
CP="system-tests/target/classes:$(ls system-tests/target/lib/*.jar | tr '\n' ':')"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
ulimit -n 65536 2>/dev/null || true
exec java -Xmx4g ${BENCH_JAVA_OPTS:-} -Dlogback.configurationFile=system-tests/target/classes/bench-logback.xml \
  -Dbench.log=system-tests/target/bench-orders.log -cp "$CP" io.chargeway.system.OrderBenchmark --dir system-tests/target/bench-data "$@"
