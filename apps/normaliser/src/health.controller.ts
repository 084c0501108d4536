import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { ConsumerRegistry } from '@news/kafka';
import { ShutdownState } from '@news/observability';

@Controller('health')
export class HealthController {
  constructor(
    private readonly consumers: ConsumerRegistry,
    private readonly shutdown: ShutdownState,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Ready when the consumer is a member of its group, and not shutting down. */
  @Get('ready')
  ready() {
    if (this.shutdown.draining || !this.consumers.allJoined()) {
      throw new HttpException({ status: 'error', consumers: this.consumers.states() }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'ok', consumers: this.consumers.states() };
  }
}
