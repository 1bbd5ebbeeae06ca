#!/usr/bin/env bash
# Edge scale benchmark: one edge node (the platform, role all, clustered) holds N simulated piles,
# all logged in, heartbeating every 10 s, 10 % of them charging and sending live data every 15 s.
# Load-driver JVMs (benchmarks module, io.chargeway.bench.edge.EdgeLoadDriver) join the platform's
# Hazelcast cluster, connect the piles from 127.0.0.1..k, wait until all are logged in, then over a
# window count frames, watch for any disconnect and send downlink commands through the core.
# Prints piles held, frames/s, p99 login time, p99 command round trip, edge heap per pile after GC,
# disconnects, and the machine it ran on. Exit code 0 only if every pile stayed logged in.
#
#   scripts/bench-edge.sh                               # 50,000 piles (capped by the open-file limit), 120 s window
#   scripts/bench-edge.sh --piles 2000 --window 30      # quick check
#   options: --piles N  --window SECONDS  --ramp PER_S  --command-rate PER_S  --command sync-clock|read-live-data
#            --drivers K (client JVMs; default: as many as the open-file limit requires)
#   env:     PLATFORM_HEAP_MB, DRIVER_HEAP_MB (defaults scale with N),
#            BENCH_PORT_OFFSET (default 10000: pile port 18767, edge HTTP 18081, web 18080, MariaDB 13307,
#            Redis 16380, Hazelcast 15701, so that a run-all.sh on the default ports is left alone)
#
# Data, logs and results go to var/bench (recreated on every run). Both JVMs are stopped on exit and on Ctrl-C.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$CHARGEWAY_HOME"

PILES=50000
WINDOW=120
RAMP=250
COMMAND_RATE=20
COMMAND=sync-clock
DRIVERS=""
FD_RESERVE=500
while [ $# -gt 0 ]; do
  case "$1" in
    --piles) PILES=$2; shift 2 ;;
    --window) WINDOW=$2; shift 2 ;;
    --ramp) RAMP=$2; shift 2 ;;
    --command-rate) COMMAND_RATE=$2; shift 2 ;;
    --command) COMMAND=$2; shift 2 ;;
    --drivers) DRIVERS=$2; shift 2 ;;
    -h|--help) sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

BENCH_DIR="$CHARGEWAY_HOME/var/bench"
RUN_DIR="$BENCH_DIR/run"
OFFSET=${BENCH_PORT_OFFSET:-10000}
EDGE_PORT=$((OFFSET + 8767)); EDGE_HTTP_PORT=$((OFFSET + 8081)); WEB_PORT=$((OFFSET + 8080))
DB_PORT=$((OFFSET + 3307)); REDIS_PORT=$((OFFSET + 6380)); HZ_PORT=$((OFFSET + 5701))
PLATFORM_PID=""; TAIL_PID=""; DRIVER_PIDS=()
# Hazelcast's internal API access (it warns and runs slower without it).
HZ_OPENS=(--add-modules java.se --add-exports java.base/jdk.internal.ref=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED
  --add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.management/sun.management=ALL-UNNAMED
  --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED)

