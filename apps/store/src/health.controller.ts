import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsumerRegistry } from '@news/kafka';
import { ShutdownState } from '@news/observability';

@Controller('health')
export class HealthController {
  constructor(
    private readonly consumers: ConsumerRegistry,
    private readonly dataSource: DataSource,
    private readonly shutdown: ShutdownState,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Ready when PostgreSQL answers, the consumer is a member of its group, and the service is not shutting down. */
  @Get('ready')
  async ready() {
    let database = 'up';
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      database = 'down';
    }
    const joined = this.consumers.allJoined();
    const ok = joined && database === 'up' && !this.shutdown.draining;
    const body = { status: ok ? 'ok' : 'error', database, consumers: this.consumers.states(), draining: this.shutdown.draining };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }
}
