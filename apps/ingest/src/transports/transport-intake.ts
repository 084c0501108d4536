import { Logger } from '@nestjs/common';
import { ArticleSubmission } from '@news/contracts';
import { PipelineMetrics } from '@news/observability';
import type { ArticleIntakeService } from '../articles/article-intake.service';
import { Rejected, screenItems } from '../articles/screen-items';
import { TransportHints, TransportRead, TransportReader } from './read-transported';

/** One file or message to publish. */
export interface IntakeUnit {
  /** Its identity within the transport (name and SHA-256 of the bytes): the receipt's key. */
  itemKey: string;
  bytes: Buffer;
  hints: TransportHints;
}

/** What became of one file or message once its articles were acknowledged by Kafka (or refused). */
export interface UnitOutcome {
  itemKey: string;
  /** `done`: every article in it published (or published before); `error`: something in it was refused. */
  outcome: 'done' | 'error';
  reason?: string;
  /** Ids of the articles published from it, now or before. */
  articleIds: string[];
  refused: Rejected[];
}

export interface TransportSource {
  sourceId: string;
  /** E-mail: From addresses accepted (none: any). */
  allowedSenders?: string[];
}

const MAX_REASON_CHARS = 2_000;

function reasonOf(rejected: Rejected[]): string {
  const text = rejected
    .map((r) => `item ${r.index}: ${r.errors.map((e) => `${e.field}: ${e.messages.join(', ')}`).join('; ')}`)
    .join(' | ');
  return text.length > MAX_REASON_CHARS ? `${text.slice(0, MAX_REASON_CHARS)}…` : text;
}

function senderProblem(source: TransportSource, read: TransportRead): string | undefined {
  if (!source.allowedSenders) return undefined;
  if (read.sender === undefined) return 'the message names no sender, and the source accepts only its allow-list';
  return source.allowedSenders.includes(read.sender.toLowerCase())
    ? undefined
    : `sender ${read.sender} is not on the allow-list of source ${source.sourceId}`;
}

interface Screened {
  unit: IntakeUnit;
  valid: ArticleSubmission[];
  refused: Rejected[];
  failure?: string;
}

/**
 * The intake path of the transports: each file or message read, its items
 * screened exactly as an HTTP push's (screenItems), every valid article of the
 * batch published by ArticleIntakeService in one call (receipts, chunking,
 * acks), then one outcome per unit. A unit that cannot be read is an `error`
 * outcome with the reason, never an exception; a publish Kafka does not take
 * throws, so the caller leaves every unit where it is and tries again later.
 */
export class TransportIntake {
  private readonly logger = new Logger(TransportIntake.name);

  constructor(
    private readonly intake: ArticleIntakeService,
    private readonly metrics: PipelineMetrics,
    private readonly maxArticleBytes: number,
    private readonly reader: TransportReader,
  ) {}

  async intakeAll(source: TransportSource, units: IntakeUnit[]): Promise<UnitOutcome[]> {
    const screened: Screened[] = [];
    for (const unit of units) screened.push(await this.screen(source, unit));
    const submissions = screened.flatMap((s) => s.valid);
    const accepted = submissions.length > 0 ? await this.intake.acceptAll(submissions, undefined) : [];
    let next = 0;
    return screened.map((s) => {
      const results = accepted.slice(next, next + s.valid.length);
      next += s.valid.length;
      for (const r of results) this.count(source, r.status, '');
      for (const r of s.refused) this.count(source, 'rejected', String(r.status));
      const failure =
        s.failure ??
        (s.refused.length > 0 ? reasonOf(s.refused) : results.length === 0 ? 'it carries no articles' : undefined);
      return {
        itemKey: s.unit.itemKey,
        outcome: failure ? 'error' : 'done',
        reason: failure,
        articleIds: results.map((r) => r.id),
        refused: s.refused,
      };
    });
  }

  private async screen(source: TransportSource, unit: IntakeUnit): Promise<Screened> {
    let read: TransportRead;
    try {
      read = await this.reader(unit.bytes, unit.hints);
    } catch (err) {
      // Whatever the reader throws is about these bytes: refused with its reason, never retried.
      if ((err as Error).name !== 'WireFormatError')
        this.logger.warn(
          `reader failed on ${unit.hints.fileName ?? 'a message'} of ${source.sourceId}: ${(err as Error).stack}`,
        );
      return { unit, valid: [], refused: [], failure: (err as Error).message };
    }
    const senderRefusal = senderProblem(source, read);
    if (senderRefusal) return { unit, valid: [], refused: [], failure: senderRefusal };
    const owned = {
      ...read,
      items: read.items.map((item) => ({ ...item, sourceId: item.sourceId ?? source.sourceId })),
    };
    const { valid, rejected } = screenItems(owned, this.maxArticleBytes);
    const refused = [...rejected];
    const mine: ArticleSubmission[] = [];
    for (const v of valid) {
      if (v.submission.sourceId === source.sourceId) mine.push(v.submission);
      else
        refused.push({
          index: v.index,
          status: 422,
          errors: [
            {
              field: 'sourceId',
              messages: [`${v.submission.sourceId} is not this transport's source (${source.sourceId})`],
            },
          ],
        });
    }
    refused.sort((a, b) => a.index - b.index);
    return { unit, valid: mine, refused };
  }

  private count(source: TransportSource, outcome: string, reason: string): void {
    this.metrics.ingestArticles.inc({ source: source.sourceId, outcome, reason });
  }
}
