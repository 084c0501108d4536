import { htmlToBlocks } from './html-blocks';

const texts = (html: string) => htmlToBlocks(html).map((b) => b.text);

describe('htmlToBlocks: structure-preserving HTML to text in one streaming pass', () => {
  it('makes blocks paragraphs, <br> line breaks, list items paragraphs', () => {
    expect(
      texts(
        '<h1>Head</h1><p>One<br/>two</p><div>Three <b>bold</b> <a ' +
          'href="/x">link</a></div><ol><li>A</li><li>B</li></ol>',
      ),
    ).toEqual(['Head', 'One\ntwo', 'Three bold link', 'A', 'B']);
  });

  it('treats two <br> in a row as a paragraph break and source newlines as spaces', () => {
    expect(texts('First\nline<br><br>\n<br>Second')).toEqual(['First line', 'Second']);
  });

  it('keeps a table as one block of rows and tab-separated cells, and a one-cell layout table as a paragraph', () => {
    const blocks = htmlToBlocks(
      '<table><thead><tr><th>Team</th><th>Pts</th></tr></thead><tbody><tr><td>Arsenal</td><td>12</td></tr><tr>' +
        '<td>Leeds<br>United</td><td>9</td></tr></tbody></table><table><tr><td>Just text.</td></tr></table>',
    );
    expect(blocks.map((b) => [b.text, b.table])).toEqual([
      ['Team\tPts\nArsenal\t12\nLeeds United\t9', true],
      ['Just text.', false],
    ]);
  });

  it('reads <pre> like plain text (column tables inside it included)', () => {
    expect(
      htmlToBlocks('<pre>Arsenal    2   Chelsea   1\nLeeds      3   Fulham    2</pre>').map((b) => [b.text, b.table]),
    ).toEqual([['Arsenal\t2\tChelsea\t1\nLeeds\t3\tFulham\t2', true]]);
  });

  it('drops scripts, styles, templates, the head and form widgets with their content; decodes entities once', () => {
    expect(
      texts(
        '<html><head><title>T</title><style>p{}</style></head><body><script>a<b</script><p>AT&amp;T &amp;amp; ' +
          '&lt;p&gt;</p><template><p>x</p></template><button>Click</button></body></html>',
      ),
    ).toEqual(['AT&T &amp; <p>']);
  });

  it('counts the characters inside links', () => {
    const [block] = htmlToBlocks('<p>Read <a href="/a">this story</a> now</p>');
    expect(block.linkChars).toBe('this story'.length);
  });
});
