import { Controller, Get, Inject, UseGuards } from '@nestjs/common';
import { ConsumerGuard, RequireScope } from './consumer.guard';
import { ConsumerKeys } from './consumer-keys';

/** For operators: who may read the API, with which scopes and limits (never a key or its hash). */
@Controller('v1/keys')
@UseGuards(ConsumerGuard)
@RequireScope('admin')
export class KeysController {
  constructor(@Inject(ConsumerKeys) private readonly keys: ConsumerKeys) {}

  @Get()
  list() {
    return {
      mode: this.keys.mode,
      items: this.keys.consumers.map((c) => ({
        id: c.id,
        scopes: c.scopes,
        rateLimitPerMinute: c.rateLimitPerMinute ?? null,
        keys: c.keySha256.length,
      })),
    };
  }
}
