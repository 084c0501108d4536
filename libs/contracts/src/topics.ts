/**
 * The single list of Kafka topics. The version is part of the name: a
 * breaking change to a contract gets a new topic (…v2) that runs beside the
 * old one while consumers migrate.
 */
export interface TopicSpec {
  readonly name: string;
  /**
   * Partitions created by scripts/services.sh and the tests; production sizes live in k8s/.
   * Six, so 1, 2, 3 or 6 replicas of a consumer split them evenly (docs/operations.md).
   */
  readonly partitions: number;
  /** Topic-level settings, e.g. `cleanup.policy: compact` for state topics. */
  readonly config?: Readonly<Record<string, string>>;
  readonly description: string;
  /** CloudEvents `type` of its messages (`ce_type` header); absent for state topics. */
  readonly eventType?: string;
}

export const TOPICS = {
  articlesRaw: {
    name: 'news.articles.raw.v1',
    partitions: 6,
    description: 'Articles accepted by ingest, as pushed (key: article id).',
    eventType: 'org.news-pipeline.article.raw.v1',
  },
  articlesNormalised: {
    name: 'news.articles.normalised.v1',
    partitions: 6,
    description: 'Cleaned and tagged articles from the normaliser (key: article id).',
    eventType: 'org.news-pipeline.article.normalised.v1',
  },
  articlesStored: {
    name: 'news.articles.stored.v1',
    partitions: 6,
    description: 'Articles committed to PostgreSQL by the store, for downstream consumers (key: article id).',
    eventType: 'org.news-pipeline.article.stored.v1',
  },
  articlesStoredNinjs: {
    name: 'news.articles.stored.ninjs.v1',
    partitions: 6,
    description:
      'The same changes as news.articles.stored.v1, each value an IPTC ninjs 2.2 document (a kill: ' +
      'pubstatus canceled); published when the store runs with STORE_STORED_EVENT_FORMATS=json+ninjs (key: ' +
      'article id).',
    eventType: 'org.news-pipeline.article.stored.v1',
  },
  boilerplate: {
    name: 'news.boilerplate.v1',
    partitions: 1,
    description:
      "The normalisers' learned per-source chrome (key: replica and source); compacted, so it is state that " +
      'survives restarts and is shared by replicas.',
    config: { 'cleanup.policy': 'compact', 'min.compaction.lag.ms': '60000' },
  },
} as const satisfies Record<string, TopicSpec>;

/** Dead letters for a topic: messages a stage could never process, with the reason in headers. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}

/** Every topic the pipeline needs, dead-letter topics included. */
export function allTopicSpecs(): TopicSpec[] {
  const main: TopicSpec[] = Object.values(TOPICS);
  const consumed = [TOPICS.articlesRaw, TOPICS.articlesNormalised];
  const dlq = consumed.map((t) => ({
    name: deadLetterTopicOf(t.name),
    partitions: 1,
    description: `Dead letters of ${t.name}.`,
  }));
  return [...main, ...dlq];
}
