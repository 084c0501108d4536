import { allTopicSpecs, CLOUD_EVENT_HEADERS, HEADERS, TOPICS } from '@news/contracts';
import { deployedTopics } from './topic-settings';

/**
 * The AsyncAPI 3.0 document of every topic: channels with their Kafka settings
 * as production runs them (partitions, replicas, retention, compaction),
 * messages whose key, headers and payload are the committed JSON Schemas
 * (referenced, so there is one copy), and who sends and receives each.
 */
type Doc = Record<string, unknown>;

const camel = (topic: string) =>
  topic
    .replace(/^news\./, '')
    .split(/[.-]/)
    .map((p, i) => (i === 0 ? p : p[0].toUpperCase() + p.slice(1)))
    .join('');

/** Stage → what it sends and receives (the consumers' own DLQs are written by the stage that gave up). */
const FLOWS: Array<{ topic: string; sender: string; receivers: string[] }> = [
  { topic: TOPICS.articlesRaw.name, sender: 'ingest', receivers: ['normaliser'] },
  { topic: TOPICS.articlesNormalised.name, sender: 'normaliser', receivers: ['store'] },
  { topic: TOPICS.articlesStored.name, sender: 'store', receivers: ['downstream'] },
  { topic: TOPICS.articlesStoredNinjs.name, sender: 'store', receivers: ['downstream'] },
  { topic: TOPICS.boilerplate.name, sender: 'normaliser', receivers: ['normaliser'] },
  { topic: `${TOPICS.articlesRaw.name}.dlq`, sender: 'normaliser', receivers: ['operator'] },
  { topic: `${TOPICS.articlesNormalised.name}.dlq`, sender: 'store', receivers: ['operator'] },
];

/** Kafka channel binding 0.5.0 `topicConfiguration`: the settings it knows, from the deployed topic. */
function topicConfiguration(config: Record<string, string>): Doc {
  const out: Doc = {};
  if (config['cleanup.policy']) out['cleanup.policy'] = config['cleanup.policy'].split(',');
  for (const key of ['retention.ms', 'delete.retention.ms', 'max.message.bytes'])
    if (config[key]) out[key] = Number(config[key]);
  return out;
}

export function asyncApiDocument(root: string, version: string): Doc {
  const deployed = deployedTopics(root);
  const channels: Doc = {};
  const messages: Doc = {};
  const operations: Doc = {};
  for (const spec of allTopicSpecs()) {
    const id = camel(spec.name);
    const prod = deployed.get(spec.name);
    if (!prod) throw new Error(`${spec.name} is not in k8s/strimzi-topics/topics.yaml`);
    const dlq = spec.name.endsWith('.dlq');
    const ninjs = spec.name === TOPICS.articlesStoredNinjs.name;
    messages[id] = {
      name: id,
      title: spec.name,
      summary: spec.description,
      contentType: ninjs ? 'application/ninjs+json' : 'application/json',
      headers: { $ref: `./${spec.name}/headers.schema.json` },
      payload: { $ref: `./${spec.name}/value.schema.json` },
      ...(dlq || spec.name === TOPICS.boilerplate.name
        ? {}
        : { correlationId: { location: `$message.header#/${HEADERS.correlationId}` } }),
      bindings: { kafka: { key: { $ref: `./${spec.name}/key.schema.json` }, bindingVersion: '0.5.0' } },
      ...(spec.eventType
        ? { 'x-cloudevents-type': spec.eventType, 'x-cloudevents-id-header': CLOUD_EVENT_HEADERS.id }
        : {}),
    };
    channels[id] = {
      address: spec.name,
      description: `${spec.description} Locally ${spec.partitions} partition(s).`,
      messages: { [id]: { $ref: `#/components/messages/${id}` } },
      bindings: {
        kafka: {
          topic: spec.name,
          partitions: prod.partitions,
          replicas: prod.replicas,
          topicConfiguration: topicConfiguration(prod.config),
          bindingVersion: '0.5.0',
        },
      },
    };
    const flow = FLOWS.find((f) => f.topic === spec.name);
    if (!flow) throw new Error(`no sender/receivers listed for ${spec.name}`);
    operations[`${flow.sender}Sends${id[0].toUpperCase()}${id.slice(1)}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${id}` },
      messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
    };
    for (const r of flow.receivers) {
      operations[`${r}Receives${id[0].toUpperCase()}${id.slice(1)}`] = {
        action: 'receive',
        channel: { $ref: `#/channels/${id}` },
        messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'news-pipeline topics',
      version,
      description:
        'Every Kafka topic of the pipeline. Keys, values and headers are JSON Schema 2020-12 documents ' +
        'beside this file, generated from the contracts. Values are UTF-8 JSON; each event carries the ' +
        'CloudEvents Kafka binding headers (binary mode) and W3C trace context. The major version is in the ' +
        'topic name; fields are only added within it. Delivery is at least once, in order per key (article ' +
        'id).',
    },
    defaultContentType: 'application/json',
    servers: {
      production: {
        host: 'news-kafka-kafka-bootstrap.kafka.svc:9093',
        protocol: 'kafka-secure',
        description: 'The Strimzi cluster of k8s/overlays/prod (TLS; SASL where configured).',
      },
      local: { host: '127.0.0.1:19092', protocol: 'kafka', description: 'scripts/services.sh' },
    },
    channels,
    operations,
    components: { messages },
  };
}
