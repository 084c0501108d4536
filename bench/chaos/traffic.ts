/**
 * Open-loop traffic for the chaos run: a push started every 1/rate seconds
 * whatever the pipeline's state (new stories, updates and kills of recent
 * ones), each delivered as a feed must (tools/harness/feed.ts: retried with
 * the same article until 2xx or 4xx), and the final state it must leave.
 */
import { deliver, Reply } from '../../tools/harness/feed';
import type { Expected, PushItem } from '../../tools/harness/workload';

export interface Traffic {
  replies: Reply[];
  expected: Map<string, Expected>;
  /** Items that never got a 2xx. */
  undelivered: PushItem[];
  pushed: number;
  /** Stops starting pushes and waits for those under way. */
  stop(): Promise<void>;
}

/**
 * Which story to push next: mostly new ones; one push in six a new version of a
 * recent story whose last version was answered 2xx (so a story's versions go
 * in order), one in fifty of those a kill. Killed stories get nothing more.
 */
export class StoryGenerator {
  private seq = 0;
  /** Stories whose last version is answered, by external id, with that version. */
  private readonly answered = new Map<string, number>();
  private readonly recent: string[] = [];
  readonly expected = new Map<string, Expected>();

  constructor(
    private readonly sourceId: string,
    private readonly random: () => number = Math.random,
  ) {}

  next(): PushItem {
    const roll = this.random();
    const candidate = this.recent[Math.floor(this.random() * this.recent.length)];
    const version = candidate ? this.answered.get(candidate) : undefined;
    if (roll < 0.17 && candidate && version !== undefined) {
      this.answered.delete(candidate);
      const kill = roll < 0.02;
      return this.planned({
        externalId: candidate,
        version: version + 1,
        pubStatus: kill ? 'canceled' : 'usable',
        body: `<p>Story ${candidate}, version ${version + 1}. ${'Corrected words. '.repeat(30)}</p>`,
      });
    }
    const externalId = `${this.sourceId}-${this.seq++}`;
    return this.planned({
      externalId,
      version: 1,
      pubStatus: 'usable',
      body: `<p>Story ${externalId}. ${'Words of the story. '.repeat(40)}</p>`,
    });
  }

  /** The item got its 2xx: a next version may follow (not after a kill). */
  delivered(item: PushItem): void {
    if (item.pubStatus === 'canceled') return;
    this.answered.set(item.externalId, item.version);
    this.recent.push(item.externalId);
    if (this.recent.length > 200) this.recent.shift();
  }

  private planned(item: PushItem): PushItem {
    this.expected.set(item.externalId, { version: item.version, pubStatus: item.pubStatus });
    return item;
  }
}

export function startTraffic(o: {
  ingestUrl: () => string;
  sourceId: string;
  ratePerSecond: number;
  maxInFlight?: number;
}): Traffic {
  const stories = new StoryGenerator(o.sourceId);
  const replies: Reply[] = [];
  const undelivered: PushItem[] = [];
  const inFlight = new Set<Promise<void>>();
  let running = true;
  let pushed = 0;
  const started = performance.now();
  const loop = (async () => {
    for (let i = 0; running; i++) {
      const wait = started + (i * 1_000) / o.ratePerSecond - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      // A ceiling on pushes under way (each retried until answered), so an outage cannot pile up without bound.
      if (inFlight.size >= (o.maxInFlight ?? 2_000)) continue;
      const item = stories.next();
      pushed++;
      const push = deliver(
        { ingestUrl: o.ingestUrl, sourceId: o.sourceId, replies, maxRetryDelayMs: 2_000, giveUpAfterMs: 600_000 },
        item,
      ).then((ok) => (ok ? stories.delivered(item) : void undelivered.push(item)));
      inFlight.add(push);
      void push.finally(() => inFlight.delete(push));
    }
  })();
  return {
    replies,
    expected: stories.expected,
    undelivered,
    get pushed() {
      return pushed;
    },
    stop: async () => {
      running = false;
      await loop;
      await Promise.all(inFlight);
    },
  };
}
