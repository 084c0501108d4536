/**
 * Summarises a kafkajs-cycles.cjs log over the minute after <ISO start>: fetch cycles (fetch start to the next
 * fetch start), articles and batches per cycle, batch durations, and each request kind's duration.
 *   node bench/diagnostics/cycles-report.cjs /tmp/kafkajs-cycles-<pid>.log <ISO start>
 */
const lines = require('fs')
  .readFileSync(process.argv[2], 'utf8')
  .trim()
  .split('\n')
  .map((l) => l.split(' '));
const t0 = Date.parse(process.argv[3]),
  t1 = t0 + 60000;
let cycles = [],
  cur = null;
for (const l of lines) {
  const t = +l[0];
  if (t < t0 || t > t1) continue;
  if (l[1] === 'FS') {
    if (cur) {
      cur.end = t;
      cycles.push(cur);
    }
    cur = { fs: t, fetchMs: 0, batches: 0, msgs: 0, firstBS: null, lastBE: null, bdur: [] };
  } else if (!cur) continue;
  else if (l[1] === 'F') cur.fetchMs = +l[2];
  else if (l[1] === 'BS') {
    cur.batches++;
    cur.msgs += +l[3];
    cur.firstBS ??= t;
  } else if (l[1] === 'BE') {
    cur.lastBE = t;
    cur.bdur.push(+l[4]);
  }
}
const pct = (a, p) => {
  a = [...a].sort((x, y) => x - y);
  return a[Math.floor(p * (a.length - 1))];
};
const len = cycles.map((c) => c.end - c.fs),
  m = cycles.map((c) => c.msgs),
  b = cycles.map((c) => c.batches),
  bd = cycles.flatMap((c) => c.bdur);
console.log('cycles', cycles.length);
for (const [n, a] of [
  ['cycle', len],
  ['msgs', m],
  ['batches', b],
  ['batchDur', bd],
])
  console.log(
    n.padEnd(10),
    'p50',
    pct(a, 0.5),
    'p90',
    pct(a, 0.9),
    'p99',
    pct(a, 0.99),
    'max',
    Math.max(...a),
    'mean',
    (a.reduce((s, x) => s + x, 0) / a.length).toFixed(1),
  );
const byRequest = {};
for (const l of lines) {
  const t = +l[0];
  if (t < t0 || t > t1 || (l[1] !== 'RQ' && l[1] !== 'PRQ')) continue;
  (byRequest[`${l[1] === 'PRQ' ? 'producer' : 'consumer'} ${l[2]}`] ??= []).push(+l[3]);
}
for (const [k, d] of Object.entries(byRequest))
  console.log(
    k.padEnd(22),
    'n',
    d.length,
    'ms p50',
    pct(d, 0.5),
    'p90',
    pct(d, 0.9),
    'mean',
    (d.reduce((s, x) => s + x, 0) / d.length).toFixed(1),
  );
