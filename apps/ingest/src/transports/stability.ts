/** A file as a drop folder's listing shows it. */
export interface FolderEntry {
  name: string;
  size: number;
  /** Modification time, in ms since the epoch (the server's clock for FTP/SFTP). */
  mtimeMs: number;
}

/** Names writers use while a file is incomplete: dotfiles and the usual partial-upload suffixes. */
const INCOMPLETE = /^\.|\.(tmp|temp|part|partial|filepart|crdownload|lock)$/i;

export function isCandidate(name: string): boolean {
  return !INCOMPLETE.test(name);
}

/**
 * Decides when a file is complete: its size and modification time are the
 * same in listings at least `settleMs` apart (and in at least two listings,
 * so nothing is read the first time it is seen). It remembers only what the
 * last listing showed; a file that changes starts over.
 */
export class StabilityTracker {
  private seen = new Map<string, { size: number; mtimeMs: number; since: number; firstSeen: number }>();

  constructor(private readonly settleMs: number) {}

  /** Records a listing; returns the entries that are complete, oldest first. */
  observe(entries: FolderEntry[], now: number): FolderEntry[] {
    const next = new Map<string, { size: number; mtimeMs: number; since: number; firstSeen: number }>();
    const ready: FolderEntry[] = [];
    for (const e of entries) {
      const prev = this.seen.get(e.name);
      const same = prev !== undefined && prev.size === e.size && prev.mtimeMs === e.mtimeMs;
      next.set(e.name, {
        size: e.size,
        mtimeMs: e.mtimeMs,
        since: same ? prev.since : now,
        firstSeen: prev?.firstSeen ?? now,
      });
      if (same && now - prev.since >= this.settleMs) ready.push(e);
    }
    this.seen = next;
    return ready.sort((a, b) => a.mtimeMs - b.mtimeMs || a.name.localeCompare(b.name));
  }

  /** Forgets a file: finished, or read back at a size other than listed (still being written). */
  forget(name: string): void {
    this.seen.delete(name);
  }

  /** Files of the last listing not forgotten since: those still waiting. */
  get size(): number {
    return this.seen.size;
  }

  /**
   * When the oldest listed file arrived: its modification time, or when it was first seen if that is earlier (a clock
   * ahead of ours).
   */
  oldestArrival(): number | undefined {
    let oldest: number | undefined;
    for (const s of this.seen.values()) {
      const t = Math.min(s.mtimeMs, s.firstSeen);
      if (oldest === undefined || t < oldest) oldest = t;
    }
    return oldest;
  }
}
