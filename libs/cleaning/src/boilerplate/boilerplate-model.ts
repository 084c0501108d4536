import { parseBoilerplateSnapshot, type BoilerplateSnapshot } from './boilerplate-snapshot';

export type { BoilerplateSnapshot } from './boilerplate-snapshot';
import { compactSlice, CompactSlice, findLine, fingerprintHash, isCompactSlice } from './compact-slice';
import { lineFingerprint } from './line-fingerprint';

/**
 * Learned chrome per source. Lines that recur across many of a source's recent
 * articles (notices, share bars, footers, "more from" headers) are boilerplate
 * for that source, whatever the generic rules think of them.
 *
 * State is a set of per-replica slices: each normaliser replica counts only in
 * its own slice; a snapshot is plain JSON; merging keeps, per (source,
 * replica), the slice that has seen more documents. That merge is idempotent,
 * commutative and associative, so replicas can exchange snapshots in any order
 * (and a restart can restore its last snapshot) without double counting.
 *
 * Memory is bounded: at most `maxLinesPerSource` fingerprints per slice, at most
 * `maxSources` sources and `maxReplicas` slices per source. Counts decay with a
 * half-life measured in documents, so chrome a site dropped is forgotten. With
 * `compactOthers`, the slices of other replicas are kept as compact,
 * read-only slices (compact-slice.ts; docs/normaliser.md, "Memory"), and
 * `snapshot()` then gives this replica's own slices only.
 */

export interface BoilerplateOptions {
  /** This process's slice id (e.g. the pod name). */
  replicaId: string;
  /** A line is chrome once it was seen in at least this many distinct documents... */
  minDocuments?: number;
  /** ...and in at least this share of the source's recent documents. */
  minShare?: number;
  /** Documents after which a count halves. */
  halfLifeDocuments?: number;
  maxLinesPerSource?: number;
  maxSources?: number;
  maxReplicas?: number;
  /** Recently learned document keys per slice, so a re-sent or updated article is not counted twice. */
  recentDocumentKeys?: number;
  /** Keep other replicas' slices compact (compact-slice.ts): for a process that holds many replicas' slices. */
  compactOthers?: boolean;
}

interface LineStat {
  /** Decayed count of documents containing the line, as of `at`. */
  count: number;
  /** Slice document clock when `count` was last updated. */
  at: number;
}

interface Slice {
  /** Documents learned by this replica for this source (its clock). */
  documents: number;
  lines: Map<string, LineStat>;
  recentKeys: string[];
}

const DEFAULTS = {
  minDocuments: 4,
  minShare: 0.3,
  halfLifeDocuments: 200,
  maxLinesPerSource: 5000,
  maxSources: 2000,
  maxReplicas: 16,
  recentDocumentKeys: 64,
  compactOthers: false,
};

/** A slice this replica learns into, or another replica's: a Map, or compact and read-only. */
type AnySlice = Slice | CompactSlice;

export class BoilerplateModel {
  private readonly opts: Required<BoilerplateOptions>;
  /** source → replica → slice; Map order doubles as LRU order for sources. */
  private readonly sources = new Map<string, Map<string, AnySlice>>();

  constructor(options: BoilerplateOptions) {
    if (!options.replicaId) throw new Error('BoilerplateModel needs a replicaId');
    this.opts = { ...DEFAULTS, ...options };
  }

  get replicaId(): string {
    return this.opts.replicaId;
  }

  /**
   * Counts each distinct line of one document once, in this replica's slice.
   * `documentKey` (article id or URL) makes re-sent and updated versions of the
   * same article count once, so a story's own lines never become chrome.
   */
  learn(source: string, documentKey: string, lines: readonly string[]): void {
    const slice = this.ownSlice(source);
    if (slice.recentKeys.includes(documentKey)) return;
    slice.recentKeys.push(documentKey);
    if (slice.recentKeys.length > this.opts.recentDocumentKeys) slice.recentKeys.shift();
    slice.documents++;
    const now = slice.documents;
    const fingerprints = new Set(lines.map(lineFingerprint).filter((f) => f.length > 0));
    for (const fp of fingerprints) {
      const stat = slice.lines.get(fp);
      if (stat) {
        stat.count = this.decayed(stat, now) + 1;
        stat.at = now;
      } else slice.lines.set(fp, { count: 1, at: now });
    }
    if (slice.lines.size > this.opts.maxLinesPerSource) this.evict(slice);
  }

