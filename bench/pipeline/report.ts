/** The benchmark's Markdown table: each figure beside its target and, for stages, its ceiling. */
type R = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const n = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('en-US') : '—');

export function renderMarkdown(r: R): string {
  const m = r.machine ?? {};
  const e = r.endToEnd ?? {};
  // Older result files have one normaliser run against the ceiling measured first, and no pairs.
  const pairs = r.stages?.normaliser?.pairs as { ratios: number[]; perSecond: number[]; corePerSecond: number[] } | undefined;
  const all: Array<string[] | null> = [
    [
      'ceiling: clean + tag core (1 core)',
      `${n(r.ceilings?.coreArticlesPerSecond)} articles/s`,
      pairs ? `before each normaliser run: ${pairs.corePerSecond.map(n).join(', ')}` : '',
      '',
    ],
    ['ceiling: kafkajs produce → consume', `${n(r.ceilings?.transportMessagesPerSecond)} msgs/s`, '', ''],
    [
      'ceiling: PostgreSQL COPY of the same rows (current + history), search vectors computed by PostgreSQL',
      `${n(r.ceilings?.copyMessagesPerSecond)} articles/s`,
      `COPY alone ${n(r.ceilings?.copyOnlyMessagesPerSecond)}/s`,
      '',
    ],
    r.stages?.normaliser && [
      'normaliser (1 replica)',
      `${n(r.stages?.normaliser?.perSecond)} articles/s`,
      pairs
        ? `${r.stages?.normaliser?.ratioToCore} × the core measured just before it (median of ${pairs.ratios.length} runs: ${pairs.ratios.join(', ')})`
        : `${r.stages?.normaliser?.ratioToCore} × core`,
      '≥ 0.8 × core',
    ],
    r.stages?.normaliser2 && [
      'normaliser (2 replicas)',
      `${n(r.stages?.normaliser2?.perSecond)} articles/s`,
      `${r.stages?.normaliser2?.scaling} × 1 replica` +
        (r.stages?.normaliser2?.cpuRatio !== undefined ? ` on ${r.stages.normaliser2.cpuRatio} × its CPU` : ''),
      '≥ 1.7 × (CPU permitting)',
    ],
    r.stages?.store && [
      'store',
      `${n(r.stages?.store?.perSecond)} articles/s`,
      `${r.stages?.store?.ratioToCopy} × COPY (${r.stages?.store?.ratioToCopyOnly} × COPY alone)`,
      '≥ 0.5 × COPY',
    ],
    r.ingest && ['ingest, single requests', `${n(r.ingest?.singles?.acceptedPerSecond)} articles/s`, `p99 ${n(Math.round(r.ingest?.singles?.latencyMs?.p99))} ms`, '≥ 1,500/s'],
    r.ingest && ['ingest, batch endpoint', `${n(r.ingest?.batches?.acceptedPerSecond)} articles/s`, `last status ${r.ingest?.batches?.lastStatus}`, '≥ 5,000/s'],
    r.ingest && ['ingest at 500 req/s', `p50 ${n(Math.round(r.ingest?.fixed500?.latencyMs?.p50))} ms`, `p99 ${n(Math.round(r.ingest?.fixed500?.latencyMs?.p99))} ms`, 'p99 < 50 ms'],
    r.endToEndWarmUp && [
      `warm-up: the first ${r.endToEndWarmUp.seconds} s after start at ${r.endToEndWarmUp.perSecond}/s (not in the rows below)`,
      `p50 ${n(r.endToEndWarmUp.latencyMs?.p50)} ms, p95 ${n(r.endToEndWarmUp.latencyMs?.p95)} ms`,
      `p99 ${n(r.endToEndWarmUp.latencyMs?.p99)} ms, max ${n(r.endToEndWarmUp.latencyMs?.max)} ms; stored ${n(r.endToEndWarmUp.stored)} of ${n(r.endToEndWarmUp.accepted)} accepted`,
      '(cold start)',
    ],
    // Older result files have one step, `endToEndSustained`.
    ...((r.endToEndSteps as R[] | undefined) ?? (r.endToEndSustained ? [r.endToEndSustained] : [])).map((s) => [
      `end to end at ${s.perSecond}/s for ${s.seconds} s`,
      `p50 ${n(s.latencyMs?.p50)} ms, p95 ${n(s.latencyMs?.p95)} ms`,
      `p99 ${n(s.latencyMs?.p99)} ms, max ${n(s.latencyMs?.max)} ms; stored ${n(s.stored)} of ${n(s.accepted)} accepted`,
      typeof s.latencyMs?.p99 === 'number' ? `(below the target rate: p99 ${s.latencyMs.p99 < 1000 ? 'under' : 'over'} 1 s)` : '',
    ]),
    r.endToEnd && [
      `end to end at ${e.perSecond}/s for ${e.seconds} s`,
      `p50 ${n(e.latencyMs?.p50)} ms, p95 ${n(e.latencyMs?.p95)} ms`,
      `p99 ${n(e.latencyMs?.p99)} ms, max ${n(e.latencyMs?.max)} ms; stored ${n(e.stored)} of ${n(e.accepted)} accepted`,
      'p99 < 1 s',
    ],
    stageRow(e),
  ];
  // Parts left out with --only are left out of the table too.
  const rows = all.filter((row): row is string[] => Array.isArray(row));
  for (const [name, p] of Object.entries<R>(e.processes ?? {})) {
    rows.push([`${name} during e2e`, `CPU ${p.cpuPercent}%`, `RSS ${p.rssStartMb} → ${p.rssEndMb} MB (max ${p.rssMaxMb})`, 'memory flat']);
  }
  const table = ['| measure | result | relative | target |', '|---|---|---|---|', ...rows.map((c) => `| ${c.join(' | ')} |`)];
  return [
    `Pipeline benchmark, ${r.quick ? 'quick' : 'full'} run ${r.startedAt}: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}; Kafka and PostgreSQL on the same machine.` +
      (m.serviceNodeArgs?.extra?.length ? ` Experiment: every service also ran with \`${m.serviceNodeArgs.extra.join(' ')}\`.` : ''),
    '',
    ...table,
    '',
    ...windowLine(e),
  ].join('\n');
}

