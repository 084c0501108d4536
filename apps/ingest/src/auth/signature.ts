import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Checks `X-Signature-256: sha256=<hex>` (HMAC-SHA256 of the raw body, as
 * WebSub and GitHub webhooks do) in constant time.
 */
export function signatureMatches(secret: string, rawBody: Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const m = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
  if (!m) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  const given = Buffer.from(m[1], 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function signatureFor(secret: string, rawBody: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}
