import type PostalMime from 'postal-mime';
import { bylineAuthors, isoDate, languageTag, uniquePlain } from './metadata';
import { htmlBodyOf } from './ninjs-body';
import { storyItem } from './story';
import { compact, ItemError, ParseMeta, ParseResult, resultOf, WireFormatError, WireItem, WireReader } from './types';

/**
 * E-mail (`message/rfc822`, RFC 5322 with MIME), parsed by postal-mime
 * (MIME structure, transfer encodings, charsets and RFC 2047 encoded words):
 * the subject is the headline, the HTML part (else the text part) the
 * story. An attachment in a wire format (NITF, NewsML, ninjs, ANPA…) is
 * read as that format and gives its own articles; a text attachment is
 * part of the story; pictures and documents are not text and are left.
 * The From address is returned for the transport to check against the
 * source's allow-list.
 */

/** Limits that bound the parse whatever the transport: nesting, parts, headers, one attachment's size. */
export const EMAIL_LIMITS = {
  nestingDepth: 20,
  parts: 200,
  headerBytes: 256 * 1024,
  rfc822Depth: 3,
  attachmentBytes: 8 * 1024 * 1024,
};

const LIMIT_ERRORS: Record<string, string> = {
  EMAXNESTINGDEPTH: `MIME parts nest deeper than ${EMAIL_LIMITS.nestingDepth} levels`,
  EMAXPARTCOUNT: `the message has more than ${EMAIL_LIMITS.parts} MIME parts`,
  EMAXHEADERSIZE: `the message's headers are larger than ${EMAIL_LIMITS.headerBytes} bytes`,
};

type Email = Awaited<ReturnType<typeof PostalMime.parse>>;
type Attachment = Email['attachments'][number];

async function parseMime(bytes: Buffer | string): Promise<Email> {
  // Loaded when the first e-mail arrives: every other format reads without it.
  const { default: postalMime } = await import('postal-mime');
  try {
    return await postalMime.parse(typeof bytes === 'string' ? bytes : new Uint8Array(bytes), {
      maxNestingDepth: EMAIL_LIMITS.nestingDepth,
      maxPartCount: EMAIL_LIMITS.parts,
      maxHeadersSize: EMAIL_LIMITS.headerBytes,
      maxRfc822NestingDepth: EMAIL_LIMITS.rfc822Depth,
      attachmentEncoding: 'arraybuffer',
    });
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new WireFormatError(`e-mail refused: ${(code && LIMIT_ERRORS[code]) ?? (err as Error).message}`);
  }
}

const bytesOf = (a: Attachment): Buffer => Buffer.from(a.content as ArrayBuffer);

/** Media types and file names of attachments that are text to add to the story. */
const isTextAttachment = (a: Attachment) => a.mimeType === 'text/plain' || /\.txt$/i.test(a.filename ?? '');

function emailItem(email: Email, extraText: string[], meta: ParseMeta): WireItem | ItemError {
  const html = email.html ? htmlBodyOf(email.html) : undefined;
  const parts = html
    ? [html, ...extraText.map((t) => `<pre>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>`)]
    : [email.text ?? '', ...extraText];
  const from = email.from?.name || email.from?.address;
  const language = email.headers.find((h) => h.key === 'content-language')?.value;
  const keywords = email.headers.find((h) => h.key === 'keywords')?.value;
  const messageId = email.messageId?.replace(/^<|>$/g, '');
  const externalId = messageId ?? meta.externalId;
  if (!externalId)
    return {
      index: 0,
      field: 'Message-ID',
      messages: ['an e-mail without a Message-ID needs X-External-Id to identify it'],
    };
  return storyItem(
    compact({
      sourceId: meta.sourceId,
      externalId,
      title: email.subject?.trim() || undefined,
      body: parts.filter((p) => p.trim() !== '').join(html ? '\n' : '\n\n'),
      contentType: html ? ('text/html' as const) : ('text/plain' as const),
      publishedAt: isoDate(email.date),
      byline: from,
      authors: from ? bylineAuthors(from) : undefined,
      language: languageTag(language),
      keywords: keywords ? uniquePlain(keywords.split(',')) : undefined,
      format: 'email',
    }),
    0,
  );
}

/**
 * Reads a message. `readAttachment` reads an attachment in a wire format
 * (the caller passes readWire, so every format is read the same way).
 */
export async function parseEmail(
  body: Buffer | string,
  meta: ParseMeta,
  readAttachment: WireReader,
): Promise<ParseResult> {
  const email = await parseMime(body);
  const extraText: string[] = [];
  const wireAttachments: Attachment[] = [];
  for (const a of email.attachments) {
    if (a.content instanceof ArrayBuffer && a.content.byteLength > EMAIL_LIMITS.attachmentBytes) {
      throw new WireFormatError(
        `e-mail refused: attachment ${a.filename ?? a.mimeType} is ${a.content.byteLength} bytes; at most ` +
          `${EMAIL_LIMITS.attachmentBytes} are read`,
        '(attachment)',
        413,
      );
    }
    if (isTextAttachment(a)) extraText.push(bytesOf(a).toString('utf8').trim());
    else if (/xml|json|nitf|newsml|anpa|7901/i.test(`${a.mimeType} ${a.filename ?? ''}`)) wireAttachments.push(a);
  }
  const own = emailItem(email, extraText.filter(Boolean), meta);
  const results: Array<WireItem | ItemError> = [own];
  for (const a of wireAttachments) {
    const read = await readAttachment(bytesOf(a), { ...meta, externalId: undefined, contentType: a.mimeType });
    results.push(
      ...read.items,
      ...read.errors.map((e) => ({ ...e, field: `${a.filename ?? 'attachment'}: ${e.field}` })),
    );
  }
  // A message whose own text is empty (only an attachment) is refused as no text beside the attachment's articles.
  return { ...resultOf(results, results.length > 1), sender: email.from?.address?.toLowerCase() };
}
