import { compactSlice, type BoilerplateSnapshot, type CompactSlice, parseBoilerplateSnapshot } from '@news/cleaning';

/** One replica's compact slice of one source, as handed to the workers. */
export interface SharedSlice {
  source: string;
  replica: string;
  slice: CompactSlice;
}

type SliceEntry = BoilerplateSnapshot['sources'][string][string];

export interface ChromeHubOptions {
  /** Replica ids of this process's workers start with this (`<replica>.w`): their slices are kept whole too. */
  workerPrefix: string;
  maxSources?: number;
  maxReplicas?: number;
}

/**
 * The learned chrome of a pooled normaliser, on its main thread, held once for
 * all its workers. Every slice any replica published is kept compact, in
 * shared memory (compact-slice.ts), and posted to the workers, which share it
 * instead of each building its own copy. The slices this process's own workers
 * learned are also kept whole (as their JSON), so that a worker restarted
 * after a timeout goes on learning into its slice where it left off.
 */
export class ChromeHub {
  /** source → replica → slice; Map order doubles as LRU order for sources. */
  private readonly compact = new Map<string, Map<string, CompactSlice>>();
  /** `replica|source` → the worker's last slice, as JSON. */
  private readonly own = new Map<string, { documents: number; json: string }>();

  constructor(private readonly options: ChromeHubOptions) {}

  /** Takes every slice of the snapshot that is newer than the one held; returns those, for the workers. */
  merge(snapshot: unknown): SharedSlice[] {
    const parsed = parseBoilerplateSnapshot(snapshot);
    const changed: SharedSlice[] = [];
    for (const [source, replicas] of Object.entries(parsed.sources)) {
      for (const [replica, entry] of Object.entries(replicas)) {
        const held = this.compact.get(source)?.get(replica);
        if (held && held.documents >= entry.documents) continue;
        const slice = compactSlice(entry.documents, entry.lines);
        this.slicesOf(source).set(replica, slice);
        if (replica.startsWith(this.options.workerPrefix))
          this.own.set(`${replica}|${source}`, { documents: entry.documents, json: JSON.stringify(entry) });
        changed.push({ source, replica, slice });
        this.trim(source);
      }
    }
    return changed;
  }

  forget(source: string, replica: string): void {
    this.own.delete(`${replica}|${source}`);
    const replicas = this.compact.get(source);
    if (!replicas?.delete(replica)) return;
    if (replicas.size === 0) this.compact.delete(source);
  }

  /** Every slice held, for a (re)started worker. */
  all(): SharedSlice[] {
    const out: SharedSlice[] = [];
    for (const [source, replicas] of this.compact)
      for (const [replica, slice] of replicas) out.push({ source, replica, slice });
    return out;
  }

  /** A worker's own slices (of `sources`, or all), whole, as the snapshot it resumes learning from. */
  ownSnapshot(replica?: string, sources?: readonly string[]): BoilerplateSnapshot {
    const out: BoilerplateSnapshot['sources'] = {};
    for (const [key, { json }] of this.own) {
      const bar = key.indexOf('|');
      const [r, source] = [key.slice(0, bar), key.slice(bar + 1)];
      if ((replica === undefined || r === replica) && (!sources || sources.includes(source)))
        (out[source] ??= {})[r] = JSON.parse(json) as SliceEntry;
    }
    return { version: 1, sources: out };
  }

  stats(): { sources: number; slices: number; lines: number; sharedBytes: number } {
    let slices = 0;
    let lines = 0;
    let sharedBytes = 0;
    for (const replicas of this.compact.values()) {
      for (const s of replicas.values()) {
        slices++;
        lines += s.hashes.length;
        sharedBytes += s.hashes.buffer.byteLength;
      }
    }
    return { sources: this.compact.size, slices, lines, sharedBytes };
  }

  private slicesOf(source: string): Map<string, CompactSlice> {
    let replicas = this.compact.get(source);
    if (replicas) {
      this.compact.delete(source);
      this.compact.set(source, replicas);
      return replicas;
    }
    replicas = new Map();
    this.compact.set(source, replicas);
    while (this.compact.size > (this.options.maxSources ?? 2000)) {
      const oldest = this.compact.keys().next().value as string;
      for (const replica of this.compact.get(oldest)!.keys()) this.own.delete(`${replica}|${oldest}`);
      this.compact.delete(oldest);
    }
    return replicas;
  }

  /** Keeps the slices that saw the most documents, as BoilerplateModel does. */
  private trim(source: string): void {
    const replicas = this.compact.get(source)!;
    const max = this.options.maxReplicas ?? 64;
    if (replicas.size <= max) return;
    const ranked = [...replicas].sort((a, b) => a[1].documents - b[1].documents);
    while (replicas.size > max) this.forget(source, ranked.shift()![0]);
  }
}