say() { printf '%s\n' "$*"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# --- how many piles fit: one socket per pile in the edge JVM, and in the driver JVM on the other end ---
fd_hard=$(ulimit -Hn)
[ "$fd_hard" = "unlimited" ] && fd_hard=1048576
ulimit -Sn "$fd_hard"
per_jvm=$(( (fd_hard - FD_RESERVE) / 10 * 10 ))
requested=$PILES
PILES=$(( PILES / 10 * 10 ))
[ "$PILES" -lt 10 ] && { echo "--piles must be at least 10" >&2; exit 2; }
cap_note="none: the open-file limit ($fd_hard per process) fits $PILES piles"
if [ "$PILES" -gt "$per_jvm" ]; then
  PILES=$per_jvm
  cap_note="open-file limit: ulimit -Hn is $fd_hard per process here and cannot be raised by this user. The edge holds one socket per pile in one JVM, plus about $FD_RESERVE other files (jars, database and Redis pools, cluster, epoll), so one edge node can hold at most $per_jvm piles on this machine: running $PILES instead of $requested. A $requested-pile run needs ulimit -Hn >= $((requested + FD_RESERVE)) for the platform JVM (LimitNOFILE= in systemd, nofile in /etc/security/limits.conf, or docker --ulimit nofile=...); the client side is split over as many driver JVMs as that limit requires."
fi
[ -z "$DRIVERS" ] && DRIVERS=$(( (PILES + per_jvm - 1) / per_jvm ))
SOURCE_IPS=$(( PILES / 20000 + 2 ))   # a source address gives ~28,000 ephemeral ports
PLATFORM_HEAP_MB=${PLATFORM_HEAP_MB:-$(( 1024 + PILES / 25 ))}
DRIVER_HEAP_MB=${DRIVER_HEAP_MB:-$(( 512 + PILES / DRIVERS / 40 ))}

stop_platform() {
  if [ -n "$PLATFORM_PID" ] && kill -0 "$PLATFORM_PID" 2>/dev/null; then
    say "stopping the platform (pid $PLATFORM_PID)..."
    local children; children=$(ps -o pid= --ppid "$PLATFORM_PID" 2>/dev/null | tr '\n' ' ')
    kill "$PLATFORM_PID" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$PLATFORM_PID" 2>/dev/null || break; sleep 1; done
    if kill -0 "$PLATFORM_PID" 2>/dev/null; then
      say "the platform did not stop within 60 s; killing it and its embedded MariaDB/Redis ($children)"
      kill -9 "$PLATFORM_PID" 2>/dev/null
      for pid in $children; do kill -9 "$pid" 2>/dev/null; done
    fi
  fi
  PLATFORM_PID=""
}

cleanup() {
  trap - EXIT INT TERM
  stop_platform
  [ -n "$TAIL_PID" ] && kill "$TAIL_PID" 2>/dev/null
  for pid in "${DRIVER_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${DRIVER_PIDS[@]}"; do wait "$pid" 2>/dev/null; done
}
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT TERM

wait_for_log() { # file, text, seconds
  for _ in $(seq 1 "$3"); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    kill -0 "$PLATFORM_PID" 2>/dev/null || { say "the platform exited; last lines of $1:"; tail -30 "$1"; return 1; }
    sleep 1
  done
  say "timed out after $3 s waiting for '$2' in $1"; return 1
}

heap_used_kb() { # $1: name; full GC twice, the class histogram to var/bench/heap-$1.txt, then the heap in use in KB
  jcmd "$PLATFORM_PID" GC.run > /dev/null && sleep 1 && jcmd "$PLATFORM_PID" GC.run > /dev/null && sleep 1
  jcmd "$PLATFORM_PID" GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1
  jcmd "$PLATFORM_PID" GC.class_histogram > "$BENCH_DIR/heap-$1.txt" 2>&1 || true
}

live_kb() { # $1: name; live objects in KB from the class histogram taken by heap_used_kb
  awk '$1 == "Total" { printf "%d", $3 / 1024 }' "$BENCH_DIR/heap-$1.txt"
}

heap_growth() { # bytes per pile by class between the two histograms, largest first
  awk -v piles="$PILES" 'FNR == NR && $1 ~ /^[0-9]+:$/ { before[$4] = $3; next }
    $1 ~ /^[0-9]+:$/ { grow[$4] = $3 - before[$4] }
    END { for (c in grow) if (grow[c] > 0) printf "%10.1f B/pile  %s\n", grow[c] / piles, c }' \
    "$BENCH_DIR/heap-before.txt" "$BENCH_DIR/heap-after.txt" | sort -rn | awk 'NR <= 25'
}

cpu_ticks() { # pid -> utime + stime
  awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0
}

gc_pauses() { # GC log -> "N pauses, longest X ms" (the full GCs of the heap measurement left out)
  awk '/Pause/ && !/Diagnostic Command|Heap Inspection/ { n++; ms = $NF; sub(/ms$/, "", ms); if (ms + 0 > max) max = ms + 0 }
    END { printf "%d pauses, longest %.0f ms", n, max }' "$1" 2>/dev/null
}

machine_busy() { # "busy total" jiffies of all cores
  awk '/^cpu / { idle = $5 + $6; total = 0; for (i = 2; i <= NF; i++) total += $i; print total - idle, total }' /proc/stat
}

build_if_needed() {
  local marker="benchmarks/target/classes/io/chargeway/bench/edge/EdgeLoadDriver.class"
  if [ ! -f "$CHARGEWAY_JAR" ] || [ ! -f "$marker" ] || [ ! -d benchmarks/target/lib ] || \
     [ -n "$(find . -path ./.git -prune -o -path ./var -prune -o \( -name '*.java' -o -name 'pom.xml' \) \
            \( -newer "$CHARGEWAY_JAR" -o -newer "$marker" \) -print -quit)" ]; then
    say "building the launcher and the benchmarks (sources changed or first run)..."
    mvn -q -B -Dstyle.color=never -DskipTests -Dcheckstyle.skip package -pl launcher,benchmarks -am
  fi
}

check_ports_free() {
  local busy=""
  for p in $EDGE_PORT $EDGE_HTTP_PORT $WEB_PORT $DB_PORT $REDIS_PORT $HZ_PORT; do
    ss -Htln "sport = :$p" | grep -q . && busy="$busy $p"
  done
  [ -z "$busy" ] || { say "ports in use:$busy (another run? set BENCH_PORT_OFFSET)"; exit 1; }
}

start_platform() {
  rm -rf "$BENCH_DIR"; mkdir -p "$RUN_DIR"
  # Its own cluster name and port, so that no other cluster on this machine is joined; comments are
  # dropped (conf/cluster.xml's header comment contains "--", which XML forbids inside comments).
  sed -e '/<!--/,/-->/d' -e 's#<cluster-name>chargeway</cluster-name>#<cluster-name>chargeway-bench</cluster-name>#' \
      -e "s#>5701</port>#>$HZ_PORT</port>#" conf/cluster.xml > "$BENCH_DIR/cluster.xml"
  say "starting the platform: java -Xmx${PLATFORM_HEAP_MB}m -jar launcher/target/chargeway.jar run --role all --cluster (demo piles: $PILES, log var/bench/platform.log)"
  CHARGEWAY_PLATFORM__DATA_DIR="$BENCH_DIR/data" CHARGEWAY_CORE__SEED_DEMO=true CHARGEWAY_CORE__DEMO_PILES=$PILES \
  CHARGEWAY_CORE__COMMAND_TIMEOUT_SECONDS=20 CHARGEWAY_EDGE__COMMAND_TIMEOUT_SECONDS=15 \
  CHARGEWAY_EDGE__PORT=$EDGE_PORT CHARGEWAY_EDGE__HTTP__PORT=$EDGE_HTTP_PORT CHARGEWAY_WEB__PORT=$WEB_PORT \
  CHARGEWAY_DATABASE__EMBEDDED_PORT=$DB_PORT CHARGEWAY_REDIS__EMBEDDED_PORT=$REDIS_PORT \
  CHARGEWAY_CLUSTER__CONFIG_FILE="$BENCH_DIR/cluster.xml" \
    java "-Xmx${PLATFORM_HEAP_MB}m" -XX:+UseG1GC "-Xlog:gc:file=$BENCH_DIR/platform-gc.log" "${HZ_OPENS[@]}" \
      -Dlogback.configurationFile=conf/logback.xml \
      -jar "$CHARGEWAY_JAR" run --role all --cluster > "$BENCH_DIR/platform.log" 2>&1 &
  PLATFORM_PID=$!
  wait_for_log "$BENCH_DIR/platform.log" "Chargeway is running" 600
  say "platform running (pid $PLATFORM_PID): $(grep -o 'demo registry seeded.*' "$BENCH_DIR/platform.log" | head -1)"
}

start_drivers() {
  local cp="benchmarks/target/classes:benchmarks/target/lib/*" per=$(( PILES / DRIVERS / 10 * 10 )) first=1
  for i in $(seq 1 "$DRIVERS"); do
    local n=$per; [ "$i" -eq "$DRIVERS" ] && n=$(( PILES - first + 1 ))
    local extra=(); [ "$i" -eq 1 ] && extra=(--edge-metrics "http://127.0.0.1:$EDGE_HTTP_PORT/metrics")
    CHARGEWAY_LOG_LEVEL=WARN java "-Xmx${DRIVER_HEAP_MB}m" "-Xlog:gc:file=$RUN_DIR/driver-$i-gc.log" "${HZ_OPENS[@]}" \
      -Dlogback.configurationFile=conf/logback.xml -cp "$cp" \
      io.chargeway.bench.edge.EdgeLoadDriver --port "$EDGE_PORT" --piles "$n" --first-index "$first" \
      --source-ips "$SOURCE_IPS" --ramp $(( RAMP / DRIVERS )) --window "$WINDOW" \
      --command-rate "$(awk "BEGIN { print $COMMAND_RATE / $DRIVERS }")" --command "$COMMAND" \
      --cluster-config "$BENCH_DIR/cluster.xml" --label "driver-$i" "${extra[@]}" \
      --ready-file "$RUN_DIR/driver-$i.ready" --go-file "$RUN_DIR/go" --stop-file "$RUN_DIR/stop" \
      --result "$RUN_DIR/driver-$i.json" > "$RUN_DIR/driver-$i.log" 2>&1 &
    DRIVER_PIDS+=($!)
    say "driver-$i (pid $!): piles $first..$(( first + n - 1 )) of the demo station, from 127.0.0.1..$SOURCE_IPS, -Xmx${DRIVER_HEAP_MB}m"
    first=$(( first + n ))
  done
  local logs=(); for i in $(seq 1 "$DRIVERS"); do logs+=("$RUN_DIR/driver-$i.log"); done
  # The drivers' own lines, live; tail ends by itself with this script (--pid).
  tail -q -n +1 -F --pid=$$ "${logs[@]}" 2>/dev/null | grep --line-buffered '^\[driver' &
  TAIL_PID=$!
}

wait_for_drivers() { # file suffix, seconds
  for _ in $(seq 1 "$2"); do
    local missing=0
    for i in $(seq 1 "$DRIVERS"); do [ -f "$RUN_DIR/driver-$i.$1" ] || missing=1; done
    [ "$missing" -eq 0 ] && return 0
    for pid in "${DRIVER_PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || { say "a driver exited early (pid $pid)"; return 1; }; done
    sleep 1
  done
  say "timed out waiting for the drivers' .$1 files"; return 1
}

say "== Chargeway edge benchmark =="
say "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB memory, $(java -version 2>&1 | head -1), $(uname -sr)"
say "load average at start: $(loadavg); open files: ulimit -Hn $fd_hard; cap: $cap_note"
say "plan: $PILES piles on one edge, heartbeat 10 s per gun, 10 % charging with live data every 15 s, ramp $RAMP/s,"
say "      $WINDOW s window, $COMMAND_RATE $COMMAND commands/s through the core, $DRIVERS driver JVM(s), source IPs 127.0.0.1..$SOURCE_IPS"
build_if_needed
check_ports_free
start_platform
heap_before=$(heap_used_kb before)
say "platform heap after full GC, before any pile: $((heap_before / 1024)) MB"
start_drivers
wait_for_drivers ready 1200
for f in "$RUN_DIR"/driver-*.ready; do
  grep -q READY "$f" || { say "not every pile logged in:"; cat "$RUN_DIR"/driver-*.ready; exit 1; }
done
sleep 10   # let the platform finish the logins' follow-up work (events, tariffs) before weighing its heap
heap_after=$(heap_used_kb after)
heap_growth > "$BENCH_DIR/heap-growth.txt"
say "platform heap after full GC, every pile logged in: $((heap_after / 1024)) MB; the window starts"
load_start=$(loadavg); cpu_platform0=$(cpu_ticks "$PLATFORM_PID"); cpu_drivers0=0
for pid in "${DRIVER_PIDS[@]}"; do cpu_drivers0=$(( cpu_drivers0 + $(cpu_ticks "$pid") )); done
read -r busy0 total0 < <(machine_busy); t0=$(date +%s.%N)
touch "$RUN_DIR/go"
wait_for_drivers json $(( WINDOW + 120 ))
read -r busy1 total1 < <(machine_busy); t1=$(date +%s.%N)
load_end=$(loadavg); cpu_platform1=$(cpu_ticks "$PLATFORM_PID"); cpu_drivers1=0
for pid in "${DRIVER_PIDS[@]}"; do cpu_drivers1=$(( cpu_drivers1 + $(cpu_ticks "$pid") )); done
# The drivers first (a platform stopping under them would get their reconnects), then the platform
# once the edge has seen every pile go.
touch "$RUN_DIR/stop"
for pid in "${DRIVER_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
DRIVER_PIDS=()
kill "$TAIL_PID" 2>/dev/null; TAIL_PID=""
for _ in $(seq 1 60); do
  connected=$(curl -s "http://127.0.0.1:$EDGE_HTTP_PORT/metrics" | awk '$1 == "edge_piles_connected" { print int($2) }')
  [ "${connected:-0}" -eq 0 ] && break
  sleep 1
done
stop_platform

hz=$(getconf CLK_TCK)
seconds=$(awk "BEGIN { print $t1 - $t0 }")
say ""
set +e
CHARGEWAY_LOG_LEVEL=WARN java -Dlogback.configurationFile=conf/logback.xml -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
  io.chargeway.bench.edge.EdgeBenchReport \
  --heap-before-kb "$heap_before" --heap-after-kb "$heap_after" \
  --live-before-kb "$(live_kb before)" --live-after-kb "$(live_kb after)" "$RUN_DIR"/driver-*.json
verdict=$?
set -e
say "$(printf '  %-22s %s' 'machine' "$(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB, $(java -version 2>&1 | head -1)")"
say "$(printf '  %-22s %s' 'load average' "$load_start at the window's start, $load_end at its end (1/5/15 min)")"
say "$(printf '  %-22s %s' 'CPU, warm-up + window' "$(awk "BEGIN { printf \"machine %.0f%% busy; platform JVM %.0f%% of one core, driver JVM(s) %.0f%%\", \
  100 * ($busy1 - $busy0) / ($total1 - $total0), 100 * ($cpu_platform1 - $cpu_platform0) / $hz / $seconds, \
  100 * ($cpu_drivers1 - $cpu_drivers0) / $hz / $seconds }")")"
say "$(printf '  %-22s %s' 'GC over the run' "platform $(gc_pauses "$BENCH_DIR/platform-gc.log"); driver-1 $(gc_pauses "$RUN_DIR/driver-1-gc.log")")"
say "$(printf '  %-22s %s' 'pile cap' "$cap_note")"
say "  logs: var/bench/platform.log, var/bench/run/driver-*.log; heap growth by class: var/bench/heap-growth.txt"
exit $verdict
