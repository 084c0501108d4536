import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalRequest, RequestParts } from './canonical-request';

export const SIGNATURE_HEADER = 'x-signature-256';
export const SIGNATURE_TIMESTAMP_HEADER = 'x-signature-timestamp';

/** Why a signature was refused, said to the sender (never the expected value). */
export type SignatureVerdict = { ok: true } | { ok: false; reason: string };

/** `sha256=<hex>`: HMAC-SHA256 of the canonical request at this timestamp (unix seconds). */
export function signatureFor(secret: string, parts: RequestParts, timestamp: string): string {
  return `sha256=${createHmac('sha256', secret).update(canonicalRequest(parts, timestamp)).digest('hex')}`;
}

function one(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.trim() : undefined;
}

/**
 * Checks `X-Signature-256: sha256=<hex>` over the canonical request (method,
 * path, query, the metadata headers, `X-Signature-Timestamp`, the body's hash)
 * in constant time, and that the timestamp is within `windowSeconds` of now
 * either way, so a captured push cannot be replayed with other metadata, nor
 * as it was once the window has passed.
 */
export function verifySignature(
  secret: string,
  parts: RequestParts,
  options: { windowSeconds: number; nowMs?: number },
): SignatureVerdict {
  const header = one(parts.headers[SIGNATURE_HEADER]);
  const timestamp = one(parts.headers[SIGNATURE_TIMESTAMP_HEADER]);
  if (!header) return { ok: false, reason: 'X-Signature-256 is missing' };
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) {
    return {
      ok: false,
      reason:
        'X-Signature-Timestamp (unix seconds) is missing or malformed; a signature of the body alone is not accepted',
    };
  }
  const skew = Math.abs((options.nowMs ?? Date.now()) / 1000 - Number(timestamp));
  if (skew > options.windowSeconds) {
    return {
      ok: false,
      reason: `X-Signature-Timestamp is more than ${options.windowSeconds} s from the server's time`,
    };
  }
  const m = /^sha256=([0-9a-fA-F]{64})$/.exec(header);
  const expected = Buffer.from(signatureFor(secret, parts, timestamp).slice('sha256='.length), 'hex');
  const given = m ? Buffer.from(m[1], 'hex') : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return {
      ok: false,
      reason:
        'X-Signature-256 does not match the request (HMAC-SHA256 of the canonical request: docs/ingest.md, ' +
        '"Signed pushes")',
    };
  }
  return { ok: true };
}
