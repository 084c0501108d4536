import { randomUUID } from 'node:crypto';
import { contractJson, encodeContract, StoredArticleEvent, toContract } from '@news/contracts';
import { normaliseRawEvent } from './normalise-article';
import { warmUpSamples } from './warm-up';

/*
 * encodeContract is JSON.stringify of the instance, not of class-transformer's
 * instanceToPlain copy: equal only while the contracts use no @Exclude, @Expose
 * or @Transform. These are real events (every tag type, dates, optional fields
 * absent), raw, normalised and stored, so a decorator that changes the JSON fails here.
 */
describe('encodeContract on real events', () => {
  const raws = warmUpSamples();
  const normalised = raws.map((r) => normaliseRawEvent(r, undefined, false));

  it('has events with every tag type to compare', () => {
    const a = normalised.find((e) => (e.article.people?.length ?? 0) > 0)!.article;
    expect(a.places?.length).toBeGreaterThan(0);
    expect(a.organisations?.length).toBeGreaterThan(0);
    expect(a.subjects?.length).toBeGreaterThan(0);
    expect(a.keywords?.length).toBeGreaterThan(0);
  });

  it.each([
    ['raw', () => raws],
    ['normalised', () => normalised],
    [
      'stored',
      () =>
        normalised.map((n) =>
          toContract(StoredArticleEvent, {
            envelope: { ...n.envelope, eventId: randomUUID(), causationId: n.envelope.eventId },
            articleId: n.article.articleId,
            version: n.article.version,
            change: 'created',
            storedAt: new Date(),
            article: n.article,
          }),
        ),
    ],
  ])('writes the same JSON as class-transformer for %s events', (_kind, events) => {
    for (const e of events()) expect(encodeContract(e)).toBe(contractJson(e));
  });
});
