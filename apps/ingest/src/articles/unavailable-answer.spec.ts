import { PublishNotSentError, PublishOutcomeUnknownError } from '@news/kafka';
import { IntakePartlyAcceptedError } from './article-intake.service';
import { dependencyUnavailable, unavailableAnswer } from './unavailable-answer';

const bodyOf = (e: ReturnType<typeof unavailableAnswer>) =>
  e!.getResponse() as { statusCode: number; outcome: string; message: string; retryAfterSeconds: number };

describe('the 503 says what happened to the articles', () => {
  it('not sent: not accepted, nothing written', () => {
    const body = bodyOf(unavailableAnswer(new PublishNotSentError('not sent to Kafka within 10000 ms')));
    expect(body).toMatchObject({ statusCode: 503, outcome: 'not-accepted', retryAfterSeconds: 5 });
    expect(body.message).toMatch(/were not accepted.*nothing of this request was written/);
  });

  it('sent, not acknowledged: the outcome is unknown and a retry with the same identity is safe', () => {
    const body = bodyOf(unavailableAnswer(new PublishOutcomeUnknownError('Kafka did not acknowledge within 25000 ms')));
    expect(body.outcome).toBe('unknown');
    expect(body.message).toMatch(/outcome is unknown/);
    expect(body.message).toMatch(/same articles .* is safe: it never creates a second article or event/);
  });

  it('earlier chunks acknowledged: partial, with how many', () => {
    const body = bodyOf(
      unavailableAnswer(new IntakePartlyAcceptedError(3, 5, new PublishNotSentError('x'))),
    ) as unknown as { outcome: string; accepted: number; message: string };
    expect(body).toMatchObject({ outcome: 'partial', accepted: 3 });
    expect(body.message).toMatch(/^3 of the 5 new articles were accepted and the rest were not accepted/);
  });

  it('anything else is not a publish outcome', () => {
    expect(unavailableAnswer(new TypeError('bug'))).toBeNull();
  });

  it('a dependency that went away is a 503 of unknown outcome, a bug is not', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(bodyOf(dependencyUnavailable(refused))).toMatchObject({ statusCode: 503, outcome: 'unknown' });
    expect(dependencyUnavailable(new TypeError('x is undefined'))).toBeNull();
  });
});
