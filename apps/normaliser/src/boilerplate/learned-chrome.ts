import { BoilerplateModel, type BoilerplateSnapshot } from '@news/cleaning';

/** One replica's slice of one source, as published to `news.boilerplate.v1`. */
export interface OwnSlice {
  replicaId: string;
  sourceId: string;
  snapshot: BoilerplateSnapshot;
}

/**
 * Where this process's learned chrome lives: one model on the main thread, or
 * one per worker thread. BoilerplateSync publishes the slices it learned and
 * merges what every replica published, through this.
 */
export interface LearnedChrome {
  /** The slices learned into since the last call, one per (replica, source). */
  takeOwnSlices(): Promise<OwnSlice[]>;
  merge(snapshot: unknown): void;
  forget(sourceId: string, replicaId: string): void;
  /** Everything known: every replica's slices as last merged or learned. */
  snapshot(): BoilerplateSnapshot;
  stats(): Record<string, number>;
}

/** Splits a model's own-slice snapshot into one snapshot per (replica, source). */
export function slicesOf(snapshot: BoilerplateSnapshot): OwnSlice[] {
  const out: OwnSlice[] = [];
  for (const [sourceId, replicas] of Object.entries(snapshot.sources)) {
    for (const [replicaId, slice] of Object.entries(replicas)) {
      out.push({ replicaId, sourceId, snapshot: { version: 1, sources: { [sourceId]: { [replicaId]: slice } } } });
    }
  }
  return out;
}

/** The model on the main thread (NORMALISER_WORKERS=0, the CLI and replays). */
export class InlineChrome implements LearnedChrome {
  private readonly touchedSources = new Set<string>();

  constructor(readonly model: BoilerplateModel) {}

  touched(sourceId: string): void {
    this.touchedSources.add(sourceId);
  }

  async takeOwnSlices(): Promise<OwnSlice[]> {
    const sources = new Set(this.touchedSources);
    this.touchedSources.clear();
    return slicesOf(this.model.snapshot(true)).filter((s) => sources.has(s.sourceId));
  }

  merge(snapshot: unknown): void {
    this.model.merge(snapshot);
  }

  forget(sourceId: string, replicaId: string): void {
    this.model.forget(sourceId, replicaId);
  }

  snapshot(): BoilerplateSnapshot {
    return this.model.snapshot();
  }

  stats(): Record<string, number> {
    return this.model.stats();
  }
}
