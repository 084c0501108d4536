import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Response } from 'express';
import { ChangeRow, ChangesRepository } from '@news/database';
import { toChangeView } from './change-view';

export const CHANGES_POLL_MS = Symbol('CHANGES_POLL_MS');
/** A comment line this often keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;
const PAGE = 100;

/**
 * Server-Sent Events of the changes feed. One poller per process looks for a
 * newer change (`max(seq)`, an index probe) and wakes the streams; each stream
 * then reads from its own cursor in commit order, so a slow client delays no
 * other. Every event's id is its cursor: a client that reconnects with
 * Last-Event-ID continues after the last change it received.
 */
@Injectable()
export class ChangesStreams implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly open = new Set<Response>();
  private waiters: Array<() => void> = [];
  private latest = 0n;
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    @Inject(ChangesRepository) private readonly changes: ChangesRepository,
    @Inject(CHANGES_POLL_MS) private readonly pollMs: number,
  ) {}

  onApplicationBootstrap(): void {
    const poll = async () => {
      if (this.stopped) return;
      try {
        if (this.open.size > 0) {
          const latest = await this.changes.latest();
          if (latest > this.latest) {
            this.latest = latest;
            this.wake();
          }
        }
      } catch {
        // The database is away: the streams wait, and the next poll tries again.
      }
      this.timer = setTimeout(() => void poll(), this.pollMs);
      this.timer.unref();
    };
    void poll();
  }

  /** Streams end on shutdown (the HTTP server waits for open responses); clients resume with Last-Event-ID. */
  beforeApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const res of this.open) res.end();
    this.wake();
  }

  get size(): number {
    return this.open.size;
  }

  async serve(res: Response, since: bigint): Promise<void> {
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write('retry: 2000\n\n');
    this.open.add(res);
    let closed = false;
    res.on('close', () => {
      closed = true;
      this.open.delete(res);
      this.wake();
    });
    let cursor = since;
    while (!closed && !this.stopped) {
      let rows: ChangeRow[];
      try {
        rows = await this.changes.since(cursor, PAGE);
      } catch {
        rows = [];
      }
      for (const row of rows) {
        const ok = res.write(`id: ${row.seq}\ndata: ${JSON.stringify(toChangeView(row))}\n\n`);
        cursor = BigInt(row.seq);
        if (!ok) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
      }
      if (rows.length === PAGE) continue;
      if (!(await this.nextChange(HEARTBEAT_MS))) res.write(': keep-alive\n\n');
    }
  }

  /** Resolves true when a newer change may be there, false after `ms` without one. */
  private nextChange(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== wake);
        resolve(false);
      }, ms);
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.waiters.push(wake);
    });
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }
}
