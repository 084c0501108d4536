import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { ConsumerRegistry } from '@news/kafka';
import { PipelineHealth } from '@news/observability';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(PipelineHealth) private readonly checks: PipelineHealth,
    @Inject(TypeOrmHealthIndicator) private readonly database: TypeOrmHealthIndicator,
    @Inject(ConsumerRegistry) private readonly consumers: ConsumerRegistry,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Ready when PostgreSQL answers, the consumer is a member of its group, and the service is not shutting down. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.checks.notDraining(),
      () => this.database.pingCheck('database').withTimeout(2_000),
      () => this.checks.consumers(this.consumers),
    ]);
  }
}
