import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { KafkaPublisher } from '@news/kafka';

@Controller('health')
export class HealthController {
  constructor(@Inject(KafkaPublisher) private readonly publisher: KafkaPublisher) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Ready when the producer is connected to Kafka. */
  @Get('ready')
  async ready() {
    if (await this.publisher.isReady()) return { status: 'ok', kafka: 'up' };
    throw new HttpException({ status: 'error', kafka: 'down' }, HttpStatus.SERVICE_UNAVAILABLE);
  }
}