  /** Is this line chrome for this source (across all replicas' slices)? */
  isBoilerplate(source: string, line: string): boolean {
    const { count, window } = this.recurrence(source, line);
    return count >= this.opts.minDocuments && count >= this.opts.minShare * window;
  }

  /**
   * In how many of the source's recent documents the line was seen (decayed,
   * summed over the replicas' slices), and the decayed number of those documents.
   */
  recurrence(source: string, line: string): { count: number; window: number } {
    const replicas = this.sources.get(source);
    const fp = replicas ? lineFingerprint(line) : '';
    if (!replicas || !fp) return { count: 0, window: 0 };
    let count = 0;
    let window = 0;
    let hash: number | undefined;
    for (const slice of replicas.values()) {
      if (isCompactSlice(slice)) {
        const i = findLine(slice, (hash ??= fingerprintHash(fp)));
        if (i >= 0) count += this.decayed({ count: slice.counts[i], at: slice.at[i] }, slice.documents);
      } else {
        const stat = slice.lines.get(fp);
        if (stat) count += this.decayed(stat, slice.documents);
      }
      // Effective number of recent documents under the same decay.
      window += this.effectiveDocuments(slice.documents);
    }
    return { count, window };
  }

  /** Lines of a document that are not chrome for the source, order kept. */
  filter(source: string, lines: readonly string[]): string[] {
    return lines.filter((l) => !this.isBoilerplate(source, l));
  }

  /**
   * Plain JSON: what a replica publishes or persists (optionally only its own slices). Compact slices
   * have no fingerprints to give: a model with `compactOthers` gives its own slices only.
   */
  snapshot(onlyOwn = false): BoilerplateSnapshot {
    const sources: BoilerplateSnapshot['sources'] = {};
    for (const [source, replicas] of this.sources) {
      for (const [replica, slice] of replicas) {
        if ((onlyOwn && replica !== this.opts.replicaId) || isCompactSlice(slice)) continue;
        (sources[source] ??= {})[replica] = {
          documents: slice.documents,
          lines: Array.from(
            slice.lines,
            ([fp, s]) => [fp, Math.round(s.count * 1000) / 1000, s.at] as [string, number, number],
          ),
          recentKeys: [...slice.recentKeys],
        };
      }
    }
    return { version: 1, sources };
  }

  /** Rebuilds a model from a snapshot (e.g. after a restart). */
  static fromSnapshot(snapshot: unknown, options: BoilerplateOptions): BoilerplateModel {
    const model = new BoilerplateModel(options);
    model.merge(snapshot);
    return model;
  }

  /**
   * Merges another replica's (or an older own) snapshot: per (source, replica)
   * the slice with more documents wins. Malformed input throws before anything changes.
   */
  merge(snapshot: unknown): void {
    const parsed = parseBoilerplateSnapshot(snapshot);
    for (const [source, replicas] of Object.entries(parsed.sources)) {
      for (const [replica, incoming] of Object.entries(replicas)) {
        const existing = this.sources.get(source)?.get(replica);
        if (existing && existing.documents >= incoming.documents) continue;
        let slice: AnySlice;
        if (this.opts.compactOthers && replica !== this.opts.replicaId) {
          slice = compactSlice(incoming.documents, this.strongest(incoming.lines, incoming.documents));
        } else {
          slice = {
            documents: incoming.documents,
            lines: new Map(incoming.lines.map(([fp, count, at]) => [fp, { count, at }])),
            recentKeys: incoming.recentKeys.slice(-this.opts.recentDocumentKeys),
          };
          if (slice.lines.size > this.opts.maxLinesPerSource) this.evict(slice);
        }
        this.sliceMap(source).set(replica, slice);
        this.trimReplicas(source);
      }
    }
  }

