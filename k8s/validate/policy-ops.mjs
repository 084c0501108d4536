// Operational rules for the rendered manifests (issue "operations, part 2"),
// called by policy.mjs with its `expect`: autoscalers own the replica count,
// every workload is behind network policies, the ingest Ingress matches
// ingest's limits, memory limits leave room over the measured peaks, and the
// migration Job rendered alone is the one the overlay holds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const byKind = (docs, kind) => docs.filter((d) => d.kind === kind);
const workloads = (docs) =>
  docs
    .filter((d) => d.kind === 'Deployment' || d.kind === 'Job')
    .map((d) => ({ doc: d, where: `${d.kind}/${d.metadata.name}`, labels: d.spec.template.metadata?.labels ?? {} }));

/** A label selector (matchLabels + matchExpressions In/NotIn/Exists) against a pod's labels. */
export function selectorMatches(selector, labels) {
  if (!selector) return false;
  const okLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const okExpr = (selector.matchExpressions ?? []).every((e) => {
    if (e.operator === 'In') return e.values.includes(labels[e.key]);
    if (e.operator === 'NotIn') return !e.values.includes(labels[e.key]);
    if (e.operator === 'Exists') return e.key in labels;
    if (e.operator === 'DoesNotExist') return !(e.key in labels);
    return false;
  });
  return okLabels && okExpr;
}

/** nginx sizes: 10m = 10 MiB, 512k, or bytes. */
export function nginxBytes(size) {
  const m = /^(\d+)([kKmMgG]?)$/.exec(String(size ?? ''));
  if (!m) return NaN;
  return Number(m[1]) * { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()];
}

/** Kubernetes memory quantity → MiB. */
export function quantityMiB(q) {
  const m = /^([\d.]+)(Ki|Mi|Gi|K|M|G)?$/.exec(String(q ?? ''));
  if (!m) return NaN;
  const bytes = { Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, K: 1e3, M: 1e6, G: 1e9, undefined: 1 }[m[2]] * Number(m[1]);
  return bytes / 1024 ** 2;
}

/** `NAME = 10 * 1024 * 1024;` in a config class → its number. */
export function classDefault(source, name) {
  const m = new RegExp(`\\b${name} = ([\\d_ *]+);`).exec(source);
  return m ? m[1].split('*').reduce((p, f) => p * Number(f.trim().replace(/_/g, '')), 1) : NaN;
}

export function checkScaling(docs, at, expect) {
  const scaled = new Set(
    [...byKind(docs, 'HorizontalPodAutoscaler'), ...byKind(docs, 'ScaledObject')].map(
      (h) => h.spec.scaleTargetRef.name,
    ),
  );
  for (const d of byKind(docs, 'Deployment')) {
    if (!scaled.has(d.metadata.name)) continue;
    expect(
      d.spec.replicas === undefined,
      at(`Deployment/${d.metadata.name}`),
      `replicas is set (${d.spec.replicas}) on a Deployment an autoscaler owns: every apply would reset the scaled count (docs/operations.md "Scale")`,
    );
  }
}

function peersOpen(rules, side) {
  // A rule without peers (or with an empty peer) admits every address.
  return rules.some(
    (r) =>
      !r[side] ||
      r[side].length === 0 ||
      r[side].some(
        (p) =>
          Object.keys(p).length === 0 ||
          (p.podSelector && !p.namespaceSelector && Object.keys(p.podSelector).length === 0),
      ),
  );
}

