import { wireFixture } from './fixture';
import { parseNinjs } from './ninjs';

describe('ninjs 2.x', () => {
  it('maps uri, version, dates, pubstatus, urgency, headlines, bodies, subjects, embargo and altids', () => {
    const r = parseNinjs(wireFixture('ninjs-2.json'), { sourceId: 'ninjs-src' });
    expect(r.errors).toEqual([]);
    expect(r.items[0]).toEqual({
      sourceId: 'ninjs-src',
      externalId: 'urn:example:ninjs:2026:council-budget',
      url: 'https://news.example.com/2026/council-budget',
      title: "Council approves next year's budget",
      body: '<p>The city council approved the budget by 31 votes to 12.</p><p>Spending on transport rises by 4%.</p>',
      contentType: 'text/html',
      language: 'en-GB',
      publishedAt: '2026-11-27T07:30:00.000Z',
      version: 3,
      versionCreated: '2026-11-27T09:15:00.000Z',
      pubStatus: 'usable',
      format: 'ninjs',
      urgency: 3,
      subjects: ['http://cv.iptc.org/newscodes/mediatopic/20000438', 'local government'],
      authors: ['Jane Example'],
      embargoedUntil: '2026-11-27T10:00:00.000Z',
    });
  });

  it('reads a kill with the 1.x body_text / headline fields', () => {
    const item = parseNinjs(wireFixture('ninjs-kill.json')).items[0];
    expect(item).toMatchObject({ pubStatus: 'canceled', version: 4, body: 'This story has been withdrawn. Do not use.', contentType: 'text/plain' });
  });

  it('names a missing uri and a non-object by index in an array', () => {
    const r = parseNinjs('[{"uri":"u1","body_text":"x"},{"body_text":"no uri"},"str"]');
    expect(r.batch).toBe(true);
    expect(r.items).toHaveLength(1);
    expect(r.errors).toEqual([
      { index: 1, field: 'uri', messages: ['uri is required (ninjs 2.x)'] },
      { index: 2, field: '(item)', messages: ['a ninjs document must be a JSON object'] },
    ]);
  });

  it('passes a non-numeric version on for the contract to refuse', () => {
    expect(parseNinjs('{"uri":"u","version":"two","body_text":"x"}').items[0].version).toBe('two');
  });

  it('refuses malformed JSON', () => {
    expect(() => parseNinjs('{"uri":')).toThrow(/not valid JSON/);
  });
});
