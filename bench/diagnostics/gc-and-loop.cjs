/**
 * Diagnostics for the benchmark, loaded into the normaliser with
 *   BENCH_SERVICE_NODE_ARGS="--require $PWD/bench/diagnostics/gc-and-loop.cjs" npm run bench:pipeline -- --quick --only
 * e2e
 * Appends to /tmp/gc-and-loop-<pid>.log every V8 garbage collection pause of 20 ms or more (`GC <kind> <ms>`) and,
 * each second, the event loop's worst delay, its p99, the V8 heap in use and the RSS (`LOOP ...`, MB and ms).
 * Other services ignore it.
 */
if (process.argv.some((a) => a.includes('normaliser'))) {
  const fs = require('fs');
  const { PerformanceObserver, monitorEventLoopDelay, constants } = require('perf_hooks');
  const out = `/tmp/gc-and-loop-${process.pid}.log`;
  let buf = [];
  const kinds = {
    [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
    [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incr',
    [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak',
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.duration >= 20)
        buf.push(
          `${Math.round(performance.timeOrigin + e.startTime)} GC ${kinds[e.detail?.kind] ?? e.detail?.kind} ` +
            `${e.duration.toFixed(0)}`,
        );
  }).observe({ entryTypes: ['gc'] });
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  setInterval(() => {
    const m = process.memoryUsage();
    buf.push(
      `${Date.now()} LOOP max ${(h.max / 1e6).toFixed(0)} p99 ${(h.percentile(99) / 1e6).toFixed(0)} heap ` +
        `${(m.heapUsed / 1e6).toFixed(0)} rss ${(m.rss / 1e6).toFixed(0)}`,
    );
    h.reset();
    fs.appendFileSync(out, buf.join('\n') + '\n');
    buf = [];
  }, 1000).unref();
}
