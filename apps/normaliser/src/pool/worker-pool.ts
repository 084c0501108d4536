import { existsSync } from 'node:fs';
import type { HeapInfo } from 'node:v8';
import { Worker } from 'node:worker_threads';

/** A job ran past its time and its worker was replaced. */
export class JobTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the job ran for more than ${timeoutMs} ms; its worker was stopped`);
    this.name = 'JobTimeoutError';
  }
}

/** A worker died (crashed or ran out of memory) while it held the job. */
export class WorkerDiedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerDiedError';
  }
}

export interface WorkerPoolOptions {
  /** Worker entry without extension: the `.js` beside it is run, or the `.ts` under tsx when running from source. */
  script: string;
  size: number;
  /** Passed to each worker with its index. */
  workerData: (index: number) => unknown;
  /** Called when a worker (re)starts, to hand it state it must have before its first job. */
  onStart?: (post: (message: object) => void, index: number) => void;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  /** Jobs go only to a worker that said it is ready: a starting one's load time is not a job's. */
  ready: boolean;
  busy: boolean;
  requests: Map<number, Pending>;
}

interface QueuedJob {
  message: object;
  timeoutMs: number;
  pending: Pending;
}

/** Runs the entry file as JavaScript when built, or as TypeScript through tsx from source (tests, tsx CLIs). */
function spawn(script: string, workerData: unknown): Worker {
  if (existsSync(`${script}.js`)) return new Worker(`${script}.js`, { workerData });
  return new Worker(`${script}.ts`, { workerData, execArgv: ['--import', 'tsx'] });
}

/**
 * A fixed set of worker threads, one job at a time each, jobs handed out in
 * arrival order to workers that have posted `{ ready: true }`. A job that runs past its time costs its worker: the
 * thread
 * is terminated (the only way to stop synchronous code) and a new one started.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: QueuedJob[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.start(i));
  }

  get size(): number {
    return this.slots.length;
  }

  /** Runs one job on the next free worker; rejects with JobTimeoutError past `timeoutMs` of running. */
  run<T>(message: object, timeoutMs: number): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ message, timeoutMs, pending: { resolve: resolve as (v: unknown) => void, reject } });
      this.dispatch();
    });
  }

  /** Sends a message every worker handles between jobs (no answer expected). */
  broadcast(message: object): void {
    for (const slot of this.slots) slot.worker.postMessage(message);
  }

  /** Sends a message to worker `index` alone (handled between jobs, no answer expected). */
  postTo(index: number, message: object): void {
    this.slots[index]?.worker.postMessage(message);
  }

  /** Asks every worker and collects the answers, in worker order. */
  async ask<T>(message: object): Promise<T[]> {
    return Promise.all(this.slots.map((slot) => this.request<T>(slot, message)));
  }

  /** Each worker's V8 heap, in worker order; null for one that could not answer (stopping, restarting). */
  heapStatistics(): Promise<Array<HeapInfo | null>> {
    return Promise.all(this.slots.map((s) => s.worker.getHeapStatistics().catch(() => null)));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.pending.reject(new Error('the worker pool is closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private request<T>(slot: Slot, message: object): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      slot.requests.set(id, { resolve: resolve as (v: unknown) => void, reject });
      slot.worker.postMessage({ ...message, requestId: id });
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.busy || !slot.ready) continue;
      const job = this.queue.shift()!;
      slot.busy = true;
      const id = this.nextId++;
      const settle = (fn: () => void) => {
        clearTimeout(job.pending.timer);
        slot.busy = false;
        fn();
        this.dispatch();
      };
      slot.requests.set(id, {
        resolve: (v) => settle(() => job.pending.resolve(v)),
        reject: (e) => settle(() => job.pending.reject(e)),
      });
      job.pending.timer = setTimeout(() => this.timeOut(slot, id, job.timeoutMs), job.timeoutMs);
      slot.worker.postMessage({ ...job.message, requestId: id });
    }
  }

  private timeOut(slot: Slot, id: number, timeoutMs: number): void {
    const pending = slot.requests.get(id);
    slot.requests.delete(id);
    this.replace(slot, new JobTimeoutError(timeoutMs));
    pending?.reject(new JobTimeoutError(timeoutMs));
  }

  /** Stops a worker and starts another in its place; whatever it still owed fails with `reason`. */
  private replace(slot: Slot, reason: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    const owed = [...slot.requests.values()];
    slot.requests.clear();
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (!this.closed) this.slots[index] = this.start(index);
    for (const p of owed) p.reject(reason);
    this.dispatch();
  }

  private start(index: number): Slot {
    const worker = spawn(this.options.script, this.options.workerData(index));
    const slot: Slot = { worker, ready: false, busy: false, requests: new Map() };
    worker.on('message', (msg: { requestId?: number; error?: string; result?: unknown; ready?: boolean }) => {
      if (msg.ready) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      if (msg.requestId === undefined) return;
      const pending = slot.requests.get(msg.requestId);
      if (!pending) return;
      slot.requests.delete(msg.requestId);
      if (msg.error !== undefined) pending.reject(new Error(msg.error));
      else pending.resolve(msg.result);
    });
    worker.on('error', (err) => this.replace(slot, new WorkerDiedError(`worker ${index} failed: ${err.message}`)));
    worker.on('exit', (code) => {
      if (!this.closed) this.replace(slot, new WorkerDiedError(`worker ${index} exited with code ${code}`));
    });
    this.options.onStart?.((message) => worker.postMessage(message), index);
    return slot;
  }
}
