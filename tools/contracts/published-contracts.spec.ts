import { TOPICS } from '@news/contracts';
import { storedEventMessages } from '../../apps/store/src/persist/stored-event';
import { normalisedEvent } from '../../test/store/support/normalised-events';
import { committedSchemas } from './schema-registry';

const registry = committedSchemas();
const errorsOf = (topic: string, part: 'key' | 'value' | 'headers', data: unknown) => {
  const validate = registry.validator(topic, part);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${part}${e.instancePath} ${e.message}`);
};

describe('published contracts (schemas/)', () => {
  it('holds a key, value and headers schema for every topic, each valid JSON Schema 2020-12', () => {
    expect(registry.topics).toEqual(
      expect.arrayContaining([TOPICS.articlesRaw.name, TOPICS.articlesStored.name, `${TOPICS.articlesRaw.name}.dlq`]),
    );
    for (const topic of registry.topics)
      for (const part of ['key', 'value', 'headers'] as const)
        expect(() => registry.validator(topic, part)).not.toThrow();
  });

  it.each(['created', 'killed'] as const)(
    'describes what the store publishes for a %s article, on both stored topics',
    (change) => {
      const event = normalisedEvent({
        sourceId: 'schema-test',
        externalId: 'a',
        version: 2,
        text: 'Some text.',
        people: ['Kari Nordmann'],
        subjects: ['medtop:04000000'],
      });
      const messages = storedEventMessages({
        article: event.article,
        change,
        storedAt: new Date(),
        cause: { ...event.envelope, eventId: event.envelope.eventId },
        trace: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
      });
      for (const [topic, m] of [
        [TOPICS.articlesStored.name, messages.json],
        [TOPICS.articlesStoredNinjs.name, messages.ninjs],
      ] as const) {
        const errors = [
          ...errorsOf(topic, 'key', m.key),
          ...errorsOf(topic, 'value', JSON.parse(m.value as string)),
          ...errorsOf(topic, 'headers', m.headers),
        ];
        expect({ topic, errors }).toEqual({ topic, errors: [] });
      }
    },
  );

  it('refuses what a consumer must not accept', () => {
    expect(errorsOf(TOPICS.articlesStored.name, 'key', 'not-a-uuid')).not.toEqual([]);
    expect(errorsOf(TOPICS.articlesStored.name, 'value', { articleId: 'x', version: 0 })).not.toEqual([]);
    expect(errorsOf(TOPICS.articlesStored.name, 'headers', { 'event-id': 'x' })).not.toEqual([]);
  });
});
