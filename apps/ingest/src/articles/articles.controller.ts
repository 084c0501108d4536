import {
  BadRequestException,
  Body,
  Controller,
  Headers,
  HttpCode,
  Post,
  ServiceUnavailableException,
} from '@nestjs/common';
import { ArticleSubmission, validateContract } from '@news/contracts';
import { PublishUnavailableError } from '@news/kafka';
import { ArticleIntakeService } from './article-intake.service';

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

@Controller('v1/articles')
export class ArticlesController {
  constructor(private readonly intake: ArticleIntakeService) {}

  /** One article as the project's JSON. 202 once Kafka has acknowledged it. */
  @Post()
  @HttpCode(202)
  async submit(@Body() body: unknown, @Headers('x-correlation-id') correlationId?: string) {
    const decoded = validateContract(ArticleSubmission, body, { forbidUnknown: true });
    if (!decoded.ok) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'invalid article', errors: decoded.errors });
    }
    if (correlationId !== undefined && !CORRELATION_ID.test(correlationId)) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'invalid header',
        errors: [{ field: 'X-Correlation-Id', messages: ['must be 1-128 characters of A-Z a-z 0-9 . _ : -'] }],
      });
    }
    try {
      const accepted = await this.intake.accept(decoded.value, correlationId);
      return { status: 'accepted', ...accepted };
    } catch (err) {
      if (err instanceof PublishUnavailableError) {
        throw new ServiceUnavailableException({
          statusCode: 503,
          error: 'Service Unavailable',
          message: 'the article was not accepted: Kafka is unavailable; retry later',
        });
      }
      throw err;
    }
  }
}
