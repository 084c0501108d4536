/**
 * One article whose cleaning takes long holds up nobody: the normaliser's
 * worker pool stops it at NORMALISER_ARTICLE_TIMEOUT_MS and reads it with the
 * linear fallback, whole; the article pushed right after it is stored as
 * usual. Real Kafka and PostgreSQL, the three services in this process.
 */
import { randomUUID } from 'node:crypto';
import { RunningPipeline, startPipeline, waitFor } from '../support/pipeline';

describe('a slow article in the normaliser (real Kafka and PostgreSQL)', () => {
  let p: RunningPipeline;
  const source = `slow-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    // A short bound, which a 450 KB page's DOM path outlasts on any machine.
    p = await startPipeline({ normaliser: { NORMALISER_ARTICLE_TIMEOUT_MS: '100', NORMALISER_WORKERS: '2' } });
  });
  afterAll(async () => {
    await p?.stop();
  });

  const push = async (externalId: string, body: string, contentType: string) => {
    const res = await fetch(`${p.ingestUrl}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sourceId: source, externalId, title: externalId, body, contentType }),
    });
    expect(res.status).toBe(202);
    return ((await res.json()) as { id: string }).id;
  };
  const stored = async (id: string) => {
    let article: { text: string; qualityFlags: string[] } | undefined;
    await waitFor(
      `article ${id} stored`,
      async () => {
        const res = await fetch(`${p.storeUrl}/v1/articles/${id}`);
        if (res.status === 200) article = (await res.json()) as typeof article;
        return article !== undefined;
      },
      60_000,
    );
    return article!;
  };

  it('stores the slow article whole through the fallback, and the one behind it as usual', async () => {
    const words = Array.from(
      { length: 6_000 },
      (_, i) => `<p>Paragraph ${i} of the council's long report on harbour dredging.</p>`,
    );
    const slowId = await push('slow', `<html><body>${words.join('')}</body></html>`, 'text/html');
    const canaryId = await push(
      'canary',
      'The ferry to the island will run every hour from Monday, the operator said.',
      'text/plain',
    );
    const slow = await stored(slowId);
    expect(slow.qualityFlags).toContain('extraction_fallback_used');
    expect(slow.text).toContain('Paragraph 0 of');
    expect(slow.text).toContain('Paragraph 5999 of');
    const canary = await stored(canaryId);
    expect(canary.text).toBe('The ferry to the island will run every hour from Monday, the operator said.');
    expect(canary.qualityFlags).not.toContain('extraction_fallback_used');
  });
});
