import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { RawArticleEvent, TOPICS } from '@news/contracts';
import type { InboundBatch } from '@news/kafka';
import { NormaliserService } from './normaliser.service';

/** Thin: the transport has validated every payload against RawArticleEvent. */
@Controller()
export class RawArticlesHandler {
  constructor(@Inject(NormaliserService) private readonly normaliser: NormaliserService) {}

  @EventPattern(TOPICS.articlesRaw.name)
  async onRawArticles(@Payload() batch: InboundBatch<RawArticleEvent>): Promise<void> {
    await this.normaliser.normaliseBatch(batch.messages);
  }
}
