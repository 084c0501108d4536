/** Turns corpus articles into the events each stage consumes, with the pipeline's own contracts and cores. */
import { createHash, randomUUID } from 'node:crypto';
import { articleIdFor, encodeContract, NormalisedArticleEvent, RawArticleEvent, toContract } from '@news/contracts';
import { BenchArticle, provenanceOf } from './corpus';

export function rawEventOf(a: BenchArticle): RawArticleEvent {
  return toContract(RawArticleEvent, {
    envelope: {
      eventId: randomUUID(),
      schemaVersion: 1,
      sourceId: a.sourceId,
      receivedAt: new Date(),
      correlationId: randomUUID(),
    },
    article: {
      articleId: articleIdFor(a.sourceId, a.externalId),
      externalId: a.externalId,
      title: a.title,
      body: a.body,
      contentType: a.contentType,
      version: a.version,
      provenance: provenanceOf(a),
      pubStatus: 'usable',
    },
  });
}

export function encoded(event: RawArticleEvent): { key: string; value: string } {
  return { key: event.article.articleId, value: encodeContract(event) };
}

/**
 * The store's input, `copies` times over: each copy a different article (its own
 * id, event and text, so not an exact duplicate of the original) with the same
 * sizes and tags. Updates stay updates of the same copy's earlier version. A
 * stage rate needs many batches (see steady-rate.ts); cleaning and tagging
 * more articles for it would cost minutes of the run.
 */
export function distinctCopies(events: NormalisedArticleEvent[], copies: number): NormalisedArticleEvent[] {
  const out: NormalisedArticleEvent[] = [];
  for (let k = 0; k < copies; k++) {
    for (const e of events) {
      if (k === 0) {
        out.push(e);
        continue;
      }
      const externalId = `${e.article.externalId ?? e.article.articleId}~copy${k}`;
      const text = `${e.article.text}\n\nCopy ${k}.`;
      out.push(
        toContract(NormalisedArticleEvent, {
          envelope: { ...e.envelope, eventId: randomUUID(), correlationId: randomUUID() },
          article: {
            ...e.article,
            articleId: articleIdFor(e.envelope.sourceId, externalId),
            externalId,
            text,
            wordCount: e.article.wordCount + 2,
            contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
          },
        }),
      );
    }
  }
  return out;
}
