import { wireFixture } from './fixture';
import { parseNdjson, parseProjectJson } from './project-json';
import { WireFormatError } from './types';

describe('project JSON', () => {
  it('reads one article as a single (non-batch) item', () => {
    const r = parseProjectJson(wireFixture('project-article.json'));
    expect(r.batch).toBe(false);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ sourceId: 'example-wire', externalId: 'ex-2026-0001', version: 1 });
  });

  it('reads a JSON array as a batch and names non-objects by index', () => {
    const r = parseProjectJson('[{"externalId":"a","body":"x"}, 42, null]', { sourceId: 'auth-src' });
    expect(r.batch).toBe(true);
    expect(r.items).toEqual([{ sourceId: 'auth-src', externalId: 'a', body: 'x' }]);
    expect(r.errors.map((e) => e.index)).toEqual([1, 2]);
  });

  it('keeps a sourceId the item gave (ingest decides whether it is allowed)', () => {
    expect(parseProjectJson('{"sourceId":"other","body":"x"}', { sourceId: 'mine' }).items[0].sourceId).toBe('other');
  });

  it('reads bodyHtml as the body declared HTML, and refuses it beside a body', () => {
    const r = parseProjectJson(JSON.stringify({ externalId: 'a', bodyHtml: '<p>One.</p><p>Two.</p>' }), { sourceId: 's' });
    expect(r.items[0]).toEqual({ sourceId: 's', externalId: 'a', body: '<p>One.</p><p>Two.</p>', contentType: 'text/html' });
    const both = parseProjectJson(JSON.stringify({ externalId: 'a', body: 'x', bodyHtml: '<p>y</p>' }));
    expect(both.errors[0]).toMatchObject({ field: 'bodyHtml', messages: [expect.stringMatching(/not both/)] });
  });

  it('refuses a body that is not JSON', () => {
    expect(() => parseProjectJson('{"sourceId": ')).toThrow(WireFormatError);
    expect(() => parseProjectJson(Buffer.from(''))).toThrow(/not valid JSON/);
  });

  it('reads NDJSON line by line: a bad line is that item\'s error, blank lines are skipped', () => {
    const r = parseNdjson(wireFixture('project-articles.ndjson'));
    expect(r.items.map((i) => i.externalId)).toEqual(['ex-nd-1', 'ex-nd-3']);
    expect(r.indexes).toEqual([0, 2]);
    expect(r.errors).toEqual([expect.objectContaining({ index: 1, field: '(item)' })]);
    expect(parseNdjson('').items).toEqual([]);
  });
});
