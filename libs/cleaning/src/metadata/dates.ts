const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|' +
  'oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** ISO-8601 (UTC) from a machine date string, or null; years outside 1990–2100 are rejected as junk. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 64) return null;
  const v = value.trim();
  if (!/\d{4}/.test(v)) return null;
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  return year >= 1990 && year <= 2100 ? d.toISOString() : null;
}

const DATELINE = new RegExp(
  `\\b(?:(?:${MONTHS})\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTHS})\\.? \\d{4}|\\d{4}-\\d{2}-\\d{2})(?:,? (?:at ` +
    `)?\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?`,
  'i',
);

/** A date written for readers ("November 19, 2019 | 4:20am", "19 Nov 2019") in a short line. */
export function findVisibleDate(lines: string[]): string | null {
  for (const line of lines) {
    if (line.length > 160) continue;
    const m = DATELINE.exec(line);
    if (!m) continue;
    const iso = toIsoDate(m[0].replace(/\s+at\s+/i, ' ').replace(/([ap])\.?m\.?$/i, ' $1m'));
    if (iso) return iso;
  }
  return null;
}
