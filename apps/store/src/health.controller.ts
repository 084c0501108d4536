import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsumerRegistry } from '@news/kafka';

@Controller('health')
export class HealthController {
  constructor(
    private readonly consumers: ConsumerRegistry,
    private readonly dataSource: DataSource,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Ready when PostgreSQL answers and the consumer is a member of its group. */
  @Get('ready')
  async ready() {
    let database = 'up';
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      database = 'down';
    }
    const joined = this.consumers.allJoined();
    const body = { status: joined && database === 'up' ? 'ok' : 'error', database, consumers: this.consumers.states() };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }
}
