/**
 * Reconciles every reply a feed got (tools/harness/feed.ts) against what the
 * pipeline holds: the database, the raw topic and the dead-letter topics. The
 * fault tests and the chaos run assert every list here to be empty.
 */
import type { Client } from 'pg';
import { TOPICS, deadLetterTopicOf } from '@news/contracts';
import type { Reply } from './feed';
import { openWindow, TopicWindow, WindowMessage } from './topic-window';
import { Expected, settledDiff } from './workload';

const OUTCOMES = new Set(['not-accepted', 'unknown', 'partial']);
const itemKey = (externalId: string, version: number) => `${externalId} v${version}`;

/** The raw topic and the dead-letter topics from now on, to read once the scenario is over. */
export interface Windows {
  raw: TopicWindow;
  deadLetters: TopicWindow[];
}

export async function openWindows(brokers?: string): Promise<Windows> {
  return {
    raw: await openWindow(TOPICS.articlesRaw.name, brokers),
    deadLetters: await Promise.all(
      [TOPICS.articlesRaw.name, TOPICS.articlesNormalised.name].map((t) => openWindow(deadLetterTopicOf(t), brokers)),
    ),
  };
}

export interface Reconciliation {
  /** A 5xx other than 503 (ingest must never answer 500 for an outage). */
  serverErrors: string[];
  /** A 503 without Retry-After, or without an outcome statement. */
  bad503: string[];
  /** A version answered 2xx that is not in the article's history. */
  lost: string[];
  /** An article stored twice, or a version twice in its history. */
  duplicated: string[];
  /** The final state differs from the expected one (latest version, kills applied, nothing extra or missing). */
  wrong: string[];
  /** Dead letters of this source. */
  deadLettered: string[];
  /**
   * More raw events for a version than its 202s and its unknown outcomes (a 503 `unknown` or `partial`, a
   * connection error) allow: a 503 `not-accepted` that was written after all, or a second event for a retry.
   */
  untruthful: string[];
  /** Pushes that never got a 2xx. */
  undelivered: string[];
}

const ofSource = (sourceId: string) => (m: WindowMessage) => m.headers['source-id'] === sourceId;

function replyProblems(replies: Reply[]): Pick<Reconciliation, 'serverErrors' | 'bad503'> {
  const describe = (r: Reply) =>
    `${itemKey(r.externalId, r.version)}: ${r.status} ${r.outcome ?? ''} ${r.message ?? ''}`.trim();
  return {
    serverErrors: replies.filter((r) => r.status >= 500 && r.status !== 503).map(describe),
    bad503: replies.filter((r) => r.status === 503 && (!r.retryAfter || !OUTCOMES.has(r.outcome ?? ''))).map(describe),
  };
}

/** Raw events per version against what the replies allow: one per 202, at most one more per unknown outcome. */
function untruthfulEvents(replies: Reply[], raw: WindowMessage[]): string[] {
  const allowed = new Map<string, number>();
  for (const r of replies) {
    const k = itemKey(r.externalId, r.version);
    const unknown = r.status === 0 || (r.status === 503 && r.outcome !== 'not-accepted');
    allowed.set(k, (allowed.get(k) ?? 0) + (r.status === 202 || unknown ? 1 : 0));
  }
  const events = new Map<string, number>();
  for (const m of raw) {
    const a = (JSON.parse(m.value) as { article: { externalId: string; version?: number } }).article;
    const k = itemKey(a.externalId, a.version ?? 1);
    events.set(k, (events.get(k) ?? 0) + 1);
  }
  return [...events]
    .filter(([k, n]) => n > (allowed.get(k) ?? 0))
    .map(([k, n]) => `${k}: ${n} raw events, ${allowed.get(k) ?? 0} allowed by the replies`);
}

async function historyProblems(
  db: Client,
  sourceId: string,
  replies: Reply[],
): Promise<Pick<Reconciliation, 'lost' | 'duplicated'>> {
  const { rows } = await db.query<{ external_id: string; version: number; n: number }>(
    'SELECT external_id, version, count(*)::int AS n FROM article_versions WHERE source_id = $1 GROUP BY ' +
      'external_id, version',
    [sourceId],
  );
  const inHistory = new Set(rows.map((r) => itemKey(r.external_id, r.version)));
  const accepted = new Set(
    replies.filter((r) => r.status >= 200 && r.status < 300).map((r) => itemKey(r.externalId, r.version)),
  );
  return {
    lost: [...accepted].filter((k) => !inHistory.has(k)),
    duplicated: rows
      .filter((r) => r.n > 1)
      .map((r) => `${itemKey(r.external_id, r.version)} ${r.n} times in the history`),
  };
}

/**
 * Waits (up to `settleMs`) for the database to reach the expected state, then
 * reconciles. `expected` is the final state of the versions the feed pushed.
 */
export async function reconcile(o: {
  db: Client;
  sourceId: string;
  expected: Map<string, Expected>;
  replies: Reply[];
  windows: Windows;
  undelivered?: Array<{ externalId: string; version: number }>;
  settleMs?: number;
}): Promise<Reconciliation> {
  const diff = await settledDiff(o.db, o.sourceId, o.expected, o.settleMs ?? 120_000);
  const raw = (await o.windows.raw.read()).filter(ofSource(o.sourceId));
  const deadLetters = (await Promise.all(o.windows.deadLetters.map((w) => w.read())))
    .flat()
    .filter(ofSource(o.sourceId));
  const history = await historyProblems(o.db, o.sourceId, o.replies);
  return {
    ...replyProblems(o.replies),
    lost: history.lost,
    duplicated: [...diff.duplicated.map((k) => `${k} stored twice`), ...history.duplicated],
    wrong: [...diff.wrong, ...diff.missing.map((k) => `${k} missing`)],
    deadLettered: deadLetters.map((m) => `${m.key}: ${m.headers['dlq-error'] ?? ''}`),
    untruthful: untruthfulEvents(o.replies, raw),
    undelivered: (o.undelivered ?? []).map((i) => itemKey(i.externalId, i.version)),
  };
}

/** The first few of each list, for one readable assertion: `expect(firstProblems(r)).toEqual(NO_PROBLEMS)`. */
export function firstProblems(r: Reconciliation, n = 5): Record<keyof Reconciliation, string[]> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, (v as string[]).slice(0, n)])) as Record<
    keyof Reconciliation,
    string[]
  >;
}

export const NO_PROBLEMS: Record<keyof Reconciliation, string[]> = {
  serverErrors: [],
  bad503: [],
  lost: [],
  duplicated: [],
  wrong: [],
  deadLettered: [],
  untruthful: [],
  undelivered: [],
};

/** How the replies went, for logs and reports: counts by status and 503 outcome. */
export function replySummary(replies: Reply[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of replies) {
    const k = r.status === 503 ? `503 ${r.outcome ?? '?'}` : String(r.status);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
