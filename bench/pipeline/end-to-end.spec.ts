import { encodeContract, StoredArticleEvent } from '@news/contracts';
import { storedEventTimes } from './end-to-end';

function storedEvent(sourceId: string, body: string): Buffer {
  const event: StoredArticleEvent = {
    envelope: {
      eventId: 'e1',
      schemaVersion: 1,
      sourceId,
      receivedAt: new Date('2026-11-28T10:00:00.000Z'),
      correlationId: 'c1',
    },
    articleId: 'a1',
    version: 1,
    change: 'created',
    storedAt: new Date('2026-11-28T10:00:00.250Z'),
    article: { text: body } as StoredArticleEvent['article'],
  };
  return Buffer.from(encodeContract(event));
}

describe('storedEventTimes', () => {
  it("reads the envelope's receivedAt and the storedAt of a stored event", () => {
    expect(storedEventTimes(storedEvent('wire', 'x'.repeat(50_000)))).toEqual({
      receivedAt: Date.parse('2026-11-28T10:00:00.000Z'),
      storedAt: Date.parse('2026-11-28T10:00:00.250Z'),
    });
  });

  it('falls back to parsing the whole event when the times are not in its first kilobyte', () => {
    expect(storedEventTimes(storedEvent('s'.repeat(2_000), 'text'))).toEqual({
      receivedAt: Date.parse('2026-11-28T10:00:00.000Z'),
      storedAt: Date.parse('2026-11-28T10:00:00.250Z'),
    });
  });

  it('gives nothing for an event without a value', () => {
    expect(storedEventTimes(null)).toBeUndefined();
  });
});
