import { ArticleSubmission, FieldError, validateContract } from '@news/contracts';
import { fieldsWithNul, ParseResult } from '@news/wire-formats';

/** An item that will not be published, with the status the HTTP push answers it with. */
export interface Rejected {
  index: number;
  /** 400 malformed, 413 too large, 422 well-formed but unprocessable (no story, a date the store cannot hold). */
  status: 400 | 413 | 422;
  errors: FieldError[];
}

export interface Screened {
  valid: Array<{ index: number; submission: ArticleSubmission }>;
  /** In item order. */
  rejected: Rejected[];
}

/**
 * The checks every item passes before it is published, whatever brought it
 * (HTTP push, drop folder, mailbox): the reader's refusals, the article size
 * limit, NUL characters, and the ArticleSubmission contract.
 */
export function screenItems(parsed: ParseResult, maxArticleBytes: number): Screened {
  const rejected: Rejected[] = parsed.errors.map((e) => ({
    index: e.index,
    status: e.status ?? 400,
    errors: [{ field: e.field, messages: e.messages }],
  }));
  const valid: Screened['valid'] = [];
  parsed.items.forEach((item, i) => {
    const index = parsed.indexes[i];
    const bytes = typeof item.body === 'string' ? Buffer.byteLength(item.body, 'utf8') : 0;
    if (bytes > maxArticleBytes) {
      rejected.push({
        index,
        status: 413,
        errors: [{ field: 'body', messages: [`body is ${bytes} bytes; at most ${maxArticleBytes} are accepted`] }],
      });
      return;
    }
    const withNul = fieldsWithNul(item);
    if (withNul.length > 0) {
      rejected.push({
        index,
        status: 400,
        errors: withNul.map((field) => ({
          field,
          messages: [`${field} contains a NUL character (U+0000); text cannot carry it`],
        })),
      });
      return;
    }
    const decoded = validateContract(ArticleSubmission, item, { forbidUnknown: true });
    if (!decoded.ok) rejected.push({ index, status: decoded.outOfRange ? 422 : 400, errors: decoded.errors });
    else valid.push({ index, submission: decoded.value });
  });
  rejected.sort((a, b) => a.index - b.index);
  return { valid, rejected };
}
