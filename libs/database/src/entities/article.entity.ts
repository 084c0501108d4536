import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The current version of an article. Only the repositories in this lib touch it. */
@Entity({ name: 'articles' })
export class ArticleEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Index('articles_source_idx')
  @Column('text', { name: 'source_id' })
  sourceId!: string;

  @Column('text', { name: 'external_id', nullable: true })
  externalId!: string | null;

  @Column('text', { nullable: true })
  url!: string | null;

  @Column('text', { name: 'canonical_url', nullable: true })
  canonicalUrl!: string | null;

  @Column('text')
  title!: string;

  @Column('text', { name: 'body_text' })
  bodyText!: string;

  @Column('text', { nullable: true })
  language!: string | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt!: Date;

  @Column('integer')
  version!: number;

  @Column('timestamptz', { name: 'version_created', nullable: true })
  versionCreated!: Date | null;

  @Column('text', { name: 'pub_status' })
  pubStatus!: string;

  @Column('char', { name: 'content_hash', length: 64 })
  contentHash!: string;

  @Column('integer', { name: 'word_count' })
  wordCount!: number;

  @Column('jsonb', { name: 'quality_flags' })
  qualityFlags!: string[];

  /** people, organisations, places, subjects, keywords as in the normalised contract. */
  @Column('jsonb')
  tags!: Record<string, unknown>;

  @Column('text', { name: 'correlation_id' })
  correlationId!: string;

  @Column('uuid', { name: 'last_event_id' })
  lastEventId!: string;

  @Column('timestamptz', { name: 'stored_at' })
  storedAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
