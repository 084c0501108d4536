import { HttpException, Inject, Injectable, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { ArticleSubmission, FieldError, validateContract } from '@news/contracts';
import { PipelineMetrics } from '@news/observability';
import { fieldsWithNul, MEDIA_TYPES, parserFor, ParseResult, WireFormatError } from '@news/wire-formats';
import { authenticate, checkRate, checkSignature, forbidden, PushCaller } from '../auth/push-auth';
import { RateLimiter } from '../auth/rate-limiter';
import { SourceRegistry } from '../auth/source-registry';
import { bytesHash } from '../delivery/content-hash';
import { RECEIPT_STORE, type ReceiptStore } from '../delivery/receipt-store';
import { INGEST_CONFIG, IngestConfig } from '../ingest.config';
import { Accepted, ArticleIntakeService } from './article-intake.service';
import { claimedSourceOf, metaOf, PushAnswer, PushRequest } from './push-request';
import { unavailableAnswer } from './unavailable-answer';

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

interface Rejected {
  index: number;
  status: 400 | 413;
  errors: FieldError[];
}

const badRequest = (message: string, errors?: FieldError[]) =>
  new HttpException({ statusCode: 400, error: 'Bad Request', message, ...(errors ? { errors } : {}) }, 400);

/**
 * One push, start to end: who is pushing (401/403), how often (429), in what
 * format (415), signed? (401), how big (413), valid? (400/422 per item),
 * already published? (200), published (202 once Kafka acked; 503 when not, saying whether the articles
 * were not accepted or their outcome is unknown: unavailable-answer.ts).
 */
@Injectable()
export class PushService {
  private readonly limiter = new RateLimiter();

  constructor(
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
    @Inject(SourceRegistry) private readonly registry: SourceRegistry,
    @Inject(ArticleIntakeService) private readonly intake: ArticleIntakeService,
    @Inject(RECEIPT_STORE) private readonly receipts: ReceiptStore,
    @Inject(PipelineMetrics) private readonly metrics: PipelineMetrics,
  ) {}

  async push(req: PushRequest): Promise<PushAnswer> {
    const cfg = this.config.ingest;
    const caller = authenticate(cfg.INGEST_AUTH_MODE, this.registry, req.headers, claimedSourceOf(req));
    checkRate(this.limiter, caller, cfg.INGEST_RATE_LIMIT_PER_MINUTE);
    const parser = parserFor(req.contentType);
    if (!parser) {
      throw new UnsupportedMediaTypeException({
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: `Content-Type ${req.contentType ?? '(none)'} is not a format ingest reads; use one of ${Object.values(MEDIA_TYPES).flat().join(', ')}, application/xml`,
      });
    }
    checkSignature(caller, req.rawBody, one(req.headers['x-signature-256']));
    const correlationId = one(req.headers['x-correlation-id']);
    if (correlationId !== undefined && !CORRELATION_ID.test(correlationId)) {
      throw badRequest('invalid header', [{ field: 'X-Correlation-Id', messages: ['must be 1-128 characters of A-Z a-z 0-9 . _ : -'] }]);
    }
    const idempotencyKey = one(req.headers['idempotency-key']);
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw badRequest('invalid header', [{ field: 'Idempotency-Key', messages: ['must be 1-255 visible ASCII characters'] }]);
    }
    // Only an Idempotency-Key needs the request's hash: most pushes carry none, and hashing a page costs.
    const requestHash = idempotencyKey !== undefined ? bytesHash(`${req.contentType ?? ''}\n`, req.rawBody) : '';
    if (idempotencyKey !== undefined) {
      const earlier = await this.receipts.findIdempotent(caller.scope, idempotencyKey);
      if (earlier) {
        if (earlier.requestHash !== requestHash) {
          throw new HttpException(
            { statusCode: 422, error: 'Unprocessable Entity', message: 'this Idempotency-Key was used for a different request body' },
            422,
          );
        }
        return { statusCode: 200, body: earlier.response as Record<string, unknown>, headers: { 'Idempotent-Replayed': 'true' } };
      }
    }
    const answer = await this.process(req, parser, caller, correlationId);
    if (idempotencyKey !== undefined && answer.statusCode < 300) {
      await this.receipts.saveIdempotent(caller.scope, idempotencyKey, { requestHash, statusCode: answer.statusCode, response: answer.body });
    }
    return answer;
  }

  private async process(
    req: PushRequest,
    parser: NonNullable<ReturnType<typeof parserFor>>,
    caller: PushCaller,
    correlationId: string | undefined,
  ): Promise<PushAnswer> {
    const cfg = this.config.ingest;
    let parsed: ParseResult;
    try {
      parsed = parser(req.rawBody, metaOf(req, caller.sourceId));
    } catch (err) {
      if (err instanceof WireFormatError) throw badRequest(err.message, [{ field: err.field, messages: [err.message] }]);
      throw err;
    }
    const count = parsed.items.length + parsed.errors.length;
    if (count > cfg.INGEST_MAX_BATCH_ITEMS) {
      throw new PayloadTooLargeException({
        statusCode: 413,
        error: 'Payload Too Large',
        message: `the request carries ${count} articles; at most ${cfg.INGEST_MAX_BATCH_ITEMS} are accepted at once`,
      });
    }
    const rejected: Rejected[] = parsed.errors.map((e) => ({ index: e.index, status: 400, errors: [{ field: e.field, messages: e.messages }] }));
    const valid: Array<{ index: number; submission: ArticleSubmission }> = [];
    parsed.items.forEach((item, i) => {
      const index = parsed.indexes[i];
      const bytes = typeof item.body === 'string' ? Buffer.byteLength(item.body, 'utf8') : 0;
      if (bytes > cfg.INGEST_MAX_ARTICLE_BYTES) {
        rejected.push({ index, status: 413, errors: [{ field: 'body', messages: [`body is ${bytes} bytes; at most ${cfg.INGEST_MAX_ARTICLE_BYTES} are accepted`] }] });
        return;
      }
      const withNul = fieldsWithNul(item);
      if (withNul.length > 0) {
        rejected.push({ index, status: 400, errors: withNul.map((field) => ({ field, messages: [`${field} contains a NUL character (U+0000); text cannot carry it`] })) });
        return;
      }
      const decoded = validateContract(ArticleSubmission, item, { forbidUnknown: true });
      if (!decoded.ok) rejected.push({ index, status: 400, errors: decoded.errors });
      else valid.push({ index, submission: decoded.value });
    });
    // A key may only push its own source's articles: one foreign item refuses the whole request.
    if (caller.source) {
      const foreign = valid.find((v) => v.submission.sourceId !== caller.source!.id);
      if (foreign) throw forbidden(foreign.submission.sourceId);
    }
    rejected.sort((a, b) => a.index - b.index);

    let accepted: Accepted[] = [];
    if (valid.length > 0) {
      try {
        accepted = await this.intake.acceptAll(
          valid.map((v) => v.submission),
          correlationId,
        );
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

/** One article (as before batches existed): 202 accepted, 200 duplicate, 400/413 refused. */
function singleAnswer(accepted: Accepted | undefined, rejected: Rejected | undefined): PushAnswer {
  if (accepted) {
    const { status, ...rest } = accepted;
    return { statusCode: status === 'accepted' ? 202 : 200, body: { status, ...rest } };
  }
  const r = rejected!;
  if (r.status === 413) {
    throw new PayloadTooLargeException({ statusCode: 413, error: 'Payload Too Large', message: 'the article is too large', errors: r.errors });
  }
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
        errors: rejected.flatMap((r) => r.errors.map((e) => ({ field: `items.${r.index}.${e.field}`, messages: e.messages }))),
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

