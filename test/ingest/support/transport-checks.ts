/** Reading ingest's transport metrics and the raw topic in the transport tests. */
import { createHash } from 'node:crypto';
import { articleIdFor } from '@news/contracts';
import type { TopicTap } from '../../support/topic-tap';
import { waitFor } from '../../support/pipeline';
import { bearer, post, RunningIngest, TestSource } from './ingest-app';

export interface MetricSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export async function metrics(url: string): Promise<MetricSample[]> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const out: MetricSample[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!m) continue;
    const labels = Object.fromEntries([...m[2].matchAll(/([a-z_]+)="([^"]*)"/g)].map((l) => [l[1], l[2]]));
    out.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return out;
}

/** The sum of a metric's samples whose labels include `labels`. */
export async function metricValue(url: string, name: string, labels: Record<string, string>): Promise<number> {
  return (await metrics(url))
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

/** The article id of a file whose format carries no id of its own: the transport names it `<file>#<sha256 prefix>`. */
export function fileArticleId(sourceId: string, fileName: string, content: string | Buffer): string {
  return articleIdFor(sourceId, `${fileName}#${createHash('sha256').update(content).digest('hex').slice(0, 16)}`);
}

/** Pushes a marker and waits for it, so the tap is known to read everything published from here on. */
export async function tapReads(tap: TopicTap, ingest: RunningIngest, source: TestSource): Promise<void> {
  const externalId = `marker-${Date.now()}`;
  const res = await post(ingest.url, JSON.stringify({ sourceId: source.id, externalId, body: 'm' }), {
    'content-type': 'application/json',
    ...bearer(source),
  });
  if (res.status !== 202) throw new Error(`marker push answered ${res.status}: ${await res.text()}`);
  await waitFor('the marker on the raw topic', async () => tap.byKey(articleIdFor(source.id, externalId)).length === 1);
}

/** Raw events of one source, as articles. */
export function articlesOf(tap: TopicTap, sourceId: string): Array<Record<string, unknown> & { articleId: string }> {
  return tap
    .all()
    .filter((m) => m.headers['source-id'] === sourceId)
    .map((m) => JSON.parse(m.value).article as Record<string, unknown> & { articleId: string });
}
