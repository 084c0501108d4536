import { buildCorpus } from './corpus';

describe('buildCorpus', () => {
  // Generated pages stand in for ../shared's (absent at this path): the versioning is the same.
  const corpus = buildCorpus(3_000, { runId: 't', sharedDir: '/nonexistent' });

  it('numbers the versions of each article 1, 2, 3… in publish order, as a feed would', () => {
    const versions = new Map<string, number[]>();
    for (const a of corpus) {
      const key = `${a.sourceId}|${a.externalId}`;
      versions.set(key, [...(versions.get(key) ?? []), a.version]);
    }
    const updated = [...versions.values()].filter((v) => v.length > 1);
    expect(updated.length).toBeGreaterThan(50);
    for (const v of versions.values()) expect(v).toEqual(v.map((_, i) => i + 1));
  });

  it("builds each update on the article's latest text", () => {
    const latest = new Map<string, string>();
    for (const a of corpus) {
      const key = `${a.sourceId}|${a.externalId}`;
      if (a.kind === 'update') expect(a.body.startsWith(`${latest.get(key)}\n\nUpdated: `)).toBe(true);
      latest.set(key, a.body);
    }
  });
});
