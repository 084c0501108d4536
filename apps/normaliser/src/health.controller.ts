import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { ConsumerRegistry } from '@news/kafka';

@Controller('health')
export class HealthController {
  constructor(private readonly consumers: ConsumerRegistry) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Ready when the consumer is a member of its group. */
  @Get('ready')
  ready() {
    if (!this.consumers.allJoined()) {
      throw new HttpException({ status: 'error', consumers: this.consumers.states() }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'ok', consumers: this.consumers.states() };
  }
}
