/**
 * End to end at a steady rate: each article's latency from the start of its
 * ingest request to the store's announcement that it is committed (the
 * stored event is published after the commit, so the row was visible by then).
 */
import { randomUUID } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { articleIdFor, TOPICS } from '@news/contracts';
import { latencyWindows, percentiles } from '../../tools/harness/latency';
import { ProcessMonitor } from '../../tools/harness/process-stats';
import { BenchArticle, provenanceOf } from './corpus';
import { LoadOptions, post } from './ingest-load';
import { openLoop } from './open-loop';
import { pipelineTimestamps, splitStages, StageTimes } from './stage-split';

export async function endToEnd(
  kafka: Kafka,
  o: LoadOptions,
  corpus: BenchArticle[],
  perSecond: number,
  seconds: number,
  monitor: ProcessMonitor,
) {
  const sentAt = new Map<string, number>();
  const samples: Array<{ startedAt: number; latency: number }> = [];
  // Ingest's receipt and the store's commit, from the stored event itself (their difference is the pipeline's
  // share of the latency, without the load generator's), by article id: the stages between are filled in after the run.
  const storedTimes = new Map<string, { receivedAt: number; storedAt: number }>();
  // A short fetch wait only so that the first fetch (below) returns soon on the idle topic.
  const consumer = kafka.consumer({ groupId: `bench-e2e-${randomUUID()}`, maxWaitTimeInMs: 500 });
  let joined = false;
  let fetchedSinceJoin = false;
  consumer.on(consumer.events.GROUP_JOIN, () => (joined = true));
  // A new group starts at the partitions' end, resolved on its first fetch, not when it joins: an
  // article stored between the two would never be seen and count as "not stored". The load starts once a
  // fetch after the join has come back.
  consumer.on(consumer.events.FETCH, () => (fetchedSinceJoin = joined));
  await consumer.connect();
  await consumer.subscribe({ topic: TOPICS.articlesStored.name, fromBeginning: false });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const key = message.key?.toString() ?? '';
      const t = sentAt.get(key);
      if (t !== undefined) {
        samples.push({ startedAt: t, latency: Date.now() - t });
        sentAt.delete(key);
        const times = storedEventTimes(message.value);
        if (times) storedTimes.set(key, times);
      }
    },
  });
  const joinDeadline = Date.now() + 60_000;
  while (!fetchedSinceJoin) {
    if (Date.now() > joinDeadline) {
      await consumer.disconnect();
      throw new Error(`the latency observer did not join and fetch from ${TOPICS.articlesStored.name} within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  // Each article's JSON after its external id, encoded once: encoding a page for every push would take the
  // load generator's CPU, which the services under test on the same machine would then not get.
  const tails = corpus.map((a) =>
    Buffer.from(
      JSON.stringify({
        sourceId: a.sourceId,
        title: a.title,
        body: a.body,
        contentType: a.contentType,
        provenance: provenanceOf(a),
      }).slice(1),
    ),
  );
  monitor.start(1_000);
  const loadStartedAt = Date.now();
  const total = perSecond * seconds;
  let accepted = 0;
  // Until ingest answers: it answers 202 once Kafka has acknowledged the raw event, so a broker that stalls shows here.
  const acceptLatencies: number[] = [];
  const refused: Record<number, number> = {};
  await openLoop(perSecond, total, async (i) => {
    const a = corpus[i % corpus.length];
    // The rate in the id keeps the runs at different rates apart (a repeated id would be answered 200, not published
    // again).
    const externalId = `${a.externalId}-e2e${perSecond}-${i}`;
    const pushedAt = Date.now();
    sentAt.set(articleIdFor(a.sourceId, externalId), pushedAt);
    // Head and prepared tail sent as two pieces: concatenating them would copy the body for every push, and that
    // garbage (outside V8's heap) costs the load generator much of its time (docs/benchmark-history.md).
    const { status } = await post(o, [
      Buffer.from(`{"externalId":${JSON.stringify(externalId)},`),
      tails[i % corpus.length],
    ]);
    acceptLatencies.push(Date.now() - pushedAt);
    if (status === 202) accepted++;
    // Refused items (e.g. 413 for the corpus's few pages over INGEST_MAX_ARTICLE_BYTES) will never be stored: stop
    // waiting for them.
    else {
      sentAt.delete(articleIdFor(a.sourceId, externalId));
      refused[status] = (refused[status] ?? 0) + 1;
    }
  });
  const deadline = Date.now() + 30_000;
  while (sentAt.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  const processes = monitor.stop();
  await consumer.disconnect();
  const unfinished = [...sentAt.values()];
  const stageTimes = await stageTimesOf(kafka, storedTimes, loadStartedAt);
  const windowMs = seconds >= 120 ? 60_000 : 10_000;
  return {
    perSecond,
    seconds,
    sent: total,
    accepted,
    refusedByStatus: refused,
    stored: samples.length,
    notStoredWithin30s: sentAt.size,
    latencyMs: percentiles(samples.map((s) => s.latency)),
    acceptLatencyMs: percentiles(acceptLatencies),
    pipelineLatencyMs: percentiles([...storedTimes.values()].map((t) => t.storedAt - t.receivedAt)),
    // Where the time went, stage by stage (stage-split.ts); articles whose raw or normalised event was no longer on its
    // topic are left out.
    stageLatency: splitStages(stageTimes),
    // A minute at a time (10 s in runs under two minutes), from the load's start: steady, drifting, or one bad stretch.
    latencyWindowSeconds: windowMs / 1000,
    latencyByWindow: latencyWindows(samples, windowMs, {
      origin: loadStartedAt,
      end: loadStartedAt + seconds * 1000,
      unfinished,
    }),
    processes,
  };
}

/**
 * Each stored article's four times: its stored event's two, and the Kafka timestamps of its raw and normalised events.
 */
async function stageTimesOf(
  kafka: Kafka,
  stored: Map<string, { receivedAt: number; storedAt: number }>,
  loadStartedAt: number,
): Promise<StageTimes[]> {
  // A little before the first push: the raw event's timestamp is the producer's clock, the same machine's.
  const { raw, normalised } = await pipelineTimestamps(kafka, new Set(stored.keys()), loadStartedAt - 5_000);
  const times: StageTimes[] = [];
  for (const [key, t] of stored) {
    const rawAt = raw.get(key);
    const normalisedAt = normalised.get(key);
    if (rawAt !== undefined && normalisedAt !== undefined) times.push({ ...t, rawAt, normalisedAt });
  }
  return times;
}

/**
 * The stored event's two times, read from its first kilobyte (the envelope, then the ids, then
 * `storedAt`, then the article): parsing the whole event, article included, for every
 * message would be the latency observer's largest cost. Falls back to a full parse.
 */
export function storedEventTimes(value: Buffer | null): { receivedAt: number; storedAt: number } | undefined {
  if (!value) return undefined;
  const head = value.subarray(0, 1024).toString('utf8');
  let received = RECEIVED_AT.exec(head)?.[1];
  let stored = STORED_AT.exec(head)?.[1];
  if (received === undefined || stored === undefined) {
    const event = JSON.parse(value.toString('utf8')) as { storedAt?: string; envelope?: { receivedAt?: string } };
    received = event.envelope?.receivedAt;
    stored = event.storedAt;
  }
  return received && stored ? { receivedAt: Date.parse(received), storedAt: Date.parse(stored) } : undefined;
}

const RECEIVED_AT = /"receivedAt":"([^"]+)"/;
const STORED_AT = /"storedAt":"([^"]+)"/;
