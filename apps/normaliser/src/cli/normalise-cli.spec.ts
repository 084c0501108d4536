import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { normaliseDocument, normaliseLine } from './normalise-cli';

const ROOT = join(__dirname, '..', '..', '..', '..');

describe('normaliseDocument / normaliseLine', () => {
  const html = {
    id: 'a1',
    url: 'https://example.com/story?utm_source=feed',
    contentType: 'text/html' as const,
    body:
      '<html><head><meta property="og:site_name" content="Example"></head><body><article><h1>Headline</h1><p>The ' +
      'first paragraph of the story is long enough to be kept, and it ends with a full stop.</p><p>The second ' +
      'paragraph adds more detail about what happened on the day, as told by ' +
      'witnesses.</p></article></body></html>',
  };

  it('composes cleaning into one output record with metadata', () => {
    const out = normaliseDocument(html);
    expect(out).toMatchObject({
      id: 'a1',
      title: 'Headline',
      siteName: 'Example',
      canonicalUrl: 'https://example.com/story',
    });
    expect(out.text.split('\n\n')).toHaveLength(2);
  });

  it('turns every bad line into an error record naming the problem', () => {
    expect(normaliseLine('{oops')).toEqual({ id: null, error: expect.stringMatching(/^invalid JSON/) });
    expect(normaliseLine('[1,2]')).toEqual({ id: null, error: 'line is not a JSON object' });
    expect(normaliseLine('{"id":"x","url":"","contentType":"text/html"}')).toEqual({
      id: 'x',
      error: 'missing field "body"',
    });
    expect(normaliseLine('{"id":"x","url":"","contentType":"image/png","body":""}')).toEqual({
      id: 'x',
      error: 'field "contentType" must be text/html or text/plain, got "image/png"',
    });
    expect(normaliseLine('{"id":"x","url":"","contentType":"text/plain","body":5}')).toEqual({
      id: 'x',
      error: 'field "body" must be a string',
    });
    expect(normaliseLine('{"id":"x","url":"","contentType":"text/plain","body":"b","provenance":"wire"}')).toEqual({
      id: 'x',
      error: 'field "provenance" must be one of edited, scraped, unknown, got "wire"',
    });
  });

  it('cleans by the provenance a line declares: edited copy keeps its byline line', () => {
    const line = (provenance: string) =>
      JSON.stringify({
        id: 'e',
        url: '',
        contentType: 'text/plain',
        body: 'By Jane Doe\n\nTalks resumed on Monday.',
        provenance,
      });
    expect(normaliseLine(line('edited'))).toMatchObject({ text: 'By Jane Doe\n\nTalks resumed on Monday.' });
    expect(normaliseLine(line('scraped'))).toMatchObject({ text: 'Talks resumed on Monday.' });
  });
});

describe('npm run normalise (the CLI process)', () => {
  it('writes one output line per input line, in order, without crashing on bad lines', () => {
    const input = [
      JSON.stringify(html()),
      'not json',
      '',
      JSON.stringify({
        ...html(),
        id: 'b2',
        contentType: 'text/plain',
        body: 'Plain text story line that is long enough, with words and a full stop.',
      }),
    ].join('\n');
    const res = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'apps/normaliser/src/cli/normalise-cli.ts'],
      {
        cwd: ROOT,
        input,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(res.status).toBe(0);
    const lines = res.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string | null; error?: string; text?: string });
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => l.id)).toEqual(['h', null, null, 'b2']);
    expect(lines[0].text).toContain('first paragraph');
    expect(lines[1].error).toMatch(/invalid JSON/);
    expect(lines[2].error).toMatch(/empty line/);
    expect(lines[3].error).toBeUndefined();
  });

  function html() {
    return {
      id: 'h',
      url: 'https://example.com/h',
      contentType: 'text/html',
      body: '<p>The first paragraph of the story is long enough to be kept, and it ends with a full stop.</p>',
    };
  }
});
