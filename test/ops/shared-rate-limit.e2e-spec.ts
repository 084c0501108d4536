/**
 * The ingest rate limit holds across replicas: two real ingest processes on
 * one PostgreSQL admit a source's allowance once between them, not once each.
 */
import { createHash, randomUUID } from 'node:crypto';
import { ServiceProcess, startService } from '../../tools/harness/processes';

const PER_MINUTE = 20;
const REQUESTS = 60;

describe('cluster-wide ingest rate limit (two ingest processes, one PostgreSQL)', () => {
  const replicas: ServiceProcess[] = [];

  afterAll(async () => {
    for (const r of replicas) r.child.kill('SIGTERM');
    await Promise.all(replicas.map((r) => r.exited));
  });

  it('admits the configured allowance once between the replicas', async () => {
    const key = randomUUID();
    const sourceId = `rl-${randomUUID().slice(0, 8)}`;
    const env = {
      INGEST_AUTH_MODE: 'keys',
      INGEST_API_KEYS: JSON.stringify([
        { id: sourceId, keySha256: [createHash('sha256').update(key).digest('hex')], rateLimitPerMinute: PER_MINUTE },
      ]),
      LOG_LEVEL: 'warn',
    };
    replicas.push(...(await Promise.all([startService('ingest', env), startService('ingest', env)])));

    const started = Date.now();
    const statuses: number[][] = [[], []];
    // Alternating, as a load balancer would spread them. An empty JSON object passes the rate check and
    // is then refused as invalid (400/422): no article is published, only the allowance is spent.
    for (let i = 0; i < REQUESTS; i++) {
      const r = i % 2;
      const res = await fetch(`${replicas[r].url}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: '{}',
      });
      statuses[r].push(res.status);
      if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      await res.arrayBuffer();
    }
    const elapsedSeconds = (Date.now() - started) / 1000;

    const admitted = statuses.map((s) => s.filter((code) => code !== 429).length);
    const total = admitted[0] + admitted[1];
    expect(statuses.flat().every((code) => [400, 422, 429].includes(code))).toBe(true);
    // The burst, plus what the bucket refilled while the requests went out (PER_MINUTE a minute);
    // per-replica buckets would have admitted up to twice the burst.
    expect(total).toBeGreaterThanOrEqual(PER_MINUTE);
    expect(total).toBeLessThanOrEqual(PER_MINUTE + Math.ceil((elapsedSeconds * PER_MINUTE) / 60));
    expect(total).toBeLessThan(2 * PER_MINUTE);
    process.stdout.write(
      `shared rate limit: ${admitted.join(' + ')} = ${total} admitted of ${REQUESTS} in ` +
        `${elapsedSeconds.toFixed(1)} s\n`,
    );
    // Both replicas took part: each admitted some and refused some.
    expect(admitted.every((n) => n > 0)).toBe(true);
    expect(statuses.every((s) => s.includes(429))).toBe(true);
  });
});
