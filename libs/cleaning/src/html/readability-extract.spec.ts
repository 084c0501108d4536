import { parseHTML } from 'linkedom';
import { innerTextLength, isValidByline, linkDensity } from './readability-extract';

const reference = (node: Node) => (node.textContent ?? '').trim().replace(/\s{2,}/g, ' ').length;

describe('Readability helpers', () => {
  const { document } = parseHTML(`<html><body><div id="d">
    <p>  Lead   text\twith <a href="/x">a   link</a> and <a href="#top">an anchor</a>.  </p>
    <!-- a comment --><p>\u00a0\u2003 more \n\n text <b> bold</b></p><p></p><p>   </p>
    <div class="byline author">By Jane Doe</div><span rel="author">   </span>
  </div></body></html>`);

  it('innerTextLength equals the length of Readability’s normalised inner text', () => {
    for (const el of Array.from(document.querySelectorAll('*'))) expect(innerTextLength(el)).toBe(reference(el));
    const text = document.createTextNode('  a  b ');
    expect(innerTextLength(text)).toBe(3);
  });

  it('linkDensity weighs in-page links 0.3', () => {
    const d = document.getElementById('d')!;
    const expected =
      (reference(d.querySelectorAll('a')[0]) + 0.3 * reference(d.querySelectorAll('a')[1])) / reference(d);
    expect(linkDensity(d, /^#.+/)).toBeCloseTo(expected, 12);
    expect(linkDensity(document.querySelectorAll('p')[3], /^#.+/)).toBe(0);
  });

  it('isValidByline needs a byline hint and 1–99 characters of text', () => {
    const byline = /byline|author|dateline|writtenby|p-author/i;
    const div = document.querySelector('div.byline')!;
    expect(isValidByline(div, 'byline author ', byline)).toBe(true);
    expect(isValidByline(div, 'story ', byline)).toBe(false);
    expect(isValidByline(document.querySelector('span')!, ' ', byline)).toBe(false);
  });
});