/** Where the target run's time went: each stage's p99, and the stages' shares of the slowest 1 % (older result files have none). */
function stageRow(e: R): string[] | null {
  const s = e.stageLatency as R | undefined;
  if (!s) return null;
  const slow = s.slowestPercent;
  return [
    `end to end at ${e.perSecond}/s, by stage (${n(s.articles)} articles)`,
    `p99: ingest ${n(s.ingestMs?.p99)} ms (202 after ${n(e.acceptLatencyMs?.p99)} ms), normaliser ${n(s.normaliserMs?.p99)} ms, store ${n(s.storeMs?.p99)} ms`,
    `slowest 1 % (${n(slow.articles)}), mean: ingest ${n(slow.ingestMs)}, normaliser ${n(slow.normaliserMs)}, store ${n(slow.storeMs)} of ${n(slow.totalMs)} ms`,
    '',
  ];
}

/** The target run's p99 window by window (older result files have none). */
function windowLine(e: R): string[] {
  const windows = (e.latencyByWindow as R[] | undefined) ?? [];
  const width = e.latencyWindowSeconds as number | undefined;
  if (windows.length === 0 || width === undefined) return [];
  const p99s = windows.map((w) => (typeof w.p99 === 'number' ? (w.p99 / 1000).toFixed(2) : '—')).join(', ');
  const lost = windows.reduce((n, w) => n + (w.notFinished ?? 0), 0);
  return [`End to end at ${e.perSecond}/s, p99 by ${width} s of push time: ${p99s} s${lost ? ` (${lost} never stored)` : ''}.`, ''];
}
