import { ForbiddenException, HttpException, HttpStatus, UnauthorizedException } from '@nestjs/common';
import type { SourceConfig, SourceRegistry } from './source-registry';
import type { RequestParts } from './canonical-request';
import { verifySignature } from './signature';
import type { RequestLimiter } from './rate-limiter';

export interface PushCaller {
  /** The authenticated source; undefined only in open mode when the request names none. */
  sourceId?: string;
  source?: SourceConfig;
  /** Key for rate limits and Idempotency-Key scope. */
  scope: string;
}

export function apiKeyOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  const auth = headers['authorization'];
  if (typeof auth === 'string') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (m) return m[1];
  }
  const key = headers['x-api-key'];
  return typeof key === 'string' && key.trim() !== '' ? key.trim() : undefined;
}

const unauthorized = (message: string) =>
  new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message });

/**
 * Who is pushing. `keys` mode: a valid API key is required (401), and a
 * source named by the request (X-Source-Id, ?source=) must be the key's own
 * (403). `open` mode (development only): the named source is trusted.
 */
export function authenticate(
  mode: 'keys' | 'open',
  registry: SourceRegistry,
  headers: Record<string, string | string[] | undefined>,
  claimedSource: string | undefined,
): PushCaller {
  const key = apiKeyOf(headers);
  if (mode === 'open' && key === undefined) return { sourceId: claimedSource, scope: claimedSource ?? '(open)' };
  if (key === undefined) throw unauthorized('an API key is required (Authorization: Bearer <key> or X-Api-Key)');
  const source = registry.sourceForKey(key);
  if (!source) throw unauthorized('the API key is not valid');
  if (claimedSource !== undefined && claimedSource !== source.id) throw forbidden(claimedSource);
  return { sourceId: source.id, source, scope: source.id };
}

export function forbidden(sourceId: string): ForbiddenException {
  return new ForbiddenException({
    statusCode: 403,
    error: 'Forbidden',
    message: `the API key does not belong to source "${sourceId}"`,
  });
}

/**
 * A source with an allow-list of senders (e-mail): the message's From
 * address must be on it. Bodies that name no sender are not affected.
 */
export function checkSender(caller: PushCaller, sender: string | undefined): void {
  const allowed = caller.source?.allowedSenders;
  if (!allowed || sender === undefined) return;
  if (!allowed.some((a) => a.toLowerCase() === sender.toLowerCase())) {
    throw new ForbiddenException({
      statusCode: 403,
      error: 'Forbidden',
      message: `sender ${sender} is not on the allow-list of source "${caller.source!.id}"`,
    });
  }
}

/** Per-source HMAC over the canonical request (signature.ts), when the source has a secret. */
export function checkSignature(caller: PushCaller, parts: RequestParts, windowSeconds: number): void {
  const secret = caller.source?.hmacSecret;
  if (secret === undefined) return;
  const verdict = verifySignature(secret, parts, { windowSeconds });
  if (!verdict.ok) throw unauthorized(verdict.reason);
}

/** Per authenticated source, across ingest's replicas (SharedRateLimiter); open mode (development) has no limit. */
export async function checkRate(limiter: RequestLimiter, caller: PushCaller, defaultPerMinute: number): Promise<void> {
  if (!caller.source) return;
  const perMinute = caller.source?.rateLimitPerMinute ?? defaultPerMinute;
  const wait = await limiter.take(caller.scope, perMinute);
  if (wait > 0) {
    throw new HttpException(
      {
        statusCode: 429,
        error: 'Too Many Requests',
        message: `source ${caller.scope} is over its limit of ${perMinute} requests a minute`,
        retryAfterSeconds: wait,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
