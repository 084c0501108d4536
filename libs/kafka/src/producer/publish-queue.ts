import type { IHeaders } from 'kafkajs';
import { chunkBySize } from '../chunk-by-size';
import type { PublishNotSentError } from '../publish-outcome';

/** What goes on the wire: a message, or a tombstone (null value) that deletes its key from a compacted topic. */
export interface WireMessage {
  key: string;
  value: string | Buffer | null;
  headers?: IHeaders;
}

export function sizeOf(m: WireMessage): number {
  const value = m.value === null ? 0 : typeof m.value === 'string' ? Buffer.byteLength(m.value) : m.value.length;
  return Buffer.byteLength(m.key) + value;
}

/** One request-sized part of a publish, from its queueing to its outcome. */
export interface Part {
  topic: string;
  messages: WireMessage[];
  bytes: number;
  /** queued: waiting for a request; taken: in the next request, not yet handed to kafkajs; sent: handed to kafkajs; done: settled. */
  state: 'queued' | 'taken' | 'sent' | 'done';
  resolve: () => void;
  reject: (err: unknown) => void;
}

export interface RequestLimits {
  /** Upper bound of messages in one produce request. */
  maxMessages: number;
  /** Upper bound of one produce request's payload (keys + values). */
  maxBytes: number;
}

/** Settles a part once; later outcomes (a timeout after the ack, an ack after the withdrawal) are ignored. */
export function settlePart(part: Part, error?: unknown): void {
  if (part.state === 'done') return;
  part.state = 'done';
  if (error === undefined) part.resolve();
  else part.reject(error);
}

/**
 * The publishes waiting for a produce request, cut into request-sized parts. `queuedMessages` counts every
 * message not yet acknowledged: queued, and in the request in flight (released once it is settled).
 */
export class PublishQueue {
  private parts: Part[] = [];
  queuedMessages = 0;

  constructor(private readonly limits: RequestLimits) {}

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  /** Cuts a publish into request-sized parts and queues them; each part's `done` settles with its outcome. */
  enqueue(topic: string, messages: WireMessage[]): Array<{ part: Part; done: Promise<void> }> {
    return chunkBySize(messages, { sizeOf, maxBytes: this.limits.maxBytes }).map((cut) => {
      let part!: Part;
      const bytes = cut.reduce((n, m) => n + sizeOf(m), 0);
      const done = new Promise<void>((resolve, reject) => {
        part = { topic, messages: cut, bytes, state: 'queued', resolve, reject };
      });
      this.parts.push(part);
      this.queuedMessages += part.messages.length;
      return { part, done };
    });
  }

  /** Takes a part that was never handed to kafkajs out of the queue: it will not be written. */
  withdraw(part: Part, reason: PublishNotSentError): void {
    if (part.state === 'queued') {
      this.parts = this.parts.filter((p) => p !== part);
      this.queuedMessages -= part.messages.length;
    }
    // A part already taken into a request is skipped when the request is sent; its count is released then.
    settlePart(part, reason);
  }

  /** The parts of the next produce request, oldest first, within the request limits (at least one part). */
  takeRequest(): Part[] {
    const request: Part[] = [];
    let count = 0;
    let bytes = 0;
    const fits = (p: Part) => count + p.messages.length <= this.limits.maxMessages && bytes + p.bytes <= this.limits.maxBytes;
    while (this.parts.length > 0 && (request.length === 0 || fits(this.parts[0]))) {
      const next = this.parts.shift()!;
      next.state = 'taken';
      request.push(next);
      count += next.messages.length;
      bytes += next.bytes;
    }
    return request;
  }

  /** A request is settled: its messages no longer wait. */
  release(request: Part[]): void {
    this.queuedMessages -= request.reduce((n, p) => n + p.messages.length, 0);
  }
}
