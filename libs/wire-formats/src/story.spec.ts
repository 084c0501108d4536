import { deriveHeadline, storyItem, visibleText } from './story';

describe('visibleText', () => {
  it('gives the words of an HTML body, blocks on lines, scripts and titles left out', () => {
    expect(
      visibleText(
        '<html><head><title>T</title></head><body><p>One &amp; ' +
          'two</p><script>x()</script><p>Three&#233;</p></body></html>',
        true,
      ),
    ).toBe('One & two\nThreeé');
    expect(visibleText('x<y and y>z', false)).toBe('x<y and y>z');
  });
});

describe('deriveHeadline', () => {
  it('takes the first sentence of at least three words', () => {
    expect(deriveHeadline('Mr. Smith went to Washington. He stayed.')).toBe('Mr. Smith went to Washington.');
    expect(deriveHeadline('\n\nTrain drivers strike\nMore text.')).toBe('Train drivers strike');
    expect(deriveHeadline('東京で地震があった。被害はない。')).toBe('東京で地震があった。');
  });

  it('cuts a long first sentence at a word', () => {
    const h = deriveHeadline(`${'word '.repeat(100)}end.`)!;
    expect(h.length).toBeLessThanOrEqual(200);
    expect(h.endsWith('word')).toBe(true);
  });
});

describe('storyItem', () => {
  it('flags a derived headline and keeps a given one', () => {
    expect(storyItem({ body: 'Flash: markets fall sharply today.' }, 0)).toEqual({
      body: 'Flash: markets fall sharply today.',
      title: 'Flash: markets fall sharply today.',
      headlineDerived: true,
    });
    expect(storyItem({ title: 'Given', body: 'Text.' }, 0)).toEqual({ title: 'Given', body: 'Text.' });
  });

  it('refuses, 422, what is not text or has none', () => {
    expect(storyItem({ body: 'x' }, 3, { notText: 'a picture' })).toEqual({
      index: 3,
      field: 'type',
      messages: ['not a text item: a picture'],
      status: 422,
    });
    expect(storyItem({ body: '<p>&nbsp;</p>', contentType: 'text/html' }, 0)).toMatchObject({
      status: 422,
      field: 'body',
    });
    expect(storyItem({}, 0, { remote: 'https://x.example/t (remoteContent)' })).toMatchObject({
      status: 422,
      messages: [
        "remote content: the item's text is only at https://x.example/t (remoteContent), which ingest does not " +
          'fetch; send the text inline',
      ],
    });
  });
});
