import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NormalisedArticle } from '@news/contracts';
import { NINJS_SCHEMA_VERSIONS, ninjsErrors, ninjsExamplesDir } from '../../../../tools/contracts/ninjs-validator';
import { ninjsForm } from './ninjs-forms';
import { paragraphsHtml, toNinjs } from './to-ninjs';

const article: NormalisedArticle = {
  articleId: '0b9c6a8e-3f1d-5a3e-9a51-1d2c3b4a5f60',
  externalId: 'urn:newsml:ntb.no:20250101:ferry',
  url: 'https://ntb.example/ferry',
  canonicalUrl: 'https://ntb.example/ferry?amp=0',
  title: 'Ferry <timetable> & fares',
  text: 'First paragraph with a line\nbreak.\n\nSecond paragraph.',
  authors: ['Kari Nordmann'],
  siteName: 'NTB',
  description: 'A page description.',
  language: 'nb-NO',
  detectedLanguage: 'nb',
  languageConfidence: 0.97,
  publishedAt: new Date('2025-01-01T09:00:00Z'),
  version: 3,
  versionCreated: new Date('2025-01-01T10:00:00Z'),
  pubStatus: 'usable',
  embargoedUntil: new Date('2025-01-01T09:30:00Z'),
  provenance: 'edited',
  feed: {
    urgency: 4,
    subjects: [
      { code: '13010000', name: 'Teknologi' },
      { scheme: 'medtop', code: '20000538', name: 'x', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000538' },
    ],
    genres: [{ code: 'genre:Actuality', uri: 'http://cv.iptc.org/newscodes/genre/Actuality' }],
    byline: 'By Kari Nordmann, NTB',
    description: 'The feed summary.',
    slugline: 'ferry-fares',
    editorialNote: 'Updated fares.',
    located: 'Oslo',
    dateline: 'OSLO, Jan 1 (NTB) -',
    keywords: ['ferry', 'fares'],
    copyright: '© NTB',
    usageTerms: 'No archive.',
    firstCreated: new Date('2024-12-31T23:00:00Z'),
  },
  contentHash: 'a'.repeat(64),
  wordCount: 8,
  qualityFlags: [],
  people: [{ name: 'Kari Nordmann', confidence: 0.91, count: 1, mentions: [] }],
  organisations: [{ name: 'NTB', confidence: 0.8, count: 2, mentions: [] }],
  places: [{ name: 'Oslo', confidence: 0.95, count: 1, mentions: [], countryCode: 'NO' }],
  subjects: [{ code: 'medtop:04000000', name: 'economy, business and finance', confidence: 0.77 }],
  keywords: [{ phrase: 'ferry fares', score: 2.5 }],
};

const ctx = {
  article,
  sourceId: 'ntb',
  duplicates: [{ id: '1b9c6a8e-3f1d-5a3e-9a51-1d2c3b4a5f60', externalId: 'copy-1' }],
  baseUrl: 'https://news.example.com',
};

describe('toNinjs', () => {
  it.each(NINJS_SCHEMA_VERSIONS)('is valid against the official ninjs %s schema', (version) => {
    expect(ninjsErrors(version, ninjsForm(toNinjs(ctx), version))).toEqual([]);
  });

  it('is valid for a kill and for an article with no optional field', () => {
    const bare: NormalisedArticle = {
      articleId: article.articleId,
      title: '',
      text: '',
      version: 1,
      pubStatus: 'canceled',
      contentHash: 'b'.repeat(64),
      wordCount: 0,
      qualityFlags: [],
    };
    for (const version of NINJS_SCHEMA_VERSIONS)
      expect(ninjsErrors(version, ninjsForm(toNinjs({ article: bare, sourceId: 'x' }), version))).toEqual([]);
  });

  it('maps identity, dates, texts, subjects with their schemes and confidences, and links', () => {
    const doc = toNinjs(ctx);
    expect(doc).toMatchObject({
      uri: 'urn:newsml:ntb.no:20250101:ferry',
      version: '3',
      firstcreated: '2024-12-31T23:00:00.000Z',
      versioncreated: '2025-01-01T10:00:00.000Z',
      embargoed: '2025-01-01T09:30:00.000Z',
      pubstatus: 'usable',
      urgency: 4,
      language: 'nb-NO',
      by: 'By Kari Nordmann, NTB',
      headlines: [{ role: 'main', value: 'Ferry <timetable> & fares' }],
      people: [{ name: 'Kari Nordmann', rel: 'mentions' }],
    });
    const subjects = doc.subjects as Array<Record<string, unknown>>;
    expect(subjects).toEqual(
      expect.arrayContaining([
        { name: 'Teknologi', literal: '13010000', creator: 'ntb' },
        {
          name: 'x',
          literal: 'medtop:20000538',
          uri: 'http://cv.iptc.org/newscodes/mediatopic/20000538',
          creator: 'ntb',
        },
        expect.objectContaining({
          literal: 'medtop:04000000',
          uri: 'http://cv.iptc.org/newscodes/mediatopic/04000000',
          creator: 'news-pipeline',
          confidence: 77,
        }),
        expect.objectContaining({ literal: 'person:Kari Nordmann', confidence: 91 }),
        expect.objectContaining({ literal: 'place:Oslo', confidence: 95 }),
        { name: 'ferry', rel: 'keyword', creator: 'ntb' },
      ]),
    );
    expect(doc.altids).toEqual(
      expect.arrayContaining([
        { role: 'articleId', value: article.articleId },
        { role: 'url', value: article.url },
      ]),
    );
    const associations = doc.associations as Array<{ name: string; renditions?: Array<{ href: string }> }>;
    expect(associations.map((a) => a.name)).toEqual(['versions', 'duplicate-1']);
    expect(associations[0].renditions![0].href).toBe(
      `https://news.example.com/v1/articles/${article.articleId}/versions`,
    );
    const bodies = doc.bodies as Array<{ contenttype: string; value: string }>;
    expect(bodies.map((b) => b.contenttype)).toEqual(['text/plain', 'text/html']);
    expect(bodies[1].value).toBe('<p>First paragraph with a line<br/>break.</p><p>Second paragraph.</p>');
  });

  it('spells 3.x in camelCase and leaves 2.0 without confidences', () => {
    const v3 = ninjsForm(toNinjs(ctx), '3.1');
    expect(Object.keys(v3)).toEqual(
      expect.arrayContaining(['versionCreated', 'pubStatus', 'embargoedUntil', 'altIds', 'copyrightNotice']),
    );
    expect(v3.standard).toEqual({
      name: 'ninjs',
      version: '3.1',
      schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json',
    });
    const v20 = ninjsForm(toNinjs(ctx), '2.0');
    expect(JSON.stringify(v20)).not.toContain('confidence');
  });

  it('escapes markup in the HTML body', () => {
    expect(paragraphsHtml('a <b> & "c"')).toBe('<p>a &lt;b&gt; &amp; &quot;c&quot;</p>');
  });

  it('uses a validator that accepts every IPTC example of its version', () => {
    for (const file of readdirSync(ninjsExamplesDir()).filter((f) => f.endsWith('.json'))) {
      const version = file.startsWith('2.1') ? '2.1' : '3.0';
      const doc = JSON.parse(readFileSync(join(ninjsExamplesDir(), file), 'utf8')) as unknown;
      expect({ file, errors: ninjsErrors(version, doc) }).toEqual({ file, errors: [] });
    }
  });
});
