#!/usr/bin/env bash
# JMH benchmark of the YKC codec: decode and encode of a realistic frame mix (60 % heartbeats,
# 30 % 0x13 live data, 10 % 0x3B transaction records). Prints frames/s per thread and, with the
# GC profiler, bytes allocated per frame.
#   scripts/bench-codec.sh            # full run (~1 min)
#   scripts/bench-codec.sh -f 1 -wi 1 -i 2   # quicker, any JMH options
set -euo pipefail
HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HOME_DIR"
mvn -q -B -DskipTests -Dcheckstyle.skip package -pl benchmarks -am
CP="benchmarks/target/classes:$(ls benchmarks/target/lib/*.jar | tr '\n' ':')"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(java -version 2>&1 | head -1)"
exec java -cp "$CP" org.openjdk.jmh.Main CodecBenchmark -prof gc "$@"