  /**
   * Takes another replica's compact slice (built once, e.g. by the thread that read it from Kafka, and
   * shared): the one with more documents wins, as in `merge`. This replica's own slice is never replaced
   * by one: it learns into it.
   */
  mergeCompact(source: string, replica: string, slice: CompactSlice): void {
    if (replica === this.opts.replicaId) return;
    const existing = this.sources.get(source)?.get(replica);
    if (existing && existing.documents >= slice.documents) return;
    this.sliceMap(source).set(replica, slice);
    this.trimReplicas(source);
  }

  /** Drops one replica's slice of a source (its key deleted from the topic, or too old); true if it was there. */
  forget(source: string, replica: string): boolean {
    const replicas = this.sources.get(source);
    if (!replicas?.delete(replica)) return false;
    if (replicas.size === 0) this.sources.delete(source);
    return true;
  }

  /** Sizes for metrics and tests. */
  stats(): { sources: number; slices: number; lines: number } {
    let slices = 0;
    let lines = 0;
    for (const replicas of this.sources.values()) {
      slices += replicas.size;
      for (const s of replicas.values()) lines += isCompactSlice(s) ? s.hashes.length : s.lines.size;
    }
    return { sources: this.sources.size, slices, lines };
  }

  private decayed(stat: LineStat, now: number): number {
    return stat.count * Math.pow(0.5, (now - stat.at) / this.opts.halfLifeDocuments);
  }

  /** Sum of 0.5^(age/halfLife) over the slice's documents: the decayed size of its window. */
  private effectiveDocuments(documents: number): number {
    const r = Math.pow(0.5, 1 / this.opts.halfLifeDocuments);
    return (1 - Math.pow(r, documents)) / (1 - r);
  }

  private sliceMap(source: string): Map<string, AnySlice> {
    let replicas = this.sources.get(source);
    if (replicas) {
      // Touch: most recently used sources live longest.
      this.sources.delete(source);
      this.sources.set(source, replicas);
      return replicas;
    }
    replicas = new Map();
    this.sources.set(source, replicas);
    while (this.sources.size > this.opts.maxSources) {
      const oldest = this.sources.keys().next().value as string;
      this.sources.delete(oldest);
    }
    return replicas;
  }

  private ownSlice(source: string): Slice {
    const replicas = this.sliceMap(source);
    const held = replicas.get(this.opts.replicaId);
    if (held && !isCompactSlice(held)) return held;
    const slice: Slice = { documents: 0, lines: new Map(), recentKeys: [] };
    replicas.set(this.opts.replicaId, slice);
    this.trimReplicas(source);
    return slice;
  }

  /** Keeps the slices that saw the most documents (never drops our own). */
  private trimReplicas(source: string): void {
    const replicas = this.sources.get(source)!;
    if (replicas.size <= this.opts.maxReplicas) return;
    const ranked = Array.from(replicas)
      .filter(([id]) => id !== this.opts.replicaId)
      .sort((a, b) => a[1].documents - b[1].documents);
    while (replicas.size > this.opts.maxReplicas && ranked.length > 0) replicas.delete(ranked.shift()![0]);
  }

  /** A snapshot's lines within the per-slice bound: the strongest (highest decayed count) when there are more. */
  private strongest(lines: [string, number, number][], documents: number): [string, number, number][] {
    if (lines.length <= this.opts.maxLinesPerSource) return lines;
    const target = Math.floor(this.opts.maxLinesPerSource * 0.8);
    return [...lines]
      .sort(
        (a, b) =>
          this.decayed({ count: b[1], at: b[2] }, documents) - this.decayed({ count: a[1], at: a[2] }, documents),
      )
      .slice(0, target);
  }

  /** Drops the weakest lines (lowest decayed count) down to 80 % of the bound. */
  private evict(slice: Slice): void {
    const target = Math.floor(this.opts.maxLinesPerSource * 0.8);
    const ranked = Array.from(slice.lines).sort(
      (a, b) => this.decayed(a[1], slice.documents) - this.decayed(b[1], slice.documents),
    );
    for (let i = 0; i < ranked.length - target; i++) slice.lines.delete(ranked[i][0]);
  }
}
