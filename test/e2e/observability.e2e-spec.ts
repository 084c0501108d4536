/**
 * Operations signals of the three services running as processes: at debug the
 * correlation id given to ingest is found in all three services' logs; at info
 * nothing is logged per article, but every refusal is; and /metrics (on each
 * service's metrics port) shows the counters moving after an end-to-end push.
 */
import { randomUUID } from 'node:crypto';
import { articleIdFor } from '@news/contracts';
import { ServiceProcess, startService } from '../../tools/harness/processes';
import { waitFor } from '../support/pipeline';

function metricValue(text: string, name: string, labels: Record<string, string> = {}): number {
  const lines = text.split('\n').filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
  let sum = 0;
  for (const l of lines)
    if (Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)))
      sum += Number(l.slice(l.lastIndexOf(' ') + 1));
  return sum;
}

describe('logs and metrics across the pipeline (services as processes)', () => {
  const running: ServiceProcess[] = [];

  afterAll(() => {
    for (const p of running) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  });

  it('follows one article by its correlation id through all three services, and counts it', async () => {
    const run = randomUUID().slice(0, 8);
    const common = { KAFKA_START_FROM: 'latest', LOG_LEVEL: 'debug' };
    const store = await startService('store', { ...common, KAFKA_GROUP_ID: `obs-store-${run}` });
    const normaliser = await startService('normaliser', { ...common, KAFKA_GROUP_ID: `obs-norm-${run}` });
    const ingest = await startService('ingest', common);
    running.push(store, normaliser, ingest);

    const correlationId = `corr-${run}`;
    const res = await fetch(`${ingest.url}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': correlationId },
      body: JSON.stringify({
        sourceId: 'obs-wire',
        externalId: `obs-${run}`,
        title: 'Observed',
        body: '<p>An article to follow.</p>',
      }),
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('x-correlation-id')).toBe(correlationId);
    const id = articleIdFor('obs-wire', `obs-${run}`);
    await waitFor('the article stored', async () => (await fetch(`${store.url}/v1/articles/${id}`)).ok, 60_000);

    for (const svc of [ingest, normaliser, store]) {
      await waitFor(`${svc.name} to log the correlation id`, async () => svc.output().includes(correlationId), 10_000);
      // Logs are JSON lines.
      const line = svc
        .output()
        .split('\n')
        .find((l) => l.includes(correlationId))!;
      expect(() => JSON.parse(line)).not.toThrow();
    }
    const ingestLine = JSON.parse(
      ingest
        .output()
        .split('\n')
        .find((l) => l.includes('"http"') && l.includes(correlationId))!,
    );
    expect(ingestLine).toMatchObject({
      service: 'ingest',
      correlationId,
      http: { route: '/v1/articles', status: '202' },
    });

    const scrape = async (svc: ServiceProcess) => {
      const r = await fetch(`${svc.metricsUrl}/metrics`);
      expect(r.status).toBe(200);
      // Not on the public port, and the public port does not name its framework.
      const pub = await fetch(`${svc.url}/metrics`);
      expect(pub.status).toBe(404);
      expect(pub.headers.get('x-powered-by')).toBeNull();
      expect(r.headers.get('content-type')).toMatch(/text\/plain/);
      return r.text();
    };
    const im = await scrape(ingest);
    expect(metricValue(im, 'ingest_articles_total', { outcome: 'accepted' })).toBeGreaterThanOrEqual(1);
    expect(metricValue(im, 'http_requests_total', { route: '/v1/articles', status: '202' })).toBeGreaterThanOrEqual(1);
    expect(metricValue(im, 'http_request_duration_seconds_count', { route: '/v1/articles' })).toBeGreaterThanOrEqual(1);
    const nm = await scrape(normaliser);
    expect(
      metricValue(nm, 'pipeline_messages_total', { stage: 'normaliser', outcome: 'processed' }),
    ).toBeGreaterThanOrEqual(1);
    expect(metricValue(nm, 'pipeline_batch_size_count', { stage: 'normaliser' })).toBeGreaterThanOrEqual(1);
    expect(nm).toMatch(/kafka_consumer_lag\{/);
    const sm = await waitFor('store metrics', async () => {
      const t = await scrape(store);
      return metricValue(t, 'pipeline_end_to_end_latency_seconds_count') >= 1 ? t : undefined;
    });
    expect(metricValue(sm, 'pipeline_messages_total', { stage: 'store', outcome: 'processed' })).toBeGreaterThanOrEqual(
      1,
    );
    expect(sm).toMatch(/process_resident_memory_bytes/);
  });

  it('at info writes no line per article, and a line per refusal', async () => {
    const run = randomUUID().slice(0, 8);
    const common = { KAFKA_START_FROM: 'latest', LOG_LEVEL: 'info' };
    const store = await startService('store', { ...common, KAFKA_GROUP_ID: `obs-store-info-${run}` });
    const normaliser = await startService('normaliser', { ...common, KAFKA_GROUP_ID: `obs-norm-info-${run}` });
    const ingest = await startService('ingest', common);
    running.push(store, normaliser, ingest);

    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const externalId = `obs-info-${run}-${i}`;
      const res = await fetch(`${ingest.url}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          sourceId: 'obs-wire',
          externalId,
          title: `Quiet ${i}`,
          body: 'A story that needs no log line.',
        }),
      });
      expect(res.status).toBe(202);
      ids.push(articleIdFor('obs-wire', externalId));
    }
    const refused = await fetch(`${ingest.url}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sourceId: 'obs-wire', externalId: `obs-info-${run}-bad`, title: 'No body' }),
    });
    expect(refused.status).toBe(400);
    for (const id of ids) {
      await waitFor(`article ${id} stored`, async () => (await fetch(`${store.url}/v1/articles/${id}`)).ok, 60_000);
    }

    for (const svc of [ingest, normaliser, store]) {
      // The store's 404s while this test polls for the articles are refusals, and logged as such.
      const lines = svc
        .output()
        .split('\n')
        .filter((l) => !l.includes('"status":"404"'));
      expect(lines.filter((l) => ids.some((id) => l.includes(id)))).toEqual([]);
    }
    const requestLines = ingest
      .output()
      .split('\n')
      .filter((l) => l.includes('"http"'))
      .map((l) => JSON.parse(l) as { http: { route: string; status: string } });
    expect(requestLines.filter((l) => l.http.route === '/v1/articles').map((l) => l.http.status)).toEqual(['400']);
  });
});
