import { languageSample } from './language-sample';

const para = (word: string, n: number) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ') + '.';

describe('languageSample', () => {
  it('leaves a text within the budget as it is', () => {
    const text = `${para('a', 20)}\n\n${para('b', 20)}`;
    expect(languageSample(text, 1_000)).toBe(text);
  });

  it('takes stretches from the start, the middle and the end of a long text', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => para(`p${i}w`, 15));
    const text = paragraphs.join('\n\n');
    const sample = languageSample(text, 600);
    expect(sample.length).toBeLessThanOrEqual(600);
    const words = sample.split(/\s+/);
    // whole words of the text only, never a cut one
    const all = new Set(text.split(/\s+/));
    for (const w of words) expect(all.has(w)).toBe(true);
    expect(sample.startsWith(paragraphs[0].slice(0, 40))).toBe(true);
    expect(words.some((w) => /^p1[3-6]w/.test(w))).toBe(true);
    expect(sample.endsWith(paragraphs[29].slice(-40))).toBe(true);
  });

  it('keeps a change of language part-way through visible', () => {
    const english = Array.from({ length: 20 }, () => 'The minister said the talks would continue next week.').join(' ');
    const french = Array.from(
      { length: 20 },
      () => 'Le ministre a déclaré que les négociations se poursuivraient.',
    ).join(' ');
    const sample = languageSample(`${english}\n\n${french}`, 900);
    expect(sample).toContain('The minister');
    expect(sample).toContain('Le ministre');
  });

  it('cuts one long paragraph at spaces, never inside a word', () => {
    const text = para('word', 2_000);
    const sample = languageSample(text, 300);
    expect(sample.length).toBeLessThanOrEqual(300);
    for (const w of sample.split(/\s+/)) expect(w).toMatch(/^word\d+\.?$/);
  });
});
