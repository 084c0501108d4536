/** Case, digits and spacing do not make a line new ("© 2025" and "© 2026" are one line). */
export function lineFingerprint(line: string): string {
  return line
    .toLowerCase()
    .normalize('NFC')
    .replace(/\d+/g, '0')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 200);
}
