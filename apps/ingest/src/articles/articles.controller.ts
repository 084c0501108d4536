import { Controller, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PushService } from './push.service';

@Controller('v1/articles')
export class ArticlesController {
  constructor(@Inject(PushService) private readonly pushes: PushService) {}

  /**
   * One article or a batch, in any format ingest reads (Content-Type decides).
   * 202 once Kafka has acknowledged; see docs/ingest.md and /v1/openapi.json.
   */
  @Post()
  async submit(@Req() req: Request, @Res() res: Response): Promise<void> {
    const answer = await this.pushes.push({
      method: req.method,
      url: req.originalUrl,
      rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
      contentType: req.headers['content-type'],
      headers: req.headers,
      query: req.query,
    });
    for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
    res.status(answer.statusCode).json(answer.body);
  }
}
