import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { KafkaPublisher } from '@news/kafka';
import type { SchemaGate } from '@news/database';
import { PipelineHealth } from '@news/observability';
import { INGEST_SCHEMA_GATE } from './delivery/receipt-store.providers';
import { TransportsService } from './transports/transports.service';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(PipelineHealth) private readonly checks: PipelineHealth,
    @Inject(KafkaPublisher) private readonly publisher: KafkaPublisher,
    @Inject(INGEST_SCHEMA_GATE) private readonly schema: SchemaGate | null,
    @Optional() @Inject(TransportsService) private readonly transports?: TransportsService,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /**
   * Ready when Kafka acknowledges produce requests, the service is not
   * shutting down, and its database (if any) has the migrations this build
   * needs; a database it cannot reach leaves it ready (receipts degraded).
   * The transports' state is in the details: a failing one shows as
   * `degraded` but never makes ingest not ready (pushes go on).
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    const transports = this.transports;
    const schema = this.schema;
    return this.health.check([
      () => this.checks.notDraining(),
      () => this.checks.kafkaProducer(this.publisher),
      ...(schema ? [() => this.checks.schema(schema, true)] : []),
      ...(transports ? [() => transports.health()] : []),
    ]);
  }
}
