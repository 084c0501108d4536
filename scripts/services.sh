#!/usr/bin/env bash
# Provisions and runs the pipeline's infrastructure on loopback, with no Docker:
#   - Apache Kafka 4.x (KRaft, single node) from its jars on Maven Central
#   - PostgreSQL from the machine's Debian packages (installed when missing)
# Usage: scripts/services.sh up|down|status|env|kafka-up|kafka-down|postgres-up|postgres-down
#   up      install what is missing, start both, wait until they accept
#           connections, create the database, role and topics. Idempotent.
#   down    stop both (data is kept under .run/).
#   status  exit 0 when both answer.
#   env     print KAFKA_BROKERS / DATABASE_URL for the running services.
#   kafka-up|kafka-down|postgres-up|postgres-down  one service only (the fault
#           tests run private instances this way, with NEWS_RUN_DIR and ports of their own).
# Ports and names can be changed with NEWS_KAFKA_PORT, NEWS_PG_PORT, NEWS_PG_DB,
# NEWS_PG_USER, NEWS_PG_PASSWORD.
set -euo pipefail

ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN_DIR=${NEWS_RUN_DIR:-$ROOT_DIR/.run}
CACHE_DIR="$ROOT_DIR/.cache"

KAFKA_PORT=${NEWS_KAFKA_PORT:-19092}
KAFKA_CONTROLLER_PORT=${NEWS_KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}
KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$ROOT_DIR/infra/kafka/pom.xml")
KAFKA_LIBS="$CACHE_DIR/kafka-$KAFKA_VERSION/libs"
KAFKA_HOME="$RUN_DIR/kafka"
KAFKA_HEAP=${NEWS_KAFKA_HEAP:-512m}

PG_PORT=${NEWS_PG_PORT:-54329}
PG_DB=${NEWS_PG_DB:-news}
PG_USER=${NEWS_PG_USER:-news}
PG_PASSWORD=${NEWS_PG_PASSWORD:-news}
PG_HOME="$RUN_DIR/postgres"
PG_DATA="$PG_HOME/data"
PG_SOCK="$PG_HOME/sock"
PG_OS_USER=postgres

log() { echo "==> $*" >&2; }
die() { echo "error: $*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # wait_for <seconds> <description> <command...>
  local deadline=$((SECONDS + $1)) what=$2; shift 2
  until "$@"; do
    (( SECONDS < deadline )) || return 1
    sleep 0.5
  done
  log "$what is up"
}

# ---------------------------------------------------------------- PostgreSQL
pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n "$dir" && -x "$dir/pg_ctl" ]] && echo "$dir"
}

pg_install() {
  if [[ -z "$(pg_bin_dir)" ]]; then
    command -v apt-get >/dev/null || die "PostgreSQL is not installed and apt-get is missing; install PostgreSQL 15+ or set DATABASE_URL"
    log "installing PostgreSQL from Debian packages"
    local sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
  fi
  [[ -n "$(pg_bin_dir)" ]] || die "PostgreSQL binaries not found under /usr/lib/postgresql after install"
}

# postgres refuses to run as root: when we are root, run its tools as the
# 'postgres' OS user the Debian package creates.
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then
    id "$PG_OS_USER" >/dev/null 2>&1 || useradd --system --home "$PG_HOME" --shell /bin/bash "$PG_OS_USER"
    runuser -u "$PG_OS_USER" -- "$@"
  else
    "$@"
  fi
}

