import { HttpException } from '@nestjs/common';
import { isTransient, PublishOutcomeUnknownError, PublishUnavailableError } from '@news/kafka';
import { IntakePartlyAcceptedError } from './article-intake.service';

/** What a 503 says happened to the request's articles. */
export type UnavailableOutcome = 'not-accepted' | 'unknown' | 'partial';

const RETRY_AFTER_SECONDS = 5;

const SAFE_RETRY =
  'Retrying with the same articles (same sourceId, externalId or url, and content) is safe: it never creates a ' +
  'second article or event, and is answered 202, or 200 duplicate, with the same id.';

const MESSAGES: Record<Exclude<UnavailableOutcome, 'partial'>, string> = {
  'not-accepted':
    'the articles were not accepted: Kafka is unavailable and nothing of this request was written; retry later ' +
    'with the same articles',
  unknown:
    `the outcome is unknown: the articles were sent to Kafka, which did not acknowledge them in time, so they may ` +
    `still be accepted. ${SAFE_RETRY}`,
};

export function unavailable(
  outcome: UnavailableOutcome,
  message: string,
  extra: Record<string, unknown> = {},
): HttpException {
  return new HttpException(
    {
      statusCode: 503,
      error: 'Service Unavailable',
      outcome,
      message,
      ...extra,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    },
    503,
  );
}

/**
 * The truthful 503 for a publish Kafka did not take: `not-accepted` when
 * nothing was sent (nothing will be written), `unknown` when it was sent and
 * not acknowledged in time (it may still be written), `partial` when earlier
 * chunks of the request were acknowledged. Null for other errors.
 */
export function unavailableAnswer(err: unknown): HttpException | null {
  if (err instanceof IntakePartlyAcceptedError) {
    const rest =
      err.failure instanceof PublishOutcomeUnknownError ? 'may or may not have been accepted' : 'were not accepted';
    return unavailable(
      'partial',
      `${err.accepted} of the ${err.total} new articles were accepted and the rest ${rest}: Kafka is ` +
        `unavailable. Retry the whole request with the same articles: those accepted are answered as duplicates. ` +
        `${SAFE_RETRY}`,
      { accepted: err.accepted },
    );
  }
  if (err instanceof PublishOutcomeUnknownError) return unavailable('unknown', MESSAGES.unknown);
  if (err instanceof PublishUnavailableError) return unavailable('not-accepted', MESSAGES['not-accepted']);
  return null;
}

/** Any other failure of a dependency (a connection gone, a timeout): 503, never 500; its outcome cannot be told. */
export function dependencyUnavailable(err: unknown): HttpException | null {
  return isTransient(err) ? unavailable('unknown', `a service ingest depends on is unavailable. ${SAFE_RETRY}`) : null;
}
