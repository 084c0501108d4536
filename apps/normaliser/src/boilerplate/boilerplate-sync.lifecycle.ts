import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { BoilerplateSync } from './boilerplate-sync';

/** Publishes what was learned since the last sync before the producer closes. */
@Injectable()
export class BoilerplateSyncLifecycle implements BeforeApplicationShutdown {
  constructor(@Inject(BoilerplateSync) private readonly sync: BoilerplateSync) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.sync.stop();
  }
}
