import {
  HttpException,
  Inject,
  Injectable,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { FieldError } from '@news/contracts';
import { PipelineMetrics, SpanKind, startHop } from '@news/observability';
import { chooseReader, MEDIA_TYPES, ParseResult, WireFormatError, WireReader } from '@news/wire-formats';
import { authenticate, checkRate, checkSender, checkSignature, forbidden, PushCaller } from '../auth/push-auth';
import { RATE_LIMITER } from '../auth/rate-limiter.providers';
import type { RequestLimiter } from '../auth/rate-limiter';
import { SourceRegistry } from '../auth/source-registry';
import { RECEIPT_STORE, type ReceiptStore } from '../delivery/receipt-store';
import { INGEST_CONFIG, IngestConfig } from '../ingest.config';
import { Accepted, ArticleIntakeService } from './article-intake.service';
import { requestHashOf } from '../auth/canonical-request';
import { claimedSourceOf, metaOf, PushAnswer, PushRequest, requestPartsOf } from './push-request';
import { Rejected, screenItems } from './screen-items';
import { unavailableAnswer } from './unavailable-answer';

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

const badRequest = (message: string, errors?: FieldError[]) =>
  new HttpException({ statusCode: 400, error: 'Bad Request', message, ...(errors ? { errors } : {}) }, 400);

/**
 * Well-formed but not something that can become an article (no text, only remote content, a picture, an unknown
 * document).
 */
const unprocessable = (message: string, errors?: FieldError[]) =>
  new HttpException({ statusCode: 422, error: 'Unprocessable Entity', message, ...(errors ? { errors } : {}) }, 422);

/** A body that cannot be read at all, answered with the reader's reason. */
function refusal(err: WireFormatError): HttpException {
  const errors = [{ field: err.field, messages: [err.message] }];
  if (err.status === 413)
    return new PayloadTooLargeException({ statusCode: 413, error: 'Payload Too Large', message: err.message, errors });
  return err.status === 422 ? unprocessable(err.message, errors) : badRequest(err.message, errors);
}

/** Media types that say nothing about the format: the source's configured wire format applies to them. */
const GENERIC_MEDIA_TYPES = new Set(['text/plain', 'application/octet-stream']);

/**
 * One push, start to end: who is pushing (401/403), how often (429), in what
 * format (415), signed? (401), how big (413), valid? (400/422 per item),
 * already published? (200), published (202 once Kafka acked; 503 when not, saying whether the articles
 * were not accepted or their outcome is unknown: unavailable-answer.ts).
 */
@Injectable()
export class PushService {
  constructor(
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
    @Inject(SourceRegistry) private readonly registry: SourceRegistry,
    @Inject(ArticleIntakeService) private readonly intake: ArticleIntakeService,
    @Inject(RECEIPT_STORE) private readonly receipts: ReceiptStore,
    @Inject(PipelineMetrics) private readonly metrics: PipelineMetrics,
    @Inject(RATE_LIMITER) private readonly limiter: RequestLimiter,
  ) {}

  async push(req: PushRequest): Promise<PushAnswer> {
    const cfg = this.config.ingest;
    const caller = authenticate(cfg.INGEST_AUTH_MODE, this.registry, req.headers, claimedSourceOf(req));
    await checkRate(this.limiter, caller, cfg.INGEST_RATE_LIMIT_PER_MINUTE);
    const parser = this.readerFor(req, caller);
    checkSignature(caller, requestPartsOf(req), cfg.INGEST_SIGNATURE_WINDOW_SECONDS);
    const correlationId = one(req.headers['x-correlation-id']);
    if (correlationId !== undefined && !CORRELATION_ID.test(correlationId)) {
      throw badRequest('invalid header', [
        { field: 'X-Correlation-Id', messages: ['must be 1-128 characters of A-Z a-z 0-9 . _ : -'] },
      ]);
    }
    const idempotencyKey = one(req.headers['idempotency-key']);
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw badRequest('invalid header', [
        { field: 'Idempotency-Key', messages: ['must be 1-255 visible ASCII characters'] },
      ]);
    }
    // Only an Idempotency-Key needs the request's hash (all that becomes article data: query, metadata headers,
    // body): most pushes carry none, and hashing a page costs.
    const requestHash = idempotencyKey !== undefined ? requestHashOf(requestPartsOf(req)) : '';
    if (idempotencyKey !== undefined) {
      const earlier = await this.receipts.findIdempotent(caller.scope, idempotencyKey);
      if (earlier) {
        if (earlier.requestHash !== requestHash) {
          throw new HttpException(
            {
              statusCode: 422,
              error: 'Unprocessable Entity',
              message:
                'this Idempotency-Key was used for a different request (method, path, query, metadata headers or body)',
            },
            422,
          );
        }
        return {
          statusCode: 200,
          body: earlier.response as Record<string, unknown>,
          headers: { 'Idempotent-Replayed': 'true' },
        };
      }
    }
    const answer = await this.process(req, parser, caller, correlationId);
    if (idempotencyKey !== undefined && answer.statusCode < 300) {
      await this.receipts.saveIdempotent(caller.scope, idempotencyKey, {
        requestHash,
        statusCode: answer.statusCode,
        response: answer.body,
      });
    }
    return answer;
  }

  /**
   * The reader: `X-Wire-Format` names the format; else the Content-Type,
   * unless it says nothing about the format (text/plain, octet-stream) and the
   * source is configured with one; 415 when none applies.
   */
  private readerFor(req: PushRequest, caller: PushCaller): WireReader {
    const media = req.contentType?.split(';')[0].trim().toLowerCase();
    const named = one(req.headers['x-wire-format']);
    const configured = media === undefined || GENERIC_MEDIA_TYPES.has(media) ? caller.source?.wireFormat : undefined;
    let choice: ReturnType<typeof chooseReader>;
    try {
      choice = chooseReader({ contentType: req.contentType, wireFormat: named ?? configured, bytes: req.rawBody });
    } catch (err) {
      if (err instanceof WireFormatError) throw refusal(err);
      throw err;
    }
    if ('unsupported' in choice) {
      throw new UnsupportedMediaTypeException({
        statusCode: 415,
        error: 'Unsupported Media Type',
        message:
          `${choice.unsupported}; use one of ${Object.values(MEDIA_TYPES).flat().join(', ')}, ` +
          `application/xml, or name the format in X-Wire-Format`,
      });
    }
    return choice.reader;
  }

  private async process(
    req: PushRequest,
    parser: WireReader,
    caller: PushCaller,
    correlationId: string | undefined,
  ): Promise<PushAnswer> {
    const cfg = this.config.ingest;
    let parsed: ParseResult;
    try {
      const meta = metaOf(req, caller.sourceId);
      parsed = await parser(req.rawBody, { ...meta, charset: meta.charset ?? caller.source?.charset });
    } catch (err) {
      if (err instanceof WireFormatError) throw refusal(err);
      throw err;
    }
    checkSender(caller, parsed.sender);
    const count = parsed.items.length + parsed.errors.length;
    if (count > cfg.INGEST_MAX_BATCH_ITEMS) {
      throw new PayloadTooLargeException({
        statusCode: 413,
        error: 'Payload Too Large',
        message: `the request carries ${count} articles; at most ${cfg.INGEST_MAX_BATCH_ITEMS} are accepted at once`,
      });
    }
    const { valid, rejected } = screenItems(parsed, cfg.INGEST_MAX_ARTICLE_BYTES);
    // A key may only push its own source's articles: one foreign item refuses the whole request.
    if (caller.source) {
      const foreign = valid.find((v) => v.submission.sourceId !== caller.source!.id);
      if (foreign) throw forbidden(foreign.submission.sourceId);
    }

    let accepted: Accepted[] = [];
    if (valid.length > 0) {
      try {
        const hop = startHop('ingest POST /v1/articles', SpanKind.SERVER, req.headers, {
          'news.items': String(valid.length),
        });
        try {
          accepted = await this.intake.acceptAll(
            valid.map((v) => v.submission),
            correlationId,
            hop.headers,
          );
        } finally {
          hop.span.end();
        }
      } catch (err) {
        const answer = unavailableAnswer(err);
        if (answer) {
          this.count(caller, 'unavailable', '503', valid.length);
          throw answer;
        }
        throw err;
      }
    }
    for (const a of accepted) this.count(caller, a.status === 'accepted' ? 'accepted' : 'duplicate', '');
    for (const r of rejected) this.count(caller, 'rejected', String(r.status));
    return parsed.batch ? batchAnswer(valid, accepted, rejected) : singleAnswer(accepted[0], rejected[0]);
  }

  /** Per-article outcomes. The source label is the authenticated source (a bounded set), `open` without keys. */
  private count(caller: PushCaller, outcome: string, reason: string, n = 1): void {
    this.metrics.ingestArticles.inc({ source: caller.source?.id ?? 'open', outcome, reason }, n);
  }
}

