import { parseAppleNews } from './apple-news';

describe('Apple News Format', () => {
  it('reads title, byline and the text components in order; layout and pictures are not text', () => {
    const doc = {
      version: '1.7',
      identifier: 'crosscheck-1',
      title: 'Does the road toll cost $30 billion?',
      language: 'en',
      metadata: {
        datePublished: '2019-02-06T20:44:24+11:00',
        canonicalURL: 'https://example.com/a',
        authors: ['Jo Lee'],
      },
      components: [
        {
          role: 'container',
          components: [
            { role: 'title', text: 'Does the road toll cost $30 billion?' },
            { role: 'byline', text: 'By Jo Lee' },
          ],
        },
        { role: 'heading', text: 'The Statement' },
        { role: 'body', format: 'html', text: '<p>In reality, the road toll costs us $30 billion.</p>' },
        { role: 'photo', URL: 'bundle://a.jpg' },
        { role: 'body', text: 'Mostly true & checked.' },
      ],
    };
    expect(parseAppleNews(JSON.stringify(doc), { sourceId: 's' }).items[0]).toMatchObject({
      externalId: 'crosscheck-1',
      url: 'https://example.com/a',
      title: 'Does the road toll cost $30 billion?',
      body:
        '<h2>The Statement</h2>\n<p>In reality, the road toll costs us $30 billion.</p>\n<p>Mostly true &amp; ' +
        'checked.</p>',
      byline: 'By Jo Lee',
      authors: ['Jo Lee'],
      language: 'en',
      publishedAt: '2019-02-06T09:44:24.000Z',
      format: 'apple-news',
    });
  });
});
