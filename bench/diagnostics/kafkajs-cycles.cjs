/**
 * Diagnostics for the benchmark, loaded into the normaliser with
 *   BENCH_SERVICE_NODE_ARGS="--require $PWD/bench/diagnostics/kafkajs-cycles.cjs" npm run bench:pipeline -- --quick
 * --only e2e
 * Appends kafkajs's own instrumentation of the normaliser's consumer group (fetch start and end, each batch's
 * start and end, every request's duration: Fetch, OffsetCommit, Heartbeat, Produce) to /tmp/kafkajs-cycles-<pid>.log,
 * one event a line, `<ms since epoch> <event> <fields>`; `node bench/diagnostics/cycles-report.cjs <log> <ISO start>`
 * summarises the minute after the start (the 200/s step's start is in the benchmark's log). Other services ignore it.
 */
if (process.argv.some((a) => a.includes('normaliser'))) {
  const fs = require('fs');
  const kafkajs = require(require.resolve('kafkajs', { paths: [process.cwd()] }));
  const orig = kafkajs.Kafka.prototype.consumer;
  const out = `/tmp/kafkajs-cycles-${process.pid}.log`;
  let buf = [];
  setInterval(() => {
    if (buf.length) {
      fs.appendFileSync(out, buf.join('\n') + '\n');
      buf = [];
    }
  }, 1000).unref();
  kafkajs.Kafka.prototype.consumer = function (cfg) {
    const c = orig.call(this, cfg);
    if (String(cfg.groupId).startsWith('replay-')) return c;
    const E = c.events;
    c.on(E.FETCH_START, () => buf.push(`${Date.now()} FS`));
    c.on(E.FETCH, (e) => buf.push(`${Date.now()} F ${e.payload.duration}`));
    c.on(E.START_BATCH_PROCESS, (e) =>
      buf.push(`${Date.now()} BS ${e.payload.partition} ${e.payload.batchSize} ${e.payload.offsetLagLow}`),
    );
    c.on(E.REQUEST, (e) =>
      buf.push(`${Date.now()} RQ ${e.payload.apiName} ${e.payload.duration} ${e.payload.pendingDuration}`),
    );
    c.on(E.END_BATCH_PROCESS, (e) =>
      buf.push(`${Date.now()} BE ${e.payload.partition} ${e.payload.batchSize} ${e.payload.duration}`),
    );
    return c;
  };
  const origP = kafkajs.Kafka.prototype.producer;
  kafkajs.Kafka.prototype.producer = function (cfg) {
    const p = origP.call(this, cfg);
    p.on(p.events.REQUEST, (e) =>
      buf.push(
        `${Date.now()} PRQ ${e.payload.apiName} ${e.payload.duration} ${e.payload.pendingDuration} ${e.payload.size}`,
      ),
    );
    return p;
  };
}
