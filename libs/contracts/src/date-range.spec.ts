import { articleIdFor } from './article-identity';
import { NormalisedArticleEvent } from './articles-normalised/normalised-article.value';
import { RawArticleEvent } from './articles-raw/raw-article.value';
import { StoredArticleEvent } from './articles-stored/stored-article.value';
import { DATE_RANGE, isStorableDate } from './date-range';
import { ArticleSubmission } from './ingest-api/article-submission';
import { validateContract } from './validation';

/** Dates a JavaScript Date holds outside DATE_RANGE: every contract refuses them. */
const OUT_OF_RANGE = [
  '+010000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '0999-12-31T23:59:59.999Z',
  '-000001-01-01T00:00:00Z',
];
const EDGES = ['1000-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z', '2026-05-01T12:00:00+02:00'];

const envelope = {
  eventId: '7d444840-9dc0-11d1-b245-5ffdce74fad2',
  schemaVersion: 1,
  sourceId: 'wire-1',
  receivedAt: '2026-01-02T03:04:05.000Z',
  correlationId: 'abc',
};
const articleId = articleIdFor('wire-1', 'guid-1');
const submission = (extra: object) => ({ sourceId: 'wire-1', externalId: 'guid-1', body: 'Text.', ...extra });
const raw = (extra: object) => ({
  envelope,
  article: {
    articleId,
    externalId: 'guid-1',
    body: 'x',
    contentType: 'text/plain',
    version: 1,
    pubStatus: 'usable',
    ...extra,
  },
});
const normalised = (extra: object) => ({
  envelope,
  article: {
    articleId,
    title: 't',
    text: 'x',
    version: 1,
    pubStatus: 'usable',
    contentHash: 'a'.repeat(64),
    wordCount: 1,
    qualityFlags: [],
    ...extra,
  },
});

describe('DATE_RANGE', () => {
  it('holds the years 1000 to 9999 and nothing else', () => {
    for (const d of EDGES) expect(isStorableDate(new Date(d))).toBe(true);
    for (const d of OUT_OF_RANGE) expect(isStorableDate(new Date(d))).toBe(false);
    expect(DATE_RANGE.min.toISOString()).toBe('1000-01-01T00:00:00.000Z');
    expect(DATE_RANGE.max.toISOString()).toBe('9999-12-31T23:59:59.999Z');
  });

  it.each(['publishedAt', 'versionCreated', 'embargoedUntil', 'firstCreated'])(
    'ArticleSubmission refuses %s out of range, naming it, as out of range (not malformed)',
    (field) => {
      for (const d of OUT_OF_RANGE) {
        const r = validateContract(ArticleSubmission, submission({ [field]: d }), { forbidUnknown: true });
        expect(r).toMatchObject({
          ok: false,
          outOfRange: true,
          errors: [{ field, messages: [expect.stringContaining('between 1000-01-01')] }],
        });
      }
      for (const d of EDGES)
        expect(validateContract(ArticleSubmission, submission({ [field]: d }), { forbidUnknown: true }).ok).toBe(true);
    },
  );

  it('a malformed date is not "out of range", nor is a mix of malformed and out-of-range fields', () => {
    expect(validateContract(ArticleSubmission, submission({ publishedAt: 'soon' }))).toMatchObject({
      ok: false,
      outOfRange: false,
    });
    expect(
      validateContract(ArticleSubmission, submission({ publishedAt: '+010000-01-01T00:00:00Z', body: '' })),
    ).toMatchObject({ ok: false, outOfRange: false });
    expect(
      validateContract(ArticleSubmission, submission({ urgency: 12, publishedAt: '0000-01-01T00:00:00Z' })),
    ).toMatchObject({ ok: false, outOfRange: true });
  });

  it('every event contract refuses an out-of-range date, nested ones too', () => {
    const cases: Array<[string, () => unknown, new () => object]> = [
      ['raw publishedAt', () => raw({ publishedAt: OUT_OF_RANGE[0] }), RawArticleEvent],
      ['raw versionCreated', () => raw({ versionCreated: OUT_OF_RANGE[1] }), RawArticleEvent],
      ['raw embargoedUntil', () => raw({ embargoedUntil: OUT_OF_RANGE[2] }), RawArticleEvent],
      ['raw feed.firstCreated', () => raw({ feed: { firstCreated: OUT_OF_RANGE[0] } }), RawArticleEvent],
      [
        'envelope receivedAt',
        () => ({ ...raw({}), envelope: { ...envelope, receivedAt: OUT_OF_RANGE[2] } }),
        RawArticleEvent,
      ],
      ['normalised publishedAt', () => normalised({ publishedAt: OUT_OF_RANGE[0] }), NormalisedArticleEvent],
      ['normalised modifiedAt', () => normalised({ modifiedAt: OUT_OF_RANGE[1] }), NormalisedArticleEvent],
      [
        'normalised feed.versionCreated',
        () => normalised({ feed: { versionCreated: OUT_OF_RANGE[2] } }),
        NormalisedArticleEvent,
      ],
      [
        'stored storedAt',
        () => ({ envelope, articleId, version: 1, change: 'killed', storedAt: OUT_OF_RANGE[0] }),
        StoredArticleEvent,
      ],
    ];
    for (const [what, make, cls] of cases) {
      const r = validateContract(cls, make());
      expect({ what, ok: r.ok, outOfRange: !r.ok && r.outOfRange }).toEqual({ what, ok: false, outOfRange: true });
    }
    expect(validateContract(RawArticleEvent, raw({ publishedAt: EDGES[0], feed: { firstCreated: EDGES[1] } })).ok).toBe(
      true,
    );
    expect(validateContract(NormalisedArticleEvent, normalised({ publishedAt: EDGES[1] })).ok).toBe(true);
  });
});
