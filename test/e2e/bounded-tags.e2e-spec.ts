/**
 * Articles whose text could make a tagger produce a tag the store's contract
 * refuses (a list of names read as one long "place", 200 KB of capitalised
 * words) are stored, with bounded tags, and nothing reaches the
 * normalised topic's dead letters. Real ingest, normaliser, store, Kafka and
 * PostgreSQL.
 */
import { articleIdFor, deadLetterTopicOf, TAG_LIMITS, TOPICS } from '@news/contracts';
import { RunningPipeline, startPipeline, waitFor } from '../support/pipeline';
import { TopicTap, tapTopic } from '../support/topic-tap';

interface StoredView {
  qualityFlags: string[];
  tags: Record<'people' | 'organisations' | 'places', Array<{ name: string; mentions: unknown[] }>>;
}

const CLUBS =
  'Manchester United Liverpool Arsenal Chelsea Tottenham Hotspur Newcastle United Aston Villa Everton West Ham ' +
  'United Leicester City Leeds United ' +
  'Southampton Brighton Wolverhampton Wanderers Crystal Palace Fulham Brentford Nottingham Forest Bournemouth ' +
  'Burnley Sheffield United Norwich City ' +
  'Watford Middlesbrough Sunderland Stoke City Swansea City Cardiff City Hull City';

function capitalisedWords(chars: number): string {
  const words = [
    'Alpha',
    'Bravo',
    'City',
    'United',
    'Bank',
    'Street',
    'Holdings',
    'Manchester',
    'Paris',
    'Smith',
    'John',
    'Council',
  ];
  let out = '';
  for (let i = 0; out.length < chars; i++) out += `${words[(i * 7 + (i >> 3)) % words.length]} `;
  return out.trim();
}

describe('bounded tags: an article is never lost to its own tags', () => {
  let p: RunningPipeline;
  let dlq: TopicTap;
  const source = `tags-${Date.now().toString(36)}`;

  beforeAll(async () => {
    dlq = await tapTopic(deadLetterTopicOf(TOPICS.articlesNormalised.name));
    p = await startPipeline();
  });

  afterAll(async () => {
    await p?.stop();
    await dlq?.stop();
  });

  it('stores the 29-club list and two 200 KB bodies of capitalised words, every name within the contract', async () => {
    const articles = [
      { externalId: 'clubs', title: 'Entries confirmed', body: `The following clubs confirmed their entry: ${CLUBS}.` },
      { externalId: 'caps-1', title: 'Alpha Bravo', body: capitalisedWords(200_000) },
      {
        externalId: 'caps-2',
        title: 'City Bank',
        body: `${capitalisedWords(100_000)}\n\n${capitalisedWords(100_000)} Street`,
      },
    ];
    for (const a of articles) {
      const res = await fetch(`${p.ingestUrl}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sourceId: source, contentType: 'text/plain', ...a }),
      });
      expect(res.status).toBe(202);
    }
    for (const a of articles) {
      const id = articleIdFor(source, a.externalId);
      const stored = await waitFor(
        `${a.externalId} stored`,
        async () => {
          const res = await fetch(`${p.storeUrl}/v1/articles/${id}`);
          return res.ok ? ((await res.json()) as StoredView) : undefined;
        },
        90_000,
      );
      for (const kind of ['people', 'organisations', 'places'] as const) {
        expect(stored.tags[kind].length).toBeLessThanOrEqual(TAG_LIMITS.entitiesPerKind);
        for (const t of stored.tags[kind]) expect(t.name.length).toBeLessThanOrEqual(TAG_LIMITS.nameLength);
      }
      if (a.externalId === 'clubs')
        expect(stored.tags.organisations.map((t) => t.name)).toEqual(expect.arrayContaining(['Arsenal', 'Chelsea']));
    }
    expect(dlq.all().filter((m) => articles.some((a) => m.key === articleIdFor(source, a.externalId)))).toEqual([]);
  });
});
