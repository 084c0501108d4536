import { encodeContract, envelopeHeaders, type NormalisedArticleEvent } from '@news/contracts';
import type { NormalisedJobResult } from '../pool/pool-protocol';

/** A normalised event as published: its JSON and its headers. */
export const encoded = (event: NormalisedArticleEvent): NormalisedJobResult => ({
  value: encodeContract(event),
  headers: envelopeHeaders(event.envelope),
  articleId: event.article.articleId,
  qualityFlags: event.article.qualityFlags,
});
