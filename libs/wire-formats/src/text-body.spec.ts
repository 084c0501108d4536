import { wireFixture } from './fixture';
import { parseHtmlBody, parsePlainText } from './text-body';

describe('HTML and plain-text bodies', () => {
  it('takes metadata from the request and the title from <title> when none is given', () => {
    const r = parseHtmlBody(wireFixture('article.html'), { sourceId: 's', url: 'https://news.example.com/ferry' });
    expect(r.items[0]).toMatchObject({
      sourceId: 's',
      url: 'https://news.example.com/ferry',
      title: 'Ferry timetable changes',
      contentType: 'text/html',
      format: 'html',
    });
    expect(parseHtmlBody('<p>x</p>', { title: 'Given' }).items[0].title).toBe('Given');
  });

  it('reads plain text as one article', () => {
    const r = parsePlainText(Buffer.from(wireFixture('article.txt')), {
      sourceId: 's',
      externalId: 'e1',
      language: 'en',
    });
    expect(r.batch).toBe(false);
    expect(r.items[0]).toMatchObject({ externalId: 'e1', language: 'en', contentType: 'text/plain', format: 'text' });
    expect(r.items[0].body).toContain('every 40 minutes');
  });

  it('refuses a body with no words (422) instead of storing it empty', () => {
    for (const body of ['', '   \n\t ', '-- * --']) {
      expect(parsePlainText(body, { externalId: 'e' }).errors).toEqual([
        {
          index: 0,
          field: 'body',
          messages: ['no text: the item carries no body, description or other story text'],
          status: 422,
        },
      ]);
    }
  });

  it('derives a headline from the first sentence when none is given, but not for a scraped page', () => {
    const brief = 'Train drivers will strike on Friday, the union said. Talks broke down on Monday.';
    expect(parsePlainText(brief, { externalId: 'e' }).items[0]).toMatchObject({
      title: 'Train drivers will strike on Friday, the union said.',
      headlineDerived: true,
    });
    expect(parsePlainText(brief, { externalId: 'e', provenance: 'scraped' }).items[0].title).toBeUndefined();
  });
});
