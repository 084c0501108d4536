import { countWords, normaliseLines, titleText } from './text-normalise';

describe('titleText', () => {
  it('drops markup, and scripts and styles with their content', () => {
    expect(titleText(`<script>alert('x')</script>Harbour <b>reopens</b><style>b{}</style>`)).toBe('Harbour reopens');
  });

  it('decodes entities and removes markup revealed by decoding (double-escaped feeds)', () => {
    expect(titleText('Profits &amp; losses')).toBe('Profits & losses');
    expect(titleText('&lt;em&gt;Breaking&lt;/em&gt;: floods')).toBe('Breaking: floods');
  });

  it('keeps plain titles, comparison signs included', () => {
    expect(titleText('  Inflation  < 2% for the first time ')).toBe('Inflation < 2% for the first time');
  });

  it('never turns a double-escaped tag into markup (what decoding reveals is stripped too)', () => {
    expect(titleText('&amp;lt;img src=x onerror=alert(1)&amp;gt;Ferry')).toBe('Ferry');
    expect(titleText('&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;Ferry')).toBe('Ferry');
  });
});

describe('countWords', () => {
  it('counts words of scripts written without spaces (not one word per run)', () => {
    expect(countWords('政府は月曜日、北部に二つの新しい病院を建設すると発表した。')).toBeGreaterThan(8);
    expect(countWords('Tokyo 東京 2024')).toBe(3);
  });

  it('keeps the Latin path: joined words count once, emoji and punctuation not at all', () => {
    expect(countWords("don't stop the well-known band")).toBe(5);
    expect(countWords('😀 🎉 ... — !')).toBe(0);
    expect(countWords('می‌گوید')).toBe(1);
  });
});

describe('normaliseLines', () => {
  it('keeps line breaks and tabs, drops empty cells and lines, collapses other whitespace', () => {
    expect(normaliseLines(' Team \t\t Pts \n\n Arsenal\u00A0FC \t 12 \t\n\t\n')).toBe('Team\tPts\nArsenal FC\t12');
    expect(normaliseLines('Cafe\u0301\u0007 one\nline  two')).toBe('Café one\nline two');
  });
});
