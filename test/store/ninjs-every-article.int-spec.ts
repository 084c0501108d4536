/**
 * Every stored article renders as valid ninjs (2.2 and 3.1), edge cases
 * first: no text, a kill, no title, every optional field, odd characters.
 * The same sweep runs over everything the end-to-end suites stored, at the
 * end of the run (test/setup/global-teardown.ts).
 */
import { ninjsSweep } from '../support/ninjs-sweep';
import { asBatch, normalisedEvent, runTag } from './support/normalised-events';
import { openStoreHarness, StoreHarness } from './support/store-harness';

describe('ninjs of every stored article (real PostgreSQL)', () => {
  let h: StoreHarness;
  const tag = runTag();
  const source = `sweep-${tag}`;

  beforeAll(async () => {
    h = await openStoreHarness();
    const empty = normalisedEvent({ sourceId: source, externalId: 'empty', version: 1, text: '', title: '' });
    const odd = normalisedEvent({
      sourceId: source,
      externalId: 'urn:x:odd id with spaces',
      version: 1,
      text: 'Zeichen \u202e\u200b "quoted" <b>tags</b> & \ud83d\udcf0.',
      title: '\u00a0',
    });
    const full = normalisedEvent({
      sourceId: source,
      externalId: 'https://example.test/full?x=1#y',
      version: 7,
      text: `Full ${tag}.`,
      people: ['A B'],
      organisations: ['C D'],
      places: ['E'],
      subjects: ['medtop:20000538'],
    });
    full.article.feed = {
      urgency: 9,
      byline: 'x',
      description: 'y',
      slugline: 'z',
      editorialNote: 'n',
      located: 'l',
      dateline: 'd',
      keywords: ['k'],
      copyright: 'c',
      usageTerms: 'u',
      subjects: [{ uri: 'not a uri' }, { scheme: 's', code: 'c' }, { name: 'n' }],
      genres: [{ uri: 'http://cv.iptc.org/newscodes/genre/Actuality' }],
      firstCreated: new Date('1000-01-01T00:00:00Z'),
    };
    full.article.embargoedUntil = new Date('2000-01-01T00:00:00Z');
    const killed = normalisedEvent({
      sourceId: source,
      externalId: 'killed',
      version: 2,
      text: 'Gone.',
      pubStatus: 'canceled',
    });
    const withheld = normalisedEvent({
      sourceId: source,
      externalId: 'withheld',
      version: 1,
      text: 'Held.',
      pubStatus: 'withheld',
    });
    await h.service.storeBatch(asBatch([empty, odd, full, killed, withheld]));
  });

  afterAll(async () => {
    await h?.close();
  });

  it('renders every article of this run and every one already stored valid against the official schemas', async () => {
    const ours = await ninjsSweep(process.env.DATABASE_URL!, `a.source_id = '${source}'`);
    expect(ours).toEqual({ checked: 5, failures: [] });
    const all = await ninjsSweep(process.env.DATABASE_URL!);
    expect(all.failures).toEqual([]);
    expect(all.checked).toBeGreaterThanOrEqual(5);
  });
});