export function checkNetwork(docs, at, expect) {
  const policies = byKind(docs, 'NetworkPolicy');
  const denyAll = policies.find(
    (p) =>
      !p.spec.ingress &&
      !p.spec.egress &&
      ['Ingress', 'Egress'].every((t) => (p.spec.policyTypes ?? []).includes(t)) &&
      workloads(docs).every((w) => selectorMatches(p.spec.podSelector, w.labels)),
  );
  expect(
    denyAll,
    at('NetworkPolicy'),
    'no default-deny policy over every workload (policyTypes Ingress and Egress, no rules)',
  );
  for (const p of policies) {
    expect(
      !peersOpen(p.spec.ingress ?? [], 'from'),
      at(`NetworkPolicy/${p.metadata.name}`),
      'an ingress rule admits every source (no or empty "from")',
    );
    expect(
      !peersOpen(p.spec.egress ?? [], 'to'),
      at(`NetworkPolicy/${p.metadata.name}`),
      'an egress rule admits every destination (no or empty "to")',
    );
  }
  const selecting = (labels, type) =>
    policies.filter(
      (p) => (p.spec.policyTypes ?? []).includes(type) && p !== denyAll && selectorMatches(p.spec.podSelector, labels),
    );
  for (const { where, labels } of workloads(docs)) {
    const egress = selecting(labels, 'Egress').flatMap((p) => p.spec.egress ?? []);
    expect(
      egress.some((r) => (r.ports ?? []).some((x) => x.port === 53)),
      at(where),
      'no NetworkPolicy lets it resolve names (DNS egress)',
    );
    const ports = new Set(egress.flatMap((r) => (r.ports ?? []).map((x) => x.port)));
    expect(
      [9092, 9093, 5432].some((x) => ports.has(x)),
      at(where),
      'no NetworkPolicy lets it reach Kafka or PostgreSQL',
    );
    expect(
      [...ports].every((x) => [53, 9092, 9093, 5432].includes(x)),
      at(where),
      `egress beyond DNS, Kafka and PostgreSQL: ports ${[...ports].join(', ')}`,
    );
  }
  const ingest = workloads(docs).find((w) => w.labels['app.kubernetes.io/name'] === 'news-ingest');
  if (ingest) {
    const from = selecting(ingest.labels, 'Ingress')
      .flatMap((p) => (p.spec.ingress ?? []).filter((r) => (r.ports ?? []).some((x) => x.port === 'http')))
      .flatMap((r) => r.from ?? []);
    expect(
      from.length > 0 && from.every((f) => f.namespaceSelector && f.podSelector),
      at(ingest.where),
      "its http port must admit the ingress controller's pods only (namespace and pod selector)",
    );
  }
  const store = workloads(docs).find((w) => w.labels['app.kubernetes.io/name'] === 'news-store');
  if (store) {
    const from = selecting(store.labels, 'Ingress')
      .flatMap((p) => (p.spec.ingress ?? []).filter((r) => (r.ports ?? []).some((x) => x.port === 'http')))
      .flatMap((r) => r.from ?? []);
    const named = (f) =>
      (f.namespaceSelector?.matchExpressions ?? []).some(
        (e) => e.key === 'kubernetes.io/metadata.name' && e.operator === 'In' && e.values.length > 0,
      );
    expect(
      from.length > 0 && from.every(named),
      at(store.where),
      'its API must admit named consumer namespaces only (kubernetes.io/metadata.name In [...])',
    );
  }
}

export function checkIngress(docs, at, expect, { env, ingestSource, kafkaSentTimeoutMs }) {
  if (!byKind(docs, 'Deployment').some((d) => d.metadata.name === 'news-ingest')) return;
  const ing = byKind(docs, 'Ingress').find((i) => i.metadata.name === 'news-ingest');
  expect(ing, at('Ingress'), 'ingest has no Ingress');
  if (!ing) return;
  const w = at('Ingress/news-ingest');
  const a = ing.metadata.annotations ?? {};
  expect(
    (ing.spec.tls ?? []).length > 0 && ing.spec.tls.every((t) => t.secretName && (t.hosts ?? []).length > 0),
    w,
    'TLS with a host and a Secret required',
  );
  const bodyBytes = Number(env.INGEST_MAX_BODY_BYTES ?? classDefault(ingestSource, 'INGEST_MAX_BODY_BYTES'));
  expect(
    nginxBytes(a['nginx.ingress.kubernetes.io/proxy-body-size']) === bodyBytes,
    w,
    `proxy-body-size ${a['nginx.ingress.kubernetes.io/proxy-body-size']} must equal INGEST_MAX_BODY_BYTES (${bodyBytes} bytes)`,
  );
  const sentMs = Number(env.KAFKA_PRODUCE_SENT_TIMEOUT_MS ?? kafkaSentTimeoutMs);
  for (const t of ['proxy-read-timeout', 'proxy-send-timeout']) {
    const seconds = Number(a[`nginx.ingress.kubernetes.io/${t}`]);
    expect(
      seconds * 1000 > sentMs,
      w,
      `${t} (${seconds} s) must exceed KAFKA_PRODUCE_SENT_TIMEOUT_MS (${sentMs} ms): ingest answers a slow acknowledgement itself`,
    );
  }
  const backends = (ing.spec.rules ?? []).flatMap((r) => r.http?.paths ?? []).map((p) => p.backend?.service);
  expect(
    backends.length > 0 && backends.every((b) => b?.name === 'news-ingest' && b.port?.name === 'http'),
    w,
    "must route to the news-ingest Service's http port only",
  );
}

/** The newest benchmark results that measured each service's RSS: { service: { peakMiB, file, date } }. */
export function measuredPeaks(root, apps) {
  const dir = join(root, 'bench/results');
  const sources = [
    { file: 'pipeline-full-latest.json', date: (j) => j.startedAt, peaks: (j) => walkPeaks(j, apps) },
    {
      file: 'normaliser-memory-latest.json',
      date: (j) => j.date,
      peaks: (j) => ({
        normaliser: j.runs.filter((r) => r.variant === 'current' && r.process).map((r) => r.process.rssMaxMb),
      }),
    },
  ];
  const out = {};
  for (const s of sources) {
    if (!existsSync(join(dir, s.file))) continue;
    const j = JSON.parse(readFileSync(join(dir, s.file), 'utf8'));
    if (j.quick) continue;
    for (const [svc, list] of Object.entries(s.peaks(j))) {
      if (list.length === 0 || (out[svc] && out[svc].date >= s.date(j))) continue;
      out[svc] = { peakMiB: Math.max(...list), file: `bench/results/${s.file}`, date: s.date(j) };
    }
  }
  return out;
}

