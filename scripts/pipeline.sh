#!/usr/bin/env bash
# Runs the whole pipeline locally: Kafka + PostgreSQL (scripts/services.sh),
# then ingest, normaliser and store built from this checkout.
# Usage: scripts/pipeline.sh up|down|status|logs [service]
#   up      install what is missing (Node 24, npm packages, services), build,
#           migrate, start the three services in the background, wait until ready
#   down    stop the three services (add --all to stop Kafka and PostgreSQL too)
#   status  readiness of each service
#   logs    tail a service's log (ingest|normaliser|store)
# Ports: INGEST_PORT (3000), NORMALISER_PORT (3001), STORE_PORT (3002); /metrics on
# INGEST_METRICS_PORT (9464), NORMALISER_METRICS_PORT (9465), STORE_METRICS_PORT (9466).
set -euo pipefail

ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN_DIR="$ROOT_DIR/.run/apps"
# shellcheck source=lib/node.sh
source "$ROOT_DIR/scripts/lib/node.sh"

declare -A PORTS=([ingest]=${INGEST_PORT:-3000} [normaliser]=${NORMALISER_PORT:-3001} [store]=${STORE_PORT:-3002})
declare -A METRICS_PORTS=([ingest]=${INGEST_METRICS_PORT:-9464} [normaliser]=${NORMALISER_METRICS_PORT:-9465} [store]=${STORE_METRICS_PORT:-9466})
SERVICES=(store normaliser ingest)

log() { echo "==> $*" >&2; }

pid_of() { local f="$RUN_DIR/$1.pid"; [[ -f "$f" ]] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"; }

ready() { curl -fsS "http://127.0.0.1:${PORTS[$1]}/health/ready" >/dev/null 2>&1; }

start_service() {
  local name=$1
  if pid_of "$name" >/dev/null; then log "$name already running (pid $(pid_of "$name"))"; return; fi
  local extra=() node_flags=()
  case "$name" in
    # The V8 flags are the service's in every deployment (docs/operations.md, "Memory"; docs/ingest.md, "Node flags").
    normaliser) extra=(KAFKA_GROUP_ID="${NORMALISER_GROUP_ID:-news-normaliser}")
                node_flags=(--max-old-space-size-percentage=20) ;;
    # Local development reads the store's API without consumer keys unless STORE_API_KEYS is given.
    store) extra=(KAFKA_GROUP_ID="${STORE_GROUP_ID:-news-store}"
                  STORE_AUTH_MODE="${STORE_AUTH_MODE:-$([[ -n "${STORE_API_KEYS:-}" ]] && echo keys || echo open)}")
           node_flags=(--max-old-space-size-percentage=50) ;;
    # Local development accepts pushes without API keys unless INGEST_API_KEYS is given.
    ingest) extra=(INGEST_AUTH_MODE="${INGEST_AUTH_MODE:-$([[ -n "${INGEST_API_KEYS:-}" ]] && echo keys || echo open)}")
            node_flags=(--max-semi-space-size=16 --max-old-space-size-percentage=50) ;;
  esac
  log "starting $name on 127.0.0.1:${PORTS[$name]} (log: .run/apps/$name.log)"
  env KAFKA_BROKERS="$KAFKA_BROKERS" DATABASE_URL="$DATABASE_URL" PORT="${PORTS[$name]}" METRICS_PORT="${METRICS_PORTS[$name]}" \
    HOST=127.0.0.1 METRICS_HOST=127.0.0.1 "${extra[@]}" \
    nohup node ${node_flags[@]+"${node_flags[@]}"} "$ROOT_DIR/dist/apps/$name/src/main.js" >>"$RUN_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN_DIR/$name.pid"
}

up() {
  ensure_node
  ensure_node_modules
  bash "$ROOT_DIR/scripts/services.sh" up >/dev/null
  # shellcheck disable=SC1091
  set -a; source "$ROOT_DIR/.run/services.env"; set +a
  log "building"
  (cd "$ROOT_DIR" && npm run --silent build)
  log "applying migrations"
  (cd "$ROOT_DIR" && npm run --silent migration:run >/dev/null)
  mkdir -p "$RUN_DIR"
  for s in "${SERVICES[@]}"; do start_service "$s"; done
  for s in "${SERVICES[@]}"; do
    local deadline=$((SECONDS + 90))
    until ready "$s"; do
      if ! pid_of "$s" >/dev/null; then tail -n 30 "$RUN_DIR/$s.log" >&2; echo "error: $s exited" >&2; exit 1; fi
      (( SECONDS < deadline )) || { tail -n 30 "$RUN_DIR/$s.log" >&2; echo "error: $s not ready after 90 s" >&2; exit 1; }
      sleep 0.5
    done
    log "$s is ready"
  done
  cat <<MSG

The pipeline is running:
  ingest      http://127.0.0.1:${PORTS[ingest]}   (POST /v1/articles; /metrics on :${METRICS_PORTS[ingest]})
  normaliser  http://127.0.0.1:${PORTS[normaliser]}   (health only; /metrics on :${METRICS_PORTS[normaliser]})
  store       http://127.0.0.1:${PORTS[store]}   (GET /v1/articles/:id; /metrics on :${METRICS_PORTS[store]})
  Kafka       $KAFKA_BROKERS
  PostgreSQL  $DATABASE_URL
Stop with: scripts/pipeline.sh down [--all]
MSG
}

down() {
  for s in ingest normaliser store; do
    local pid
    if pid=$(pid_of "$s"); then
      log "stopping $s (pid $pid)"
      kill -TERM "$pid"
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$RUN_DIR/$s.pid"
  done
  if [[ "${1:-}" == "--all" ]]; then bash "$ROOT_DIR/scripts/services.sh" down; fi
}

case "${1:-}" in
  up) up ;;
  down) shift; down "${1:-}" ;;
  status)
    for s in ingest normaliser store; do
      if ready "$s"; then echo "$s: ready"; elif pid_of "$s" >/dev/null; then echo "$s: running, not ready"; else echo "$s: stopped"; fi
    done
    bash "$ROOT_DIR/scripts/services.sh" status || true ;;
  logs) tail -n 100 -f "$RUN_DIR/${2:-ingest}.log" ;;
  *) echo "usage: $0 up|down [--all]|status|logs <service>" >&2; exit 2 ;;
esac
