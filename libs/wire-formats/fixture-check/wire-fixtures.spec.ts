import { coverage, FIXTURES, runFixture } from './manifest';

/**
 * Every item of ../shared/datasets/wire-fixtures (real items from Superdesk
 * deployments), read as ingest reads it: a text item keeps its headline,
 * at least 99.5 % of its own words and the metadata it carries; anything
 * else is refused with the status and reason it deserves.
 */
describe('wire fixtures', () => {
  const texts = FIXTURES.filter((e) => e.items);
  const refusals = FIXTURES.filter((e) => !e.items);

  it.each(texts.map((e) => [e.file, e] as const))('%s is read', async (_file, entry) => {
    const { result, error } = await runFixture(entry);
    expect(error).toBeUndefined();
    const expected = entry.items!;
    expect(result!.items).toHaveLength(expected.length);
    const refused = (result!.errors ?? []).map((e) => [e.status ?? 400, e.messages[0].slice(0, 60)]);
    expect(refused).toEqual((entry.refused ?? []).map((r) => [r.status, r.reason]));
    expected.forEach((want, i) => {
      const item = result!.items[i];
      expect(item.title).toBe(want.headline);
      expect(item.headlineDerived ?? false).toBe(want.headlineDerived ?? false);
      for (const field of want.fields) expect([field, item[field]]).toEqual([field, expect.anything()]);
      const { kept, total, missing } = coverage(entry, want, item);
      expect(total).toBeGreaterThan(0);
      const enough = kept / total >= 0.995;
      const got = enough
        ? { kept: 'at least 99.5 %', missing: [] }
        : { kept: `${kept} of ${total}`, missing: missing.slice(0, 20) };
      expect(got).toEqual({ kept: 'at least 99.5 %', missing: [] });
    });
  });

  it.each(refusals.map((e) => [e.file, e] as const))('%s is refused, naming why', async (_file, entry) => {
    const { result, error } = await runFixture(entry);
    const got = error
      ? [[error.status, error.message.slice(0, 60)]]
      : result!.errors.map((e) => [e.status ?? 400, e.messages[0].slice(0, 60)]);
    expect(result?.items ?? []).toEqual([]);
    expect(got).toEqual(entry.refused!.map((r) => [r.status, r.reason]));
  });
});
