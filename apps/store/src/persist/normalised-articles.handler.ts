import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { NormalisedArticleEvent, TOPICS } from '@news/contracts';
import type { InboundBatch } from '@news/kafka';
import { StoredArticlesService } from './stored-articles.service';

/** Thin: the transport validated each payload; offsets are committed after storeBatch resolves. */
@Controller()
export class NormalisedArticlesHandler {
  constructor(@Inject(StoredArticlesService) private readonly stored: StoredArticlesService) {}

  @EventPattern(TOPICS.articlesNormalised.name)
  async onNormalisedArticles(@Payload() batch: InboundBatch<NormalisedArticleEvent>): Promise<void> {
    await this.stored.storeBatch(batch.messages);
  }
}
