/**
 * A normaliser worker thread: cleans and tags raw events, learning per-source
 * chrome into its own slice of the boilerplate model (its replica id is the
 * process's plus `.w<index>`). The main thread forwards every snapshot the
 * replicas publish and collects this worker's slices to publish them.
 */
import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import { BoilerplateModel, type BoilerplateSnapshot } from '@news/cleaning';
import type { RawArticleEvent } from '@news/contracts';
import { normaliseWithinBound } from '../normalise/bounded-fallback';
import { encoded } from '../normalise/encode-result';
import { normaliseRawEvent } from '../normalise/normalise-article';
import { warmUpNormaliser } from '../normalise/warm-up';
import type { NormalisedJobResult, WorkerInit, WorkerRequest } from './pool-protocol';

const init = workerData as WorkerInit;
const model = new BoilerplateModel({ replicaId: init.replicaId, maxReplicas: init.maxReplicas, compactOthers: true });
const touched = new Set<string>();

function normalise(raw: RawArticleEvent): NormalisedJobResult {
  const result = encoded(normaliseRawEvent(raw, model, init.learn));
  if (init.learn) touched.add(raw.envelope.sourceId);
  return result;
}

/** This worker's own slices of the sources it learned from since the last call. */
function ownSlices(): { snapshot: BoilerplateSnapshot; sources: string[] } {
  const sources = [...touched];
  touched.clear();
  const own = model.snapshot(true);
  const picked = Object.fromEntries(sources.filter((s) => own.sources[s]).map((s) => [s, own.sources[s]]));
  return { snapshot: { version: 1, sources: picked }, sources: Object.keys(picked) };
}

function handle(msg: WorkerRequest): unknown {
  switch (msg.type) {
    case 'normalise':
      return normalise(msg.raw);
    case 'fallback':
      return encoded(normaliseWithinBound(msg.raw));
    case 'merge':
      model.merge(msg.snapshot);
      return undefined;
    case 'share':
      for (const s of msg.slices) model.mergeCompact(s.source, s.replica, s.slice);
      return undefined;
    case 'forget':
      model.forget(msg.sourceId, msg.replicaId);
      return undefined;
    case 'own-slices':
      return ownSlices();
    case 'ping':
      return 'pong';
  }
}

parentPort!.on('message', (msg: WorkerRequest & { requestId?: number }) => {
  try {
    const result = handle(msg);
    if (msg.requestId !== undefined) parentPort!.postMessage({ requestId: msg.requestId, result });
  } catch (err) {
    if (msg.requestId !== undefined)
      parentPort!.postMessage({ requestId: msg.requestId, error: (err as Error).message });
  }
});

// Load the tagging data and run the cores once, so the first real article does not pay for it
// (nor its time bound): the pool hands out jobs only after this.
if (init.warmUp) warmUpNormaliser();
parentPort!.postMessage({ ready: true });
