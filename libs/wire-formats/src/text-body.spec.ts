import { wireFixture } from './fixture';
import { parseHtmlBody, parsePlainText } from './text-body';

describe('HTML and plain-text bodies', () => {
  it('takes metadata from the request and the title from <title> when none is given', () => {
    const r = parseHtmlBody(wireFixture('article.html'), { sourceId: 's', url: 'https://news.example.com/ferry' });
    expect(r.items[0]).toMatchObject({ sourceId: 's', url: 'https://news.example.com/ferry', title: 'Ferry timetable changes', contentType: 'text/html', format: 'html' });
    expect(parseHtmlBody('<p>x</p>', { title: 'Given' }).items[0].title).toBe('Given');
  });

  it('reads plain text as one article', () => {
    const r = parsePlainText(Buffer.from(wireFixture('article.txt')), { sourceId: 's', externalId: 'e1', language: 'en' });
    expect(r.batch).toBe(false);
    expect(r.items[0]).toMatchObject({ externalId: 'e1', language: 'en', contentType: 'text/plain', format: 'text' });
    expect(r.items[0].body).toContain('every 40 minutes');
  });

  it('leaves an empty body empty for the contract to refuse', () => {
    expect(parsePlainText('').items[0].body).toBe('');
  });
});
