import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { KafkaPublisher } from '@news/kafka';
import { ShutdownState } from '@news/observability';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(KafkaPublisher) private readonly publisher: KafkaPublisher,
    @Inject(ShutdownState) private readonly shutdown: ShutdownState,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Ready when the producer is connected to Kafka and the service is not shutting down (SIGTERM). */
  @Get('ready')
  async ready() {
    if (this.shutdown.draining) throw new HttpException({ status: 'error', draining: true }, HttpStatus.SERVICE_UNAVAILABLE);
    if (await this.publisher.isReady()) return { status: 'ok', kafka: 'up' };
    throw new HttpException({ status: 'error', kafka: 'down' }, HttpStatus.SERVICE_UNAVAILABLE);
  }
}
