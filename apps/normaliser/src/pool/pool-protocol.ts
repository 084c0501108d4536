import type { BoilerplateSnapshot } from '@news/cleaning';
import type { QualityFlag, RawArticleEvent } from '@news/contracts';
import type { SharedSlice } from '../boilerplate/chrome-hub';

/** What each normaliser worker is started with. */
export interface WorkerInit {
  /** This worker's slice of the shared boilerplate model. */
  replicaId: string;
  maxReplicas: number;
  learn: boolean;
  warmUp: boolean;
}

export type WorkerRequest =
  | { type: 'normalise'; raw: RawArticleEvent }
  /** The linear fallback (bounded-fallback.ts) for an article whose cleaning ran past its time. */
  | { type: 'fallback'; raw: RawArticleEvent }
  | { type: 'merge'; snapshot: BoilerplateSnapshot }
  /** Other slices, compact, in shared memory (ChromeHub): taken as they are, not copied. */
  | { type: 'share'; slices: SharedSlice[] }
  | { type: 'forget'; sourceId: string; replicaId: string }
  | { type: 'own-slices' }
  | { type: 'ping' };

/** A normalised event, already encoded: strings cross threads cheaper than object graphs. */
export interface NormalisedJobResult {
  value: string;
  headers: Record<string, string>;
  articleId: string;
  qualityFlags: QualityFlag[];
}
