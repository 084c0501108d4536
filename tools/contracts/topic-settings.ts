import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A topic as production runs it (k8s/strimzi-topics/topics.yaml). */
export interface DeployedTopic {
  partitions: number;
  replicas: number;
  config: Record<string, string>;
}

/**
 * Reads the Strimzi KafkaTopic manifests: one document per topic, each with
 * `topicName`, `partitions`, `replicas` and a flat `config` map. Just that
 * shape, line by line (the deploy validation checks the file itself).
 */
export function deployedTopics(root: string): Map<string, DeployedTopic> {
  const text = readFileSync(join(root, 'k8s', 'strimzi-topics', 'topics.yaml'), 'utf8');
  const out = new Map<string, DeployedTopic>();
  for (const doc of text.split(/^---\s*$/m)) {
    const name = /^\s*topicName:\s*(\S+)/m.exec(doc)?.[1];
    if (!name) continue;
    const num = (key: string) => Number(new RegExp(`^\\s*${key}:\\s*(\\d+)`, 'm').exec(doc)?.[1] ?? NaN);
    const config: Record<string, string> = {};
    const block = /^\s*config:\s*$([\s\S]*)/m.exec(doc)?.[1] ?? '';
    for (const line of block.split('\n')) {
      const m = /^\s{4,}([a-z.]+):\s*([^#\s]+)/.exec(line);
      if (m) config[m[1]] = m[2];
    }
    out.set(name, { partitions: num('partitions'), replicas: num('replicas'), config });
  }
  return out;
}