pg_ready() { "$(pg_bin_dir)/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; }

# proc_live <pid>: the process exists and is not a zombie (a killed process stays one until it is reaped,
# and kill -0 still finds it: PostgreSQL then refuses to start, "lock file postmaster.pid already exists").
proc_live() {
  local state
  state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [[ -n "$state" && "$state" != Z ]]
}

# Processes of this cluster still running, found by their working directory (PostgreSQL's is its data
# directory): the backends of a postmaster killed with SIGKILL exit on their own moments later, and until
# then they hold its shared memory ("pre-existing shared memory block is still in use").
pg_cluster_pids() {
  local p pid
  for p in /proc/[0-9]*; do
    pid=${p#/proc/}
    [[ "$(readlink "$p/cwd" 2>/dev/null)" == "$PG_DATA" ]] && proc_live "$pid" && echo "$pid"
  done
  return 0
}

# pg_postmaster_of <lock file>: the PID a PostgreSQL lock file names, if it is a live postmaster of this cluster.
pg_postmaster_of() {
  local pid
  pid=$(head -n 1 "$1" 2>/dev/null || true)
  [[ -n "$pid" ]] && proc_live "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$PG_DATA" && echo "$pid"
}

# The lock files a crashed postmaster leaves (postmaster.pid, and the socket's .lock), naming a PID that is
# gone, a zombie, or reused by another program: once the crashed cluster's last backend has exited they are
# removed, so the next start succeeds.
pg_clear_stale_pid() {
  local file="$PG_DATA/postmaster.pid" socket_lock="$PG_SOCK/.s.PGSQL.$PG_PORT.lock"
  [[ -f "$file" || -f "$socket_lock" ]] || return 0
  # A live postmaster of this cluster (starting, or recovering): nothing is stale.
  pg_postmaster_of "$file" >/dev/null && return 0
  local deadline=$((SECONDS + 15))
  while [[ -n "$(pg_cluster_pids)" ]] && (( SECONDS < deadline )); do sleep 0.2; done
  log "removing the lock files of a crashed PostgreSQL (PID $(head -n 1 "$file" 2>/dev/null || echo '?'))"
  rm -f "$file"
  pg_postmaster_of "$socket_lock" >/dev/null || rm -f "$socket_lock" "$PG_SOCK/.s.PGSQL.$PG_PORT"
}

# A crashed cluster restarts with crash recovery, which the start waits for; a start that loses a race with
# the last exiting backend is tried again.
pg_start() {
  local bin=$1 attempt
  for attempt in 1 2 3 4 5; do
    pg_clear_stale_pid
    if as_pg "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_HOME/postgres.log" -w -t 120 start >/dev/null; then return 0; fi
    pg_ready && return 0
    tail -n 5 "$PG_HOME/postgres.log" | grep -qE 'lock file|shared memory block|could not bind' || break
    log "PostgreSQL did not start yet (attempt $attempt), retrying"
    sleep 1
  done
  return 1
}

pg_up() {
  pg_install
  local bin; bin=$(pg_bin_dir)
  if pg_ready && [[ ! -f "$PG_DATA/postmaster.pid" ]]; then
    die "port $PG_PORT answers, but not with this checkout's PostgreSQL ($PG_DATA); stop that server or set NEWS_PG_PORT"
  fi
  # A postmaster of this cluster alive but not answering yet (crash recovery after a kill): wait for it.
  if ! pg_ready && pg_postmaster_of "$PG_DATA/postmaster.pid" >/dev/null; then
    wait_for 120 "PostgreSQL (recovering)" pg_ready || true
  fi
  if pg_ready; then log "PostgreSQL already running on 127.0.0.1:$PG_PORT"; else
    mkdir -p "$PG_HOME" "$PG_SOCK"
    [[ $(id -u) -eq 0 ]] && { as_pg true; chown -R "$PG_OS_USER" "$PG_HOME"; chmod 700 "$PG_HOME"; }
    if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
      log "initialising a PostgreSQL cluster in $PG_DATA"
      as_pg "$bin/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
      cat >>"$PG_DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_SOCK'
max_connections = 200
shared_buffers = 256MB
fsync = on
CONF
      # Loopback only: password auth for TCP, trust on the private socket dir.
      cat >"$PG_DATA/pg_hba.conf" <<HBA
local all all trust
host  all all 127.0.0.1/32 scram-sha-256
HBA
    fi
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    pg_start "$bin" || { tail -n 30 "$PG_HOME/postgres.log" >&2; die "PostgreSQL did not start (log: $PG_HOME/postgres.log)"; }
    wait_for 60 "PostgreSQL" pg_ready || die "PostgreSQL is not accepting connections"
  fi
  local psql=("$bin/psql" -h "$PG_SOCK" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
  if [[ "$(as_pg "${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname='$PG_USER'")" != 1 ]]; then
    as_pg "${psql[@]}" -c "CREATE ROLE \"$PG_USER\" LOGIN CREATEDB PASSWORD '$PG_PASSWORD'"
  fi
  if [[ "$(as_pg "${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname='$PG_DB'")" != 1 ]]; then
    as_pg "${psql[@]}" -c "CREATE DATABASE \"$PG_DB\" OWNER \"$PG_USER\""
  fi
}

pg_down() {
  local bin; bin=$(pg_bin_dir) || true
  if [[ -n "$bin" && -f "$PG_DATA/postmaster.pid" ]]; then
    log "stopping PostgreSQL"
    as_pg "$bin/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null || true
  fi
}

# --------------------------------------------------------------------- Kafka
kafka_fetch() {
  if [[ ! -f "$KAFKA_LIBS/kafka_2.13-$KAFKA_VERSION.jar" ]]; then
    command -v mvn >/dev/null || die "Maven (mvn) is needed to fetch the Kafka jars; install it (apt-get install maven) or set KAFKA_BROKERS"
    command -v java >/dev/null || die "Java 17+ is needed to run Kafka; install it (apt-get install openjdk-17-jre-headless) or set KAFKA_BROKERS"
    log "fetching Apache Kafka $KAFKA_VERSION jars from Maven Central"
    rm -rf "$KAFKA_LIBS.tmp"
    mvn -q -B -f "$ROOT_DIR/infra/kafka/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIBS.tmp" >&2
    mv "$KAFKA_LIBS.tmp" "$KAFKA_LIBS"
  fi
}

kafka_ready() { port_open "$KAFKA_PORT" && grep -q "Kafka Server started" "$KAFKA_HOME/logs/server.log" 2>/dev/null; }

# The broker's PID, if it is alive and really this checkout's broker: after a crash kafka.pid names a
# process that is gone, a zombie, or (the PID reused) another program, which kafka-down must not kill.
kafka_pid() {
  local pid
  [[ -f "$KAFKA_HOME/kafka.pid" ]] || return 1
  pid=$(cat "$KAFKA_HOME/kafka.pid")
  proc_live "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$KAFKA_HOME/server.properties" && echo "$pid"
}

kafka_java_cmd() { # the java command line for a Kafka main class
  KAFKA_CMD=(java -Xms"$KAFKA_HEAP" -Xmx"$KAFKA_HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20
    -Djava.awt.headless=true -Dkafka.logs.dir="$KAFKA_HOME/logs"
    -Dlog4j2.configurationFile="$ROOT_DIR/infra/kafka/log4j2.yaml"
    -cp "$KAFKA_LIBS/*" "$@")
}

kafka_up() {
  if kafka_pid >/dev/null && port_open "$KAFKA_PORT"; then log "Kafka already running on 127.0.0.1:$KAFKA_PORT"; return; fi
  # Still starting (a restart right after a crash): wait for it rather than start a second one.
  if kafka_pid >/dev/null; then
    wait_for 120 "Kafka (starting)" kafka_ready && return
    die "a Kafka process of this checkout (pid $(kafka_pid)) runs but does not answer on $KAFKA_PORT; stop it (kafka-down)"
  fi
  port_open "$KAFKA_PORT" && die "port $KAFKA_PORT is taken by another process; set NEWS_KAFKA_PORT"
  rm -f "$KAFKA_HOME/kafka.pid"
  kafka_fetch
  mkdir -p "$KAFKA_HOME/logs" "$KAFKA_HOME/data"
  sed -e "s|@PORT@|$KAFKA_PORT|g" -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
      -e "s|@DATA_DIR@|$KAFKA_HOME/data|g" \
      "$ROOT_DIR/infra/kafka/server.properties.template" >"$KAFKA_HOME/server.properties"
  if [[ ! -f "$KAFKA_HOME/data/meta.properties" ]]; then
    log "formatting Kafka KRaft storage"
    kafka_java_cmd kafka.tools.StorageTool random-uuid
    local cluster_id; cluster_id=$("${KAFKA_CMD[@]}" 2>/dev/null | tail -n 1)
    kafka_java_cmd kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_HOME/server.properties" --ignore-formatted
    "${KAFKA_CMD[@]}" >&2
  fi
  log "starting Kafka $KAFKA_VERSION on 127.0.0.1:$KAFKA_PORT"
  : >"$KAFKA_HOME/logs/server.log"
  kafka_java_cmd kafka.Kafka "$KAFKA_HOME/server.properties"
  nohup setsid "${KAFKA_CMD[@]}" >"$KAFKA_HOME/logs/stdout.log" 2>&1 </dev/null &
  echo $! >"$KAFKA_HOME/kafka.pid"
  wait_for 120 "Kafka" kafka_ready || { tail -n 40 "$KAFKA_HOME/logs/stdout.log" >&2; die "Kafka did not start (logs: $KAFKA_HOME/logs)"; }
}

kafka_down() {
  local pid
  if pid=$(kafka_pid); then
    log "stopping Kafka (pid $pid)"
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$KAFKA_HOME/kafka.pid"
}

# ------------------------------------------------------------------- topics
ensure_topics() {
  # The topic list lives in libs/contracts; the admin client creates what is missing.
  # shellcheck source=lib/node.sh
  source "$ROOT_DIR/scripts/lib/node.sh"
  ensure_node && ensure_node_modules
  if [[ ! -f "$ROOT_DIR/dist/libs/kafka/src/cli/ensure-topics.js" ]]; then
    (cd "$ROOT_DIR" && npm run --silent build >&2)
  fi
  (cd "$ROOT_DIR" && KAFKA_BROKERS="127.0.0.1:$KAFKA_PORT" node dist/libs/kafka/src/cli/ensure-topics.js)
}

print_env() {
  echo "KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT"
  echo "DATABASE_URL=postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DB"
}

case "${1:-}" in
  up)
    pg_up
    kafka_up
    ensure_topics
    print_env >"$RUN_DIR/services.env"
    log "services are up; their addresses are in .run/services.env"
    print_env
    ;;
  down) kafka_down; pg_down ;;
  status)
    ok=0
    if pg_ready 2>/dev/null; then echo "postgres: up (127.0.0.1:$PG_PORT)"; else echo "postgres: down"; ok=1; fi
    if port_open "$KAFKA_PORT"; then echo "kafka: up (127.0.0.1:$KAFKA_PORT)"; else echo "kafka: down"; ok=1; fi
    exit $ok ;;
  env) print_env ;;
  kafka-up) kafka_up; ensure_topics ;;
  kafka-down) kafka_down ;;
  postgres-up) pg_up ;;
  postgres-down) pg_down ;;
  *) echo "usage: $0 up|down|status|env" >&2; exit 2 ;;
esac
