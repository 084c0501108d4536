/** Learned chrome as published to news.boilerplate.v1: per source, per replica, a slice's lines. */
export interface BoilerplateSnapshot {
  version: 1;
  sources: Record<
    string,
    Record<string, { documents: number; lines: [string, number, number][]; recentKeys: string[] }>
  >;
}

/** Checks a snapshot's shape (it comes from Kafka); throws naming the first bad part. */
export function parseBoilerplateSnapshot(value: unknown): BoilerplateSnapshot {
  const fail = (why: string): never => {
    throw new Error(`invalid boilerplate snapshot: ${why}`);
  };
  if (!value || typeof value !== 'object') fail('not an object');
  const v = value as Partial<BoilerplateSnapshot>;
  if (v.version !== 1) fail(`unsupported version ${String(v.version)}`);
  if (!v.sources || typeof v.sources !== 'object') fail('no sources');
  for (const [source, replicas] of Object.entries(v.sources!)) {
    if (!replicas || typeof replicas !== 'object') fail(`source ${source}`);
    for (const [replica, slice] of Object.entries(replicas)) {
      if (!slice || typeof slice.documents !== 'number' || !Number.isFinite(slice.documents) || slice.documents < 0)
        fail(`${source}/${replica}: documents`);
      if (!Array.isArray(slice.lines) || !Array.isArray(slice.recentKeys)) fail(`${source}/${replica}: lines`);
      for (const entry of slice.lines) {
        if (
          !Array.isArray(entry) ||
          typeof entry[0] !== 'string' ||
          typeof entry[1] !== 'number' ||
          typeof entry[2] !== 'number'
        )
          fail(`${source}/${replica}: line entry`);
      }
    }
  }
  return v as BoilerplateSnapshot;
}
