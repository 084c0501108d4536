import { cleanArticle } from '../clean-article';
import { countStartTags, MAX_DOM_ELEMENTS } from './streaming-extract';

const story = [
  'The city council voted on Tuesday to expand the bus network, adding three routes that will connect the ' +
    'northern suburbs with the central station by the end of next year.',
  'Officials said the plan, which has been debated for almost two years, would cost about 40 million euros and ' +
    'be paid for partly by a regional transport fund.',
  'Opposition members argued that the money would be better spent on repairing existing roads, but the motion ' +
    'passed with a comfortable majority of the council.',
];

function page(filler: number): string {
  const menu = `<nav>${'<a href="/x">Section</a>'.repeat(filler)}</nav>`;
  return (
    `<!doctype html><html><head><title>Council expands bus ` +
    `network</title></head><body>${menu}<article>${story.map((p) => `<p>${p}</p>`).join('')}</article><footer><a ` +
    `href="/a">About</a> <a href="/b">Contact</a></footer></body></html>`
  );
}

describe('countStartTags', () => {
  it('counts tag starts up to just past the limit, not comparison signs', () => {
    expect(countStartTags('<p>a < b</p><br/><!-- x --><IMG src=x>')).toBe(3);
    expect(countStartTags('<i>'.repeat(50_000), 100)).toBe(101);
  });
});

describe('HTML beyond the DOM limit is read by one streaming pass', () => {
  it('finds the same story on a page over the limit as under it, and says a fallback was used', () => {
    const under = cleanArticle({ body: page(100), contentType: 'text/html' });
    const over = cleanArticle({ body: page(MAX_DOM_ELEMENTS + 10), contentType: 'text/html' });
    expect(under.paragraphs).toEqual(story);
    expect(under.qualityFlags).not.toContain('extraction_fallback_used');
    expect(over.paragraphs).toEqual(story);
    expect(over.title).toBe('Council expands bus network');
    expect(over.qualityFlags).toContain('extraction_fallback_used');
  });

  it('cleans 170,000 unclosed tags into a flagged result', () => {
    const r = cleanArticle({ body: '<i>'.repeat(170_000), contentType: 'text/html' });
    expect(r.text).toBe('');
    expect(r.qualityFlags).toContain('empty_after_cleaning');
  });
});
