import { countWords } from '../text-normalise';
import { structurePlainText } from './plain-structure';

const texts = (body: string) => structurePlainText(body).map((u) => u.text);

describe('structurePlainText: paragraphs, hard wraps and tables, every word kept', () => {
  it('splits paragraphs at blank lines and keeps one line per paragraph otherwise', () => {
    expect(texts('First line.\nSecond line.\n\n  Third  paragraph.  \r\n')).toEqual([
      'First line.',
      'Second line.',
      'Third paragraph.',
    ]);
  });

  it('joins an ANPA-style hard-wrapped block, splitting at lines that end early', () => {
    const body = [
      'The regional council voted on Tuesday to expand the bus network, adding',
      'three routes that will connect the northern suburbs with the central',
      'station by the end of next year.',
      'Officials said the plan would cost about 40 million euros and be paid',
      'for partly by a regional transport fund.',
    ].join('\n');
    const out = texts(body);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(
      /^The regional council .* adding three routes .* central station by the end of next year\.$/,
    );
    expect(countWords(out.join(' '))).toBe(countWords(body));
  });

  it('does not join lists, menus or one-paragraph-per-line text', () => {
    const list = ['- Two eggs', '- One cup of milk', '- A pinch of salt'].join('\n');
    expect(texts(list)).toHaveLength(3);
    const lines = [
      'A sentence that is long enough to be a paragraph of its own, ending here.',
      'Short one.',
      'Another line that stands alone as a paragraph and ends with a stop.',
    ];
    expect(texts(lines.join('\n'))).toEqual(lines);
  });

  it('keeps tabular lines as a table: rows by newline, cells by tab', () => {
    const units = structurePlainText(
      'Results:\nArsenal      2   Chelsea    1\nLiverpool    0   Everton    0\nAfter the games.',
    );
    expect(units).toEqual([
      { text: 'Results:', table: false },
      { text: 'Arsenal\t2\tChelsea\t1\nLiverpool\t0\tEverton\t0', table: true },
      { text: 'After the games.', table: false },
    ]);
  });

  it('reads tab-separated election tallies and market data as tables', () => {
    expect(structurePlainText('Party\tVotes\t%\nGreens\t12,345\t23.4\nLiberals\t9,876\t18.7')[0].table).toBe(true);
    expect(structurePlainText('DAX    15,234.50   +0.4%\nCAC 40  7,301.10   -0.2%')[0].table).toBe(true);
  });

  it('does not take prose with two spaces after full stops for a table', () => {
    const units = structurePlainText(
      'He left.  She stayed for the rest of the long evening.\nThey met again.  It was late and everyone had ' +
        'gone home.',
    );
    expect(units.every((u) => !u.table)).toBe(true);
  });
});

describe('structurePlainText on hostile input', () => {
  it('takes 300,000 short paragraphs (more units than a call may take as arguments)', () => {
    expect(structurePlainText('Home\n\n'.repeat(300_000))).toHaveLength(300_000);
  });
});

describe('structurePlainText beyond MAX_STRUCTURED_LINES', () => {
  it('keeps each block as one paragraph with its line breaks, spaces collapsed', () => {
    const body = `${'a  b \n'.repeat(15_000)}\n\n${' c\u00A0 d\n\n'.repeat(2)}${'e\n'.repeat(10_000)}`;
    const units = structurePlainText(body);
    expect(units.map((u) => u.text.split('\n').length)).toEqual([15_000, 1, 1, 10_000]);
    expect(units[0].text.startsWith('a b\na b\n')).toBe(true);
    expect(units[1].text).toBe('c d');
  });
});
