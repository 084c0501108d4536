/**
 * Hostile bodies that any super-linear step of cleaning turns into a long stall
 * of the partition behind them (docs/cleaning.md, "Bounded time"), with edited
 * and plain-text relatives. Built in memory.
 */

export interface PathologicalCase {
  name: string;
  contentType: 'text/html' | 'text/plain';
  provenance?: 'edited' | 'scraped' | 'unknown';
  body: () => string;
}

const EMPTY_PARAGRAPHS_518K = Math.round((518 * 1024) / '<p></p>'.length);

export const CASES: PathologicalCase[] = [
  ...[21_000, 42_000, 85_000, 170_000].map((n) => ({
    name: `${n} unclosed <i>`,
    contentType: 'text/html' as const,
    body: () => '<i>'.repeat(n),
  })),
  { name: '170000 unclosed <p>', contentType: 'text/html', body: () => '<p>'.repeat(170_000) },
  { name: '100000 <td>', contentType: 'text/html', body: () => '<td>'.repeat(100_000) },
  { name: '50000 <a href=x>', contentType: 'text/html', body: () => '<a href=x>'.repeat(50_000) },
  {
    name: '518 KB empty paragraphs (x19 in the issue)',
    contentType: 'text/html',
    body: () => '<p></p>'.repeat(EMPTY_PARAGRAPHS_518K),
  },
  {
    name: '170000 unclosed <i>, edited',
    contentType: 'text/html',
    provenance: 'edited',
    body: () => '<i>'.repeat(170_000),
  },
  {
    name: '518 KB empty paragraphs, edited',
    contentType: 'text/html',
    provenance: 'edited',
    body: () => '<p></p>'.repeat(EMPTY_PARAGRAPHS_518K),
  },
  {
    name: '20000 nested <div> around a sentence',
    contentType: 'text/html',
    body: () => `${'<div>'.repeat(20_000)}<p>Deep text, a real sentence.</p>${'</div>'.repeat(20_000)}`,
  },
  {
    name: '170000 unclosed <i> then 170000 </b>',
    contentType: 'text/html',
    body: () => `${'<i>'.repeat(170_000)}${'</b>'.repeat(170_000)}`,
  },
  { name: '2 MB single line (text/plain)', contentType: 'text/plain', body: () => 'word '.repeat(400_000) },
  { name: '100000 short lines (text/plain)', contentType: 'text/plain', body: () => 'Home\n'.repeat(100_000) },
];
