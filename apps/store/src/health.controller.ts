import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { SchemaGate } from '@news/database';
import { ConsumerRegistry } from '@news/kafka';
import { PipelineHealth } from '@news/observability';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(PipelineHealth) private readonly checks: PipelineHealth,
    @Inject(TypeOrmHealthIndicator) private readonly database: TypeOrmHealthIndicator,
    @Inject(ConsumerRegistry) private readonly consumers: ConsumerRegistry,
    @Inject(SchemaGate) private readonly schema: SchemaGate,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /**
   * Ready when PostgreSQL answers with the schema this build needs (every migration it was built with), the
   * consumer is a member of its group, and the service is not shutting down.
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.checks.notDraining(),
      () => this.database.pingCheck('database').withTimeout(2_000),
      () => this.checks.schema(this.schema),
      () => this.checks.consumers(this.consumers),
    ]);
  }
}
