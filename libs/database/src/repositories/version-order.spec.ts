import { latestPerId, supersedes, VersionStamp } from './version-order';

const v = (version: number, created: string | null, hash = 'a', pubStatus = 'usable', state = hash): VersionStamp => ({
  version,
  versionCreated: created ? new Date(created) : null,
  contentHash: hash,
  stateHash: state,
  pubStatus,
});

describe('supersedes', () => {
  it('prefers the higher version whatever the times', () => {
    expect(supersedes(v(2, '2020-01-01T00:00:00Z'), v(1, '2024-01-01T00:00:00Z'))).toBe(true);
    expect(supersedes(v(1, '2024-01-01T00:00:00Z'), v(2, '2020-01-01T00:00:00Z'))).toBe(false);
  });

  it('at the same version prefers the later versionCreated', () => {
    expect(supersedes(v(3, '2024-01-02T00:00:00Z'), v(3, '2024-01-01T00:00:00Z'))).toBe(true);
    expect(supersedes(v(3, '2024-01-01T00:00:00Z'), v(3, '2024-01-02T00:00:00Z'))).toBe(false);
    expect(supersedes(v(3, '2024-01-01T00:00:00Z'), v(3, null))).toBe(true);
  });

  it('at the same version and time lets a changed body or status through, but not an identical copy', () => {
    expect(supersedes(v(1, null, 'b'), v(1, null, 'a'))).toBe(true);
    expect(supersedes(v(1, null, 'a', 'canceled'), v(1, null, 'a'))).toBe(true);
    expect(supersedes(v(1, null, 'a'), v(1, null, 'a'))).toBe(false);
  });

  it('at the same version and time lets a change outside the text through (a headline fixed)', () => {
    expect(supersedes(v(1, null, 'a', 'usable', 'title-fixed'), v(1, null, 'a', 'usable', 'a'))).toBe(true);
  });
});

describe('latestPerId', () => {
  it('keeps one winner per id, whatever the arrival order', () => {
    const rows = [
      { id: 'x', ...v(2, null, 'two') },
      { id: 'y', ...v(1, null, 'y1') },
      { id: 'x', ...v(1, null, 'one') },
      { id: 'x', ...v(3, null, 'three') },
    ];
    const out = latestPerId(rows);
    expect(out).toHaveLength(2);
    expect(out.find((r) => r.id === 'x')?.contentHash).toBe('three');
  });
});