function one(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
}

/** One article (a body that is not a batch): 202 accepted, 200 duplicate, 400/413/422 refused. */
function singleAnswer(accepted: Accepted | undefined, rejected: Rejected | undefined): PushAnswer {
  if (accepted) {
    const { status, ...rest } = accepted;
    return { statusCode: status === 'accepted' ? 202 : 200, body: { status, ...rest } };
  }
  const r = rejected!;
  if (r.status === 413) {
    throw new PayloadTooLargeException({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'the article is too large',
      errors: r.errors,
    });
  }
  if (r.status === 422) throw unprocessable(r.errors.flatMap((e) => e.messages).join('; '), r.errors);
  throw badRequest('invalid article', r.errors);
}

/**
 * A batch: every item is either accepted (with its id) or rejected (with its
 * index and fields). 202 when anything was published, 200 when everything
 * valid had been published before, 422 when nothing was valid.
 */
function batchAnswer(valid: Array<{ index: number }>, accepted: Accepted[], rejected: Rejected[]): PushAnswer {
  const acceptedItems = accepted.map((a, i) => ({ index: valid[i].index, ...a }));
  const rejectedItems = rejected.map((r) => ({ index: r.index, statusCode: r.status, errors: r.errors }));
  if (acceptedItems.length === 0) {
    throw new HttpException(
      {
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: rejected.length === 0 ? 'the request carries no articles' : 'no article of the batch was valid',
        errors: rejected.flatMap((r) =>
          r.errors.map((e) => ({ field: `items.${r.index}.${e.field}`, messages: e.messages })),
        ),
        rejected: rejectedItems,
      },
      422,
    );
  }
  const published = acceptedItems.some((a) => a.status === 'accepted');
  const status = rejectedItems.length > 0 ? 'partial' : published ? 'accepted' : 'duplicate';
  return {
    statusCode: published ? 202 : 200,
    body: { status, accepted: acceptedItems, rejected: rejectedItems },
  };
}
