import { formatFor, parserFor } from './content-types';
import { wireFixture } from './fixture';

describe('Content-Type decides the parser', () => {
  it.each([
    ['application/json; charset=utf-8', 'json'],
    ['application/x-ndjson', 'ndjson'],
    ['application/ninjs+json', 'ninjs'],
    ['application/vnd.iptc.g2.newsitem+xml', 'newsml-g2'],
    ['application/rss+xml', 'rss'],
    ['application/atom+xml', 'atom'],
    ['text/html', 'html'],
    ['TEXT/PLAIN; charset=UTF-8', 'text'],
    ['application/xml', 'xml'],
    ['application/vnd.example+json', 'json'],
  ])('%s → %s', (ct, format) => {
    expect(formatFor(ct)).toBe(format);
  });

  it('knows nothing of other types (415)', () => {
    expect(parserFor('application/pdf')).toBeUndefined();
    expect(parserFor(undefined)).toBeUndefined();
    expect(parserFor('multipart/form-data; boundary=x')).toBeUndefined();
  });

  it('sniffs generic XML: NewsML-G2, RSS or Atom', async () => {
    expect((await parserFor('text/xml')!(wireFixture('newsml-newsitem.xml'), {})).items[0].format).toBe('newsml-g2');
    expect((await parserFor('text/xml')!(wireFixture('rss-2.xml'), {})).items[0].format).toBe('rss');
    expect((await parserFor('application/xml')!(wireFixture('atom.xml'), {})).items[0].format).toBe('atom');
  });
});
