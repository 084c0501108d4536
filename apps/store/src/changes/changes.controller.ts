import { Controller, Get, Inject, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ChangesRepository } from '@news/database';
import { ConsumerGuard, RequireScope } from '../access/consumer.guard';
import { PROBLEM_TYPES, ProblemException } from '../http/problem';
import { answer, baseUrlOf } from '../http/respond';
import { STORE_PUBLIC_URL } from '../query/public-url';
import { JSON_TYPE } from '../query/representations';
import { parseChangesQuery, toChangeView } from './change-view';
import { ChangesStreams } from './changes-stream';

function checked(query: Record<string, unknown>, lastEventId?: string) {
  const parsed = parseChangesQuery(query, lastEventId);
  if (parsed.ok) return parsed;
  const names = parsed.errors.map((e) => e.field).join(', ');
  throw new ProblemException(400, {
    type: PROBLEM_TYPES.invalidParameters,
    title: 'Invalid parameters',
    detail: `invalid parameter(s): ${names}`,
    errors: parsed.errors,
  });
}

/**
 * Every change announced to consumers (created, updated, killed,
 * embargo-lifted), in commit order, from a cursor: docs/api.md ("Changes feed").
 */
@Controller('v1/changes')
@UseGuards(ConsumerGuard)
@RequireScope('read')
export class ChangesController {
  constructor(
    @Inject(ChangesRepository) private readonly changes: ChangesRepository,
    @Inject(ChangesStreams) private readonly streams: ChangesStreams,
    @Inject(STORE_PUBLIC_URL) private readonly publicUrl: string | undefined,
  ) {}

  @Get()
  async list(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { since, limit } = checked(query);
    const rows = await this.changes.since(since, limit);
    const nextCursor = rows.length > 0 ? rows[rows.length - 1].seq : since.toString();
    const next = new URL('/v1/changes', baseUrlOf(req, this.publicUrl));
    next.searchParams.set('since', nextCursor);
    if (query.limit !== undefined) next.searchParams.set('limit', String(limit));
    const full = rows.length === limit;
    answer(req, res, {
      body: { items: rows.map(toChangeView), nextCursor, hasMore: full, links: { next: next.toString() } },
      contentType: JSON_TYPE,
      // Committed changes are a prefix of the feed: a full page never changes again; the tail may grow.
      cacheControl: full ? 'private, max-age=86400, immutable' : 'private, no-cache',
      links: [`<${next.toString()}>; rel="next"`],
    });
  }

  @Get('stream')
  async stream(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { since } = checked(query, req.header('last-event-id') ?? undefined);
    await this.streams.serve(res, since);
  }
}
