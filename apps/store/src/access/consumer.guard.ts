import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { TokenBuckets } from '@news/observability';
import { PROBLEM_TYPES, ProblemException } from '../http/problem';
import { Caller, ConsumerKeys, grants, OPEN_CALLER, Scope } from './consumer-keys';

const REQUIRED_SCOPE = 'store:required-scope';
export const DEFAULT_RATE_LIMIT = Symbol('DEFAULT_RATE_LIMIT');

/** The scope a route needs; routes without it are public (health, the OpenAPI document). */
export const RequireScope = (scope: Scope) => SetMetadata(REQUIRED_SCOPE, scope);

/** The caller the guard identified, for handlers whose answer depends on scopes (embargoed articles). */
export function callerOf(req: Request): Caller {
  return (req as Request & { caller?: Caller }).caller ?? OPEN_CALLER;
}

const bearer = (req: Request): string | undefined =>
  /^Bearer\s+(\S{1,512})\s*$/i.exec(req.header('authorization') ?? '')?.[1];

/**
 * Who is asking, what they may do, and how often: 401 without a known key
 * (keys mode), 403 without the route's scope, 429 with Retry-After past the
 * key's rate. In open mode every caller may read; a known key still counts.
 */
@Injectable()
export class ConsumerGuard implements CanActivate {
  private readonly buckets = new TokenBuckets();

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(ConsumerKeys) private readonly keys: ConsumerKeys,
    @Inject(DEFAULT_RATE_LIMIT) private readonly defaultPerMinute: number,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const scope = this.reflector.getAllAndOverride<Scope | undefined>(REQUIRED_SCOPE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!scope) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const caller = this.identify(req);
    if (!grants(caller.scopes, scope)) {
      throw new ProblemException(403, {
        type: PROBLEM_TYPES.forbidden,
        title: 'Insufficient scope',
        detail: `this route needs the scope "${scope}"; the key of ${caller.id} has ${[...caller.scopes].join(', ')}`,
      });
    }
    if (caller !== OPEN_CALLER) {
      const wait = this.buckets.take(caller.id, caller.rateLimitPerMinute ?? this.defaultPerMinute);
      if (wait > 0) {
        throw new ProblemException(
          429,
          {
            type: PROBLEM_TYPES.rateLimited,
            title: 'Too many requests',
            detail: `rate limit of ${caller.id} reached; retry after ${wait} s`,
            retryAfter: wait,
          },
          { 'Retry-After': String(wait) },
        );
      }
    }
    (req as Request & { caller?: Caller }).caller = caller;
    return true;
  }

  private identify(req: Request): Caller {
    const key = bearer(req);
    const known = key === undefined ? undefined : this.keys.callerForKey(key);
    if (known) return known;
    if (this.keys.mode === 'open') return OPEN_CALLER;
    throw new ProblemException(
      401,
      {
        type: PROBLEM_TYPES.unauthenticated,
        title: 'Unauthenticated',
        detail:
          key === undefined
            ? 'send a consumer key as Authorization: Bearer <key>'
            : 'the key is not a consumer key of this API',
      },
      { 'WWW-Authenticate': 'Bearer realm="news-store"' },
    );
  }
}
