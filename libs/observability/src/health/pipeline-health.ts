import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { ConsumerRegistry, KafkaPublisher } from '@news/kafka';
import { ShutdownState } from '../graceful-shutdown';

/** Terminus indicators shared by the services' readiness checks. */
@Injectable()
export class PipelineHealth {
  constructor(
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(ShutdownState) private readonly shutdown: ShutdownState,
  ) {}

  /** Down once SIGTERM arrived, so load balancers stop sending before the service closes. */
  notDraining() {
    const check = this.indicators.check('shutdown');
    return this.shutdown.draining ? check.down({ draining: true }) : check.up();
  }

  /** The cluster accepts produce requests (probed after a failed one); bounded wait. */
  async kafkaProducer(publisher: KafkaPublisher) {
    const check = this.indicators.check('kafka');
    return (await publisher.isReady()) ? check.up() : check.down({ message: 'Kafka does not acknowledge' });
  }

  /** Every consumer is a member of its group with heartbeats going through. */
  consumers(registry: ConsumerRegistry) {
    const check = this.indicators.check('consumers');
    const states = registry.states();
    return registry.allJoined() ? check.up({ states }) : check.down({ states });
  }

  /**
   * The database has the migrations this build needs (a SchemaGate of @news/database, by shape). `unknown`
   * (unreadable) counts as ready only where the service runs without its database (ingest, degraded).
   */
  schema(
    gate: { state: 'current' | 'behind' | 'unknown'; describe(): Record<string, unknown> },
    unknownIsReady = false,
  ) {
    const check = this.indicators.check('schema');
    return gate.state === 'current' || (gate.state === 'unknown' && unknownIsReady)
      ? check.up(gate.describe())
      : check.down(gate.describe());
  }
}