function walkPeaks(node, apps, out = {}) {
  for (const [k, v] of Object.entries(node ?? {})) {
    if (!v || typeof v !== 'object') continue;
    const svc = k.replace(/-\d+$/, '');
    if (typeof v.rssMaxMb === 'number' && apps.includes(svc)) (out[svc] ??= []).push(v.rssMaxMb);
    else walkPeaks(v, apps, out);
  }
  return out;
}

export function checkMemory(docs, at, expect, peaks, apps) {
  for (const d of byKind(docs, 'Deployment')) {
    const app = apps.find((a) =>
      (d.spec.template.spec.containers[0].args ?? []).join(' ').includes(`dist/apps/${a}/src/main.js`),
    );
    const args = d.spec.template.spec.containers[0].args ?? [];
    expect(
      args.some((a) => /^--max-old-space-size-percentage=\d+$/.test(a)),
      at(`Deployment/${d.metadata.name}`),
      'V8 heap not capped: --max-old-space-size-percentage=<n> before the script (docs/operations.md "Memory")',
    );
    const peak = peaks[app];
    expect(peak, at(`Deployment/${d.metadata.name}`), `no benchmark result reports ${app}'s RSS (bench/results)`);
    if (!peak) continue;
    const limit = quantityMiB(d.spec.template.spec.containers[0].resources?.limits?.memory);
    expect(
      limit >= 1.5 * peak.peakMiB,
      at(`Deployment/${d.metadata.name}`),
      `memory limit ${limit} MiB is under 1.5 × the measured peak RSS ${peak.peakMiB} MiB (${peak.file}, ${peak.date})`,
    );
  }
}

/** Each overlay's migrate/ render holds exactly the overlay's migration Job and its account. */
export function checkMigrationStep(renders, expect) {
  for (const [name, docs] of Object.entries(renders)) {
    const m = /^overlays\/([^/]+)\/migrate$/.exec(name);
    if (!m) continue;
    const overlay = renders[`overlays/${m[1]}`] ?? [];
    const kinds = docs.map((d) => `${d.kind}/${d.metadata.name}`).sort();
    expect(
      JSON.stringify(kinds) === JSON.stringify(['Job/news-migrate', 'ServiceAccount/news-migrate']),
      `k8s/${name}`,
      `must hold the migration Job and its ServiceAccount only, has ${kinds.join(', ')}`,
    );
    for (const d of docs) {
      const same = overlay.find((o) => o.kind === d.kind && o.metadata.name === d.metadata.name);
      expect(
        same && JSON.stringify(same) === JSON.stringify(d),
        `k8s/${name}`,
        `${d.kind}/${d.metadata.name} differs from the one in k8s/overlays/${m[1]}`,
      );
    }
    const job = docs.find((d) => d.kind === 'Job');
    const a = job?.metadata.annotations ?? {};
    expect(a['argocd.argoproj.io/hook'] === 'PreSync', `k8s/${name}`, 'the Job must be an Argo CD PreSync hook');
    expect(
      a['kustomize.toolkit.fluxcd.io/force'] === 'enabled',
      `k8s/${name}`,
      'Flux must replace the Job (kustomize.toolkit.fluxcd.io/force: enabled)',
    );
  }
}

/** Flux: the migration first (waited for, replaced when changed), the pipeline after it without the Job. */
export function checkFlux(docs, expect) {
  const ks = Object.fromEntries(byKind(docs, 'Kustomization').map((k) => [k.metadata.name, k.spec]));
  const where = 'k8s/flux';
  expect(
    ks['news-migrate']?.wait === true && ks['news-migrate']?.force === true,
    where,
    'news-migrate must wait for the Job and force its replacement',
  );
  expect(
    /overlays\/[^/]+\/migrate$/.test(ks['news-migrate']?.path ?? ''),
    where,
    "news-migrate must apply an overlay's migrate/ step",
  );
  expect(
    (ks['news-pipeline']?.dependsOn ?? []).some((d) => d.name === 'news-migrate'),
    where,
    'news-pipeline must dependOn news-migrate',
  );
  const deleted = (ks['news-pipeline']?.patches ?? [])
    .filter((p) => /\$patch: delete/.test(p.patch))
    .map((p) => `${p.target?.kind}/${p.target?.name}`);
  expect(
    deleted.includes('Job/news-migrate'),
    where,
    'news-pipeline must leave the Job to news-migrate ($patch: delete)',
  );
}
