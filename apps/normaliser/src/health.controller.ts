import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { ConsumerRegistry } from '@news/kafka';
import { PipelineHealth } from '@news/observability';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(PipelineHealth) private readonly checks: PipelineHealth,
    @Inject(ConsumerRegistry) private readonly consumers: ConsumerRegistry,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Ready when the consumer is a member of its group (heartbeats going through), and not shutting down. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.checks.notDraining(), () => this.checks.consumers(this.consumers)]);
  }
}
