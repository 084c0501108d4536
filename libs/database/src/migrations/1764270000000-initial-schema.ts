import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764270000000 implements MigrationInterface {
  name = 'InitialSchema1764270000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE articles (
        id              uuid PRIMARY KEY,
        source_id       text NOT NULL,
        external_id     text,
        url             text,
        canonical_url   text,
        title           text NOT NULL,
        body_text       text NOT NULL,
        language        text,
        published_at    timestamptz,
        received_at     timestamptz NOT NULL,
        version         integer NOT NULL CHECK (version >= 1),
        version_created timestamptz,
        pub_status      text NOT NULL CHECK (pub_status IN ('usable', 'withheld', 'canceled')),
        content_hash    char(64) NOT NULL,
        word_count      integer NOT NULL,
        quality_flags   jsonb NOT NULL DEFAULT '[]',
        tags            jsonb NOT NULL DEFAULT '{}',
        correlation_id  text NOT NULL,
        last_event_id   uuid NOT NULL,
        stored_at       timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX articles_source_idx ON articles (source_id)`);
    await q.query(`CREATE INDEX articles_received_idx ON articles (received_at DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE articles`);
  }
}
