import PostalMime from 'postal-mime';
import { ParseMeta, ParseResult, WireFormatError } from '@news/wire-formats';

/** Bounds on the MIME structure, whatever the message claims. */
const LIMITS = { maxNestingDepth: 20, maxPartCount: 200, maxHeadersSize: 256 * 1024 };

/**
 * A message (RFC 5322 with MIME) as one article: the Subject is the headline,
 * the text/plain part (postal-mime derives it from the HTML part when there is
 * none) the story, the Message-ID its identity. For wire-formats builds that
 * have no reader of their own for `message/rfc822`; readTransported prefers
 * that reader whenever it exists. postal-mime decodes transfer encodings,
 * charsets and RFC 2047 headers, which are easy to get subtly wrong by hand.
 */
export async function readEmailFallback(bytes: Buffer, meta: ParseMeta): Promise<ParseResult & { sender?: string }> {
  let email: PostalMime.Email;
  try {
    email = await PostalMime.parse(new Uint8Array(bytes), LIMITS);
  } catch (err) {
    throw new WireFormatError(`e-mail refused: ${(err as Error).message}`);
  }
  const sender = email.from?.address?.toLowerCase();
  const text = (email.text ?? '').trim();
  if (text === '') {
    return { items: [], indexes: [], errors: [{ index: 0, field: 'body', messages: ['the message has no text'], status: 422 }], batch: false, sender };
  }
  const externalId = email.messageId?.trim().replace(/^<|>$/g, '') || meta.externalId;
  const publishedAt = email.date && !Number.isNaN(Date.parse(email.date)) ? new Date(email.date).toISOString() : undefined;
  const item = {
    sourceId: meta.sourceId,
    externalId,
    title: email.subject?.trim() || undefined,
    body: text,
    contentType: 'text/plain' as const,
    publishedAt,
    format: 'email',
  };
  return { items: [Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined))], indexes: [0], errors: [], batch: false, sender };
}
