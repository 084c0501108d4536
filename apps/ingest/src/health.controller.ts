import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { KafkaPublisher } from '@news/kafka';
import { PipelineHealth } from '@news/observability';
import { TransportsService } from './transports/transports.service';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(PipelineHealth) private readonly checks: PipelineHealth,
    @Inject(KafkaPublisher) private readonly publisher: KafkaPublisher,
    @Optional() @Inject(TransportsService) private readonly transports?: TransportsService,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /**
   * Ready when Kafka acknowledges produce requests and the service is not
   * shutting down. The transports' state is in the details: a failing one
   * shows as `degraded` but never makes ingest not ready (pushes go on).
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    const transports = this.transports;
    return this.health.check([
      () => this.checks.notDraining(),
      () => this.checks.kafkaProducer(this.publisher),
      ...(transports ? [() => transports.health()] : []),
    ]);
  }
}
