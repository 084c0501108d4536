/**
 * Load on ingest's HTTP API: saturation (closed loop, many connections) for
 * throughput, and a fixed open-loop rate for latency.
 */
import http from 'node:http';
import { percentiles } from '../../tools/harness/latency';
import { BenchArticle, provenanceOf } from './corpus';
import { openLoop } from './open-loop';

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
}

function submission(a: BenchArticle) {
  return {
    sourceId: a.sourceId,
    externalId: a.externalId,
    title: a.title,
    body: a.body,
    contentType: a.contentType,
    version: a.version,
    provenance: provenanceOf(a),
  };
}

/*
 * node:http with a keep-alive agent rather than fetch: the load generator shares the
 * machine with the pipeline, and fetch costs more CPU per request (figures:
 * docs/benchmark-history.md), CPU the services under test would not get.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

/** A request body, or its pieces in order: sending a prepared tail as it is saves a copy of it per request. */
export type RequestBody = string | Buffer | readonly Buffer[];

export function post(
  o: LoadOptions,
  body: RequestBody,
  path = '/v1/articles',
  retried = false,
): Promise<{ status: number; ms: number }> {
  const t = performance.now();
  const url = new URL(path, o.url);
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': bodyLength(body), ...o.headers },
      },
      (res) => {
        res.resume(); // drain the answer so the socket goes back to the pool
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t }));
        res.on('error', () => resolve({ status: 0, ms: performance.now() - t }));
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed as idle just as it was reused: the request never
      // reached ingest, so sending it again is safe (the retry Node's http documentation gives), and a long
      // run would otherwise count such pushes as lost (docs/benchmarks.md).
      if (req.reusedSocket && !retried && (err.code === 'ECONNRESET' || err.code === 'EPIPE')) {
        void post(o, body, path, true).then((r) => resolve({ status: r.status, ms: performance.now() - t }));
        return;
      }
      resolve({ status: 0, ms: performance.now() - t });
    });
    if (typeof body === 'string' || Buffer.isBuffer(body)) req.end(body);
    else {
      for (const piece of body.slice(0, -1)) req.write(piece);
      req.end(body[body.length - 1]);
    }
  });
}

function bodyLength(body: RequestBody): number {
  if (typeof body === 'string' || Buffer.isBuffer(body)) return Buffer.byteLength(body);
  return body.reduce((n, piece) => n + piece.length, 0);
}

/** Closed loop: `concurrency` clients send one article each, back to back, for `seconds`. */
export async function saturateSingles(o: LoadOptions, items: BenchArticle[], seconds: number, concurrency = 64) {
  let next = 0;
  let accepted = 0;
  let other = 0;
  const latencies: number[] = [];
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const a = items[next++ % items.length];
        const r = await post(o, JSON.stringify({ ...submission(a), externalId: `${a.externalId}-${next}` }));
        if (r.status === 202) accepted++;
        else other++;
        latencies.push(r.ms);
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  return {
    acceptedPerSecond: Math.round(accepted / elapsed),
    accepted,
    notAccepted: other,
    latencyMs: percentiles(latencies),
  };
}

/** Closed loop with batches: each request carries `batchSize` articles as a JSON array. */
export async function saturateBatches(
  o: LoadOptions,
  items: BenchArticle[],
  seconds: number,
  batchSize = 100,
  concurrency = 8,
) {
  let next = 0;
  let accepted = 0;
  let failedRequests = 0;
  let lastStatus = 0;
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const batch = Array.from({ length: batchSize }, () => {
          const a = items[next++ % items.length];
          return { ...submission(a), externalId: `${a.externalId}-${next}` };
        });
        const r = await post(o, JSON.stringify(batch));
        lastStatus = r.status;
        if (r.status === 202 || r.status === 207 || r.status === 200) accepted += batchSize;
        else failedRequests++;
        if (r.status === 400 || r.status === 415 || r.status === 404) return; // no batch endpoint
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  return { acceptedPerSecond: Math.round(accepted / elapsed), accepted, failedRequests, lastStatus, batchSize };
}

/** Open loop: requests start on a fixed schedule whatever the responses do, so queueing shows in the latency. */
export async function fixedRate(o: LoadOptions, items: BenchArticle[], perSecond: number, seconds: number) {
  const total = perSecond * seconds;
  const latencies: number[] = [];
  let accepted = 0;
  await openLoop(perSecond, total, async (i, due) => {
    const a = items[i % items.length];
    const r = await post(o, JSON.stringify({ ...submission(a), externalId: `${a.externalId}-fr${i}` }));
    // Latency from when the request was due, not when it was sent (no coordinated omission).
    latencies.push(performance.now() - due);
    if (r.status === 202) accepted++;
  });
  return { targetPerSecond: perSecond, sent: total, accepted, latencyMs: percentiles(latencies) };
}
