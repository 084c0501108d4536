/** The fields that decide which of two versions of an article is current. */
export interface VersionStamp {
  version: number;
  versionCreated: Date | null;
  contentHash: string;
  /** sha256 of everything stored about the version (text, title, feed metadata…): any change is a new state. */
  stateHash: string;
  pubStatus: string;
}

/**
 * Newsroom version rules: a higher `version` wins; at the same version a
 * later `versionCreated` wins; at the same version and time, a changed state
 * (any stored field: a headline fixed, a subject added) or status supersedes. Returns true when `incoming` should
 * replace `current`.
 * The SQL in ArticleRepository.upsertCurrent applies the same rules.
 */
export function supersedes(incoming: VersionStamp, current: VersionStamp): boolean {
  if (incoming.version !== current.version) return incoming.version > current.version;
  const a = incoming.versionCreated?.getTime() ?? Number.NEGATIVE_INFINITY;
  const b = current.versionCreated?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (a !== b) return a > b;
  return incoming.stateHash !== current.stateHash || incoming.pubStatus !== current.pubStatus;
}

/** Keeps, per id, the version that wins; later entries win ties, as they arrived later. */
export function latestPerId<T extends VersionStamp & { id: string }>(rows: T[]): T[] {
  const best = new Map<string, T>();
  for (const row of rows) {
    const current = best.get(row.id);
    if (!current || supersedes(row, current) || !supersedes(current, row)) best.set(row.id, row);
  }
  return [...best.values()];
}
