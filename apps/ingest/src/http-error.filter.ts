import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { dependencyUnavailable } from './articles/unavailable-answer';

/**
 * One error shape for every failure: `{ statusCode, error, message, errors? }`.
 * 429s and 503s carry Retry-After; body-parser failures become a 400 that says the JSON
 * is malformed, or a 413 that gives the limit.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const parserError = exception as { type?: string; status?: number; limit?: number };
    const dependency = exception instanceof HttpException ? null : dependencyUnavailable(exception);
    let status: number;
    let body: Record<string, unknown>;
    if (exception instanceof HttpException) {
      status = exception.getStatus();
      const r = exception.getResponse();
      body = typeof r === 'string' ? { statusCode: status, message: r } : { statusCode: status, ...r };
      const cause = (exception as { cause?: { type?: string; limit?: number } }).cause;
      // Nest 12 maps body-parser's http-errors to HttpException; give the limit, in the one error shape.
      if (status === 413 && cause?.type === 'entity.too.large') {
        body = { statusCode: 413, error: 'Payload Too Large', message: `request body exceeds ${cause.limit} bytes` };
      }
      if (status === 400 && cause?.type === 'entity.parse.failed') {
        body = { statusCode: 400, error: 'Bad Request', message: 'request body is not valid JSON', errors: [{ field: '(body)', messages: [exception.message] }] };
      }
    } else if (parserError?.type === 'entity.too.large') {
      status = HttpStatus.PAYLOAD_TOO_LARGE;
      body = { statusCode: status, error: 'Payload Too Large', message: `request body exceeds ${parserError.limit} bytes` };
    } else if (parserError?.type === 'entity.parse.failed') {
      status = HttpStatus.BAD_REQUEST;
      body = { statusCode: status, error: 'Bad Request', message: 'request body is not valid JSON' };
    } else if (dependency) {
      // A dependency gone (a connection refused, a timeout) is never the client's fault nor a bug: 503.
      status = dependency.getStatus();
      body = dependency.getResponse() as Record<string, unknown>;
      this.logger.warn(`dependency unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
    } else {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
      body = { statusCode: status, error: 'Internal Server Error', message: 'internal error' };
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    // 429 and 503 say when to come back: the handler's own figure, or 5 s.
    const retryAfter = body.retryAfterSeconds;
    delete body.retryAfterSeconds;
    if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    else if (status === 503 || status === 429) res.setHeader('Retry-After', '5');
    res.status(status).json(body);
  }
}
