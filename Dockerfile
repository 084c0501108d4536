# syntax=docker/dockerfile:1
#
# One image for the whole pipeline. The command picks what runs:
#   ingest      node --max-semi-space-size=16 --max-old-space-size-percentage=50 dist/apps/ingest/src/main.js (default CMD)
#   normaliser  node --max-old-space-size-percentage=20 dist/apps/normaliser/src/main.js
#   store       node --max-old-space-size-percentage=50 dist/apps/store/src/main.js
# Each V8 heap is capped at a share of the container's memory limit, which Node reads from the cgroup
# (per thread: the normaliser's workers each get its 20 %); docs/operations.md, "Memory".
#   migrations  node node_modules/typeorm/cli.js migration:run -d dist/libs/database/src/data-source.js
#   topics      node dist/libs/kafka/src/cli/ensure-topics.js
# Named targets (ingest, normaliser, store, migrate) set that CMD for you when
# a registry wants one image per app:  docker build --target store -t news-store .
#
#   docker build -t news-pipeline .
#   docker run --rm -e KAFKA_BROKERS=kafka:9092 -p 3000:3000 news-pipeline
ARG NODE_IMAGE=node:24-bookworm-slim

# ---------------------------------------------------------------- build
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Dependencies first so source edits do not invalidate the npm layer.
# --ignore-scripts: nothing the build needs compiles natively (the only native
# add-ons are optional test-only ones), and no install script runs as root here.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
# The published contracts: the OpenAPI documents build their contract members from them.
COPY schemas ./schemas
# tsc + tsc-alias: dist/apps/<app>/src/main.js and dist/libs/... with the
# @news/* aliases rewritten to relative requires (no tsconfig-paths at run time).
RUN npm run build \
 && test -f dist/apps/ingest/src/main.js \
 && test -f dist/apps/normaliser/src/main.js \
 && test -f dist/apps/store/src/main.js \
 && test -f dist/libs/database/src/data-source.js \
 && test -f dist/libs/kafka/src/cli/ensure-topics.js

# ---------------------------------------------------------------- production dependencies
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# ---------------------------------------------------------------- runtime
FROM ${NODE_IMAGE} AS runtime
# tini is PID 1: it forwards SIGTERM to Node (which then drains Kafka batches
# and HTTP requests within SHUTDOWN_TIMEOUT_MS) and reaps zombies.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# NODE_OPTIONS: the one-off programs (migrations, topics, replays) get half the container's memory limit as
# heap; the services' own commands set their share (a flag on the command line wins over NODE_OPTIONS).
# NODE_COMPILE_CACHE: V8 keeps the compiled code of the modules a service loads in /tmp (an emptyDir in
# Kubernetes, kept across container restarts), so a service restarted after a crash loads them with less CPU
# and rejoins its consumer group sooner.
ENV NODE_ENV=production \
    NODE_OPTIONS="--enable-source-maps --max-old-space-size-percentage=50" \
    NODE_COMPILE_CACHE=/tmp/node-compile-cache \
    PORT=3000 \
    HOST=0.0.0.0
COPY --from=prod-deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
# The tagger's gazetteer, topic data and model are read at run time (tsc does not copy them into dist/).
COPY --from=build --chown=root:root /app/libs/tagging/data ./libs/tagging/data
COPY --chown=root:root package.json ./
# The files belong to root and are read-only for the app user; the app writes
# nothing but /tmp (Kubernetes mounts an emptyDir there, rootfs read-only).
# uid 1000 is the image's 'node' user; numeric so runAsNonRoot can verify it.
USER 1000:1000
# 3000: the API and health (PORT); 9464: /metrics for Prometheus only (METRICS_PORT).
EXPOSE 3000 9464
# Liveness only (the process answers HTTP); readiness, which also checks
# Kafka/PostgreSQL, is for orchestrators that route traffic (/health/ready).
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live',{signal:AbortSignal.timeout(2500)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--", "node"]
CMD ["--max-semi-space-size=16", "--max-old-space-size-percentage=50", "dist/apps/ingest/src/main.js"]

# ---------------------------------------------------------------- one target per app
FROM runtime AS migrate
HEALTHCHECK NONE
CMD ["node_modules/typeorm/cli.js", "migration:run", "-d", "dist/libs/database/src/data-source.js"]

FROM runtime AS store
CMD ["--max-old-space-size-percentage=50", "dist/apps/store/src/main.js"]

FROM runtime AS normaliser
CMD ["--max-old-space-size-percentage=20", "dist/apps/normaliser/src/main.js"]

FROM runtime AS ingest
CMD ["--max-semi-space-size=16", "--max-old-space-size-percentage=50", "dist/apps/ingest/src/main.js"]

# Default target (last stage): the generic image, command chosen at run time.
FROM runtime
