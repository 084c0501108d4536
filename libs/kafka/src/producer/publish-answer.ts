import { PublishNotSentError, PublishOutcomeUnknownError, PublishUnavailableError } from '../publish-outcome';
import type { Part } from './publish-queue';

export interface AnswerBounds {
  topic: string;
  parts: Array<{ part: Part }>;
  /** Settles once every part is acknowledged, or one failed. */
  delivered: Promise<void>;
  /** When the parts not yet sent are withdrawn. */
  timeoutMs: number;
  /** When the outcome of what is still unacknowledged becomes unknown. */
  sentTimeoutMs: number;
  /** Withdraws a part not yet sent. */
  withdraw: (part: Part, reason: PublishNotSentError) => void;
  /** Told when a bound passes: the producer is failing. */
  onTimeout: () => void;
}

/**
 * The bounded answer to a publish: success once every part is acknowledged; at `timeoutMs` the parts not
 * yet sent are withdrawn (none sent at all: a definite failure; some sent: unknown); at `sentTimeoutMs` the
 * outcome of what is still unacknowledged is unknown.
 */
export function boundedAnswer(b: AnswerBounds): Promise<void> {
  const timers: NodeJS.Timeout[] = [];
  const answer = new Promise<void>((resolve, reject) => {
    b.delivered.then(resolve, (err: unknown) => {
      if (err instanceof PublishUnavailableError) reject(err);
      else reject(new PublishOutcomeUnknownError(`publish to ${b.topic} failed: ${(err as Error).message}`, { cause: err }));
    });
    timers.push(
      setTimeout(() => {
        const unsent = b.parts.filter(({ part }) => part.state === 'queued' || part.state === 'taken');
        if (unsent.length === 0) return;
        b.onTimeout();
        const what = `not sent to Kafka within ${b.timeoutMs} ms (the producer is busy or Kafka unreachable)`;
        for (const { part } of unsent) b.withdraw(part, new PublishNotSentError(what));
        if (unsent.length === b.parts.length) reject(new PublishNotSentError(what));
        else reject(new PublishOutcomeUnknownError(`partly sent: ${what}`));
      }, b.timeoutMs),
      setTimeout(() => {
        b.onTimeout();
        const what = `Kafka did not acknowledge within ${b.sentTimeoutMs} ms; the messages may still be written`;
        reject(new PublishOutcomeUnknownError(what));
      }, b.sentTimeoutMs),
    );
  });
  return answer.finally(() => timers.forEach(clearTimeout));
}
