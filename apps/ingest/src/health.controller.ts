import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { KafkaPublisher } from '@news/kafka';
import { PipelineHealth } from '@news/observability';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(PipelineHealth) private readonly checks: PipelineHealth,
    @Inject(KafkaPublisher) private readonly publisher: KafkaPublisher,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Ready when Kafka acknowledges produce requests and the service is not shutting down. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.checks.notDraining(), () => this.checks.kafkaProducer(this.publisher)]);
  }
}
