import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Request, Response } from 'express';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Problem types of the store API (RFC 9457 `type`), described in docs/api.md. */
export const PROBLEM_TYPES = {
  invalidParameters: 'urn:news-pipeline:problem:invalid-parameters',
  unauthenticated: 'urn:news-pipeline:problem:unauthenticated',
  forbidden: 'urn:news-pipeline:problem:insufficient-scope',
  rateLimited: 'urn:news-pipeline:problem:rate-limited',
  notFound: 'urn:news-pipeline:problem:not-found',
  killed: 'urn:news-pipeline:problem:killed',
  notAcceptable: 'urn:news-pipeline:problem:not-acceptable',
} as const;

export interface ProblemBody {
  type?: string;
  title?: string;
  detail: string;
  /** Extensions (RFC 9457 §3.2): `errors`, `killedAt`, `links`, `retryAfter`. */
  [extension: string]: unknown;
}

/**
 * An HTTP error answered as application/problem+json, with response headers of its own (Retry-After, WWW-Authenticate).
 */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    body: ProblemBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body, status);
  }
}

/** Nest's own error bodies ({statusCode, error, message}) and ours, as one RFC 9457 document. */
export function problemOf(status: number, response: unknown, instance: string): Record<string, unknown> {
  const r = (typeof response === 'object' && response !== null ? response : { message: response }) as Record<
    string,
    unknown
  >;
  const { statusCode: _statusCode, error: _error, message, type, title, detail, ...extensions } = r;
  const text =
    typeof detail === 'string'
      ? detail
      : Array.isArray(message)
        ? message.join('; ')
        : typeof message === 'string'
          ? message
          : undefined;
  return {
    type: typeof type === 'string' ? type : status === 404 ? PROBLEM_TYPES.notFound : 'about:blank',
    title: typeof title === 'string' ? title : (STATUS_CODES[status] ?? 'Error'),
    status,
    detail: text ?? STATUS_CODES[status] ?? 'Error',
    instance,
    ...extensions,
  };
}

/**
 * Every error of the store's API as application/problem+json (RFC 9457); the
 * field list `errors` stays as an extension. Health answers keep terminus'
 * own shape: probes and dashboards read it.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    if (res.headersSent) {
      res.end();
      return;
    }
    const http = exception instanceof HttpException;
    const status = http ? exception.getStatus() : 500;
    if (!http)
      this.logger.error(
        `unhandled error on ${req.method} ${req.path}: ${(exception as Error)?.stack ?? String(exception)}`,
      );
    if (req.path.startsWith('/health')) {
      res.status(status).json(http ? exception.getResponse() : { status: 'error' });
      return;
    }
    const response = http ? exception.getResponse() : { detail: 'The server could not answer this request.' };
    if (exception instanceof ProblemException)
      for (const [k, v] of Object.entries(exception.headers)) res.setHeader(k, v);
    res.status(status).setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify(problemOf(status, response, req.originalUrl)));
  }
}
