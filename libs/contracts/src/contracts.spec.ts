import { articleIdFor } from './article-identity';
import { RawArticleEvent } from './articles-raw/raw-article.value';
import { ArticleSubmission } from './ingest-api/article-submission';
import { decodeContract, encodeContract, toContract, validateContract } from './validation';

const rawEvent = () => ({
  envelope: {
    eventId: '7d444840-9dc0-11d1-b245-5ffdce74fad2',
    schemaVersion: 1,
    sourceId: 'wire-1',
    receivedAt: '2026-01-02T03:04:05.000Z',
    correlationId: 'abc',
  },
  article: {
    articleId: articleIdFor('wire-1', 'guid-1'),
    externalId: 'guid-1',
    body: '<p>x</p>',
    contentType: 'text/html',
    version: 1,
    pubStatus: 'usable',
  },
});

describe('articleIdFor', () => {
  it('is a stable RFC 4122 v5 UUID of source and story id', () => {
    const id = articleIdFor('wire-1', 'guid-1');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(articleIdFor('wire-1', 'guid-1')).toBe(id);
    expect(articleIdFor('wire-2', 'guid-1')).not.toBe(id);
    expect(articleIdFor('wire-1', 'guid-2')).not.toBe(id);
  });
});

describe('decodeContract', () => {
  it('accepts a valid raw event and turns dates into Date objects', () => {
    const r = decodeContract(RawArticleEvent, JSON.stringify(rawEvent()));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.envelope.receivedAt).toBeInstanceOf(Date);
  });

  it('round-trips through encodeContract', () => {
    const r = decodeContract(RawArticleEvent, JSON.stringify(rawEvent()));
    if (!r.ok) throw new Error('expected valid');
    expect(JSON.parse(encodeContract(r.value))).toEqual(rawEvent());
  });

  it('names nested fields that are wrong', () => {
    const bad = rawEvent();
    (bad.article as Record<string, unknown>).pubStatus = 'published';
    (bad.envelope as Record<string, unknown>).eventId = 'nope';
    const r = decodeContract(RawArticleEvent, JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field).sort()).toEqual(['article.pubStatus', 'envelope.eventId']);
  });

  it('reports JSON that does not parse, and a missing value', () => {
    const r = decodeContract(RawArticleEvent, '{"envelope":');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].messages[0]).toMatch(/not valid JSON/);
    expect(decodeContract(RawArticleEvent, null).ok).toBe(false);
  });

  it('tolerates unknown fields in events (forward compatibility) but drops them', () => {
    const withExtra = { ...rawEvent(), futureField: 1 };
    const r = decodeContract(RawArticleEvent, JSON.stringify(withExtra));
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.value as unknown as Record<string, unknown>).futureField).toBeUndefined();
  });
});

describe('ArticleSubmission', () => {
  it('needs an externalId or a url', () => {
    const r = validateContract(ArticleSubmission, { sourceId: 'a', body: 'x' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['externalId', 'url']));
    expect(validateContract(ArticleSubmission, { sourceId: 'a', body: 'x', url: 'https://e.test/a' }).ok).toBe(true);
    expect(validateContract(ArticleSubmission, { sourceId: 'a', body: 'x', externalId: 'g' }).ok).toBe(true);
  });

  it('refuses unknown fields at the HTTP edge, naming them', () => {
    const r = validateContract(
      ArticleSubmission,
      { sourceId: 'a', body: 'x', externalId: 'g', bogus: 1 },
      { forbidUnknown: true },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].field).toBe('bogus');
  });

  it('refuses a non-object body', () => {
    expect(validateContract(ArticleSubmission, [1, 2]).ok).toBe(false);
    expect(validateContract(ArticleSubmission, 'x').ok).toBe(false);
  });

  it('builds instances without validation for values the code made', () => {
    expect(toContract(ArticleSubmission, { sourceId: 'a' })).toBeInstanceOf(ArticleSubmission);
  });
});
