import { parseHtmlDocument } from './parse-html';
import { blockTexts } from './block-text';

const PAGE = `<html><body><nav>Home News</nav><h1>Title here</h1>
<p>First <a href="/a">linked words</a> paragraph.</p><div hidden>secret</div>
<ul><li>One</li><li>Two<br>Three</li></ul><table><tr><td>A</td><td>B</td></tr></table>
<div class="x"><span>Skipped</span></div><p>Last <img src="i.png">line</p></body></html>`;

describe('blockTexts', () => {
  it('splits rendered text on block boundaries, with link characters and block tags', () => {
    const root = parseHtmlDocument(PAGE).body;
    const stats = { maxDepth: 0 };
    const blocks = blockTexts(root, { stats, skip: (el) => el.getAttribute('class') === 'x' });
    expect(blocks.map((b) => [b.text, b.tag])).toEqual([
      ['Home News', 'NAV'],
      ['Title here', 'H1'],
      ['First linked words paragraph.', 'P'],
      ['One', 'LI'],
      ['Two', 'LI'],
      ['Three', 'LI'],
      ['A', 'TD'],
      ['B', 'TD'],
      ['Last line', 'P'],
    ]);
    expect(blocks[2].linkChars).toBe('linked words'.length);
    expect(stats.maxDepth).toBe(4); // body (0) > table > tr > td > text
  });

  it('maxBlocks stops building text but still walks the whole tree', () => {
    const root = parseHtmlDocument(PAGE).body;
    const seen: string[] = [];
    const all = blockTexts(root, { skip: (el) => (seen.push(el.tagName), false) });
    const seenLimited: string[] = [];
    const stats = { maxDepth: 0 };
    const top = blockTexts(root, { maxBlocks: 3, stats, skip: (el) => (seenLimited.push(el.tagName), false) });
    expect(top).toEqual(all.slice(0, 3));
    expect(seenLimited).toEqual(seen);
    expect(stats.maxDepth).toBeGreaterThan(0);
  });

  it('handles a childless root and a text root', () => {
    const document = parseHtmlDocument('<p></p>');
    expect(blockTexts(document.body.firstChild!)).toEqual([]);
    expect(blockTexts(document.createTextNode('  hi  '))).toEqual([{ text: 'hi', linkChars: 0, tag: 'DIV' }]);
  });
});
