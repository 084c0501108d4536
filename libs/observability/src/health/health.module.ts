import { Controller, DynamicModule, Get, Inject, InjectionToken, Module, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorFunction,
  HealthIndicatorResult,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { ConsumerRegistry, KafkaPublisher } from '@news/kafka';
import { PipelineHealth } from './pipeline-health';

/** A provider that adds its state to the readiness details (ingest's transports). */
export interface HealthContributor {
  health(): HealthIndicatorResult | Promise<HealthIndicatorResult>;
}

/** What makes a service ready, besides not shutting down. */
export interface HealthOptions {
  /** Kafka acknowledges produce requests. */
  producer?: boolean;
  /** Every consumer is a member of its group, its heartbeats going through. */
  consumers?: boolean;
  /** PostgreSQL answers (TypeORM's data source). */
  database?: boolean;
  /** Providers that add their state; one the application does not provide (not configured) is left out. */
  extra?: Array<InjectionToken<HealthContributor>>;
}

const HEALTH_OPTIONS = Symbol('HEALTH_OPTIONS');

/** GET /health/live (the process answers) and GET /health/ready (what HealthOptions asks for). */
@Controller('health')
class HealthController implements OnApplicationBootstrap {
  private checks: HealthIndicatorFunction[] | undefined;

  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(PipelineHealth) private readonly pipeline: PipelineHealth,
    @Inject(ModuleRef) private readonly moduleRef: ModuleRef,
    @Inject(HEALTH_OPTIONS) private readonly options: HealthOptions,
  ) {}

  /** Resolved once every module's providers exist: the contributors live in the application's own modules. */
  async onApplicationBootstrap(): Promise<void> {
    this.checks = await this.readiness();
  }

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  async ready() {
    this.checks ??= await this.readiness();
    return this.health.check(this.checks);
  }

  private async readiness(): Promise<HealthIndicatorFunction[]> {
    const o = this.options;
    const checks: HealthIndicatorFunction[] = [() => this.pipeline.notDraining()];
    if (o.producer) {
      const publisher = this.moduleRef.get(KafkaPublisher, { strict: false });
      checks.push(() => this.pipeline.kafkaProducer(publisher));
    }
    if (o.database) {
      // Terminus provides its indicators transient-scoped: resolve() builds one, get() refuses.
      const database = await this.moduleRef.resolve(TypeOrmHealthIndicator, undefined, { strict: false });
      checks.push(() => database.pingCheck('database').withTimeout(2_000));
    }
    if (o.consumers) {
      const registry = this.moduleRef.get(ConsumerRegistry, { strict: false });
      checks.push(() => this.pipeline.consumers(registry));
    }
    for (const token of o.extra ?? []) {
      const contributor = this.optional(token);
      if (contributor) checks.push(() => contributor.health());
    }
    return checks;
  }

  private optional<T>(token: InjectionToken<T>): T | undefined {
    try {
      return this.moduleRef.get(token, { strict: false });
    } catch {
      return undefined;
    }
  }
}

/**
 * The services' health endpoints, one controller for all: ingest is ready while Kafka takes its publishes,
 * the normaliser while its consumer is in its group, the store while PostgreSQL answers and its consumer is
 * in its group. Needs ObservabilityModule (PipelineHealth, Terminus).
 */
@Module({})
export class HealthModule {
  static forRoot(options: HealthOptions): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [{ provide: HEALTH_OPTIONS, useValue: options }],
    };
  }
}
