import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Token } from '../text/tokenize';
import type { EntityType, Gazetteer } from './gazetteer';
import { runFeatures } from './run-features';
import { taggingDataDir } from '../data-dir';

/** Averaged-perceptron weights per feature, one per label (labels[0] is NONE). */
export interface RunModelFile {
  labels: ('NONE' | EntityType)[];
  threshold: number;
  weights: Record<string, number[]>;
}

export interface RunModel {
  classify(
    tokens: Token[],
    start: number,
    end: number,
    gaz: Gazetteer,
  ): { type: EntityType; confidence: number } | undefined;
}

let cached: RunModel | null | undefined;

/** Lazily loads data/run-model.json (built by tools/train/train-run-classifier.ts); undefined when absent. */
export function loadRunModel(): RunModel | undefined {
  if (cached !== undefined) return cached ?? undefined;
  const file = join(taggingDataDir(), 'run-model.json');
  if (!existsSync(file)) {
    cached = null;
    return undefined;
  }
  cached = runModelFrom(JSON.parse(readFileSync(file, 'utf8')) as RunModelFile);
  return cached;
}

/** A run model from its weights and threshold (the shipped file, or one trained in memory by tools/train). */
export function runModelFrom(model: RunModelFile): RunModel {
  return {
    classify(tokens, start, end, gaz) {
      const scores = scoreRun(model, runFeatures(tokens, start, end, gaz));
      let best = 0;
      for (let i = 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
      if (best === 0) return undefined;
      // softmax over the label scores: a confidence in [0, 1] to threshold
      const max = scores[best];
      const z = scores.reduce((n, s) => n + Math.exp(s - max), 0);
      const p = 1 / z;
      if (p < model.threshold) return undefined;
      return { type: model.labels[best] as EntityType, confidence: Math.round(p * 1000) / 1000 };
    },
  };
}

export function scoreRun(model: Pick<RunModelFile, 'labels' | 'weights'>, features: string[]): number[] {
  const scores = new Array<number>(model.labels.length).fill(0);
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (let i = 0; i < scores.length; i++) scores[i] += w[i];
  }
  return scores;
}
