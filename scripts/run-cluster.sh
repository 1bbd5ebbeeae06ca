#!/usr/bin/env bash
# Runs core, edge and web as three JVMs on this machine, joined in a Hazelcast cluster over
# loopback (conf/cluster.xml), the way production runs them on separate hosts. The core JVM
# starts the embedded MariaDB and Redis; edge and web point at that Redis. Logs go to var/log.
#   scripts/run-cluster.sh              # start, with 10 simulated piles on the edge
#   scripts/run-cluster.sh stop         # stop all three
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$CHARGEWAY_HOME"
mkdir -p var/log var/run

stop_all() {
  for role in web edge core; do
    if [ -f "var/run/$role.pid" ]; then
      kill "$(cat "var/run/$role.pid")" 2>/dev/null && echo "stopping $role"
      rm -f "var/run/$role.pid"
    fi
  done
}

if [ "${1:-}" = "stop" ]; then
  stop_all
  exit 0
fi

chargeway_build_if_needed
redis_port=$(sed -n 's/.*"embeddedPort": *\([0-9]*\).*/\1/p' conf/application.json | tail -1)
launch() { # role, extra args...
  local role=$1; shift
  nohup java -Dlogback.configurationFile=conf/logback.xml -jar "$CHARGEWAY_JAR" run --role "$role" --cluster "$@" \
    > "var/log/$role.log" 2>&1 &
  echo $! > "var/run/$role.pid"
  echo "started $role (pid $!, log var/log/$role.log)"
}
wait_for() { # log file, text, seconds
  for _ in $(seq 1 "$3"); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 1; done
  echo "timed out waiting for '$2' in $1" >&2; return 1
}

trap 'stop_all' INT TERM
launch core
wait_for var/log/core.log "Chargeway is running" 180
CHARGEWAY_REDIS__CONNECTION_STRING="redis://127.0.0.1:${redis_port:-6380}" launch edge --simulate "${SIMULATE:-10}"
CHARGEWAY_REDIS__CONNECTION_STRING="redis://127.0.0.1:${redis_port:-6380}" launch web
wait_for var/log/edge.log "Chargeway is running" 180
wait_for var/log/web.log "Chargeway is running" 180
sed -n '/Chargeway is running/,/Stop with/p' var/log/edge.log
echo "Cluster up: core, edge and web in three JVMs. Stop with: scripts/run-cluster.sh stop"
trap - INT TERM
