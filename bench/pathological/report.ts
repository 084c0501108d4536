export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Row {
  variant: string;
  case: string;
  slowMs: number | null;
  canaryMs: number | null;
}

const cell = (values: Array<number | null>, mid: (xs: number[]) => number): string => {
  const ok = values.filter((v): v is number => v !== null);
  const missing = values.length - ok.length;
  if (ok.length === 0) return 'not stored';
  const s = (mid(ok) / 1000).toFixed(2);
  return missing > 0 ? `${s} s (${missing} not stored)` : `${s} s`;
};

/** Median seconds to stored, per case and variant: the hostile article, and the canary pushed behind it. */
export function renderTable(rows: Row[], variants: string[], mid: (xs: number[]) => number): string {
  const cases = [...new Set(rows.map((r) => r.case))];
  const head = `| case | ${variants.map((v) => `${v}: article | ${v}: canary`).join(' | ')} |`;
  const rule = `|---|${variants.map(() => '---|---').join('|')}|`;
  const body = cases.map((c) => {
    const cells = variants.flatMap((v) => {
      const mine = rows.filter((r) => r.case === c && r.variant === v);
      return [
        cell(
          mine.map((r) => r.slowMs),
          mid,
        ),
        cell(
          mine.map((r) => r.canaryMs),
          mid,
        ),
      ];
    });
    return `| ${c} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...body].join('\n');
}
