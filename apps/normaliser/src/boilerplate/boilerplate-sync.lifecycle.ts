import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { NormaliseEngine } from '../normalise/engine';
import { NORMALISE_ENGINE } from '../normalise/normaliser.service';
import { BoilerplateSync } from './boilerplate-sync';

/** Publishes what was learned since the last sync before the producer closes, then stops the workers. */
@Injectable()
export class BoilerplateSyncLifecycle implements BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    @Inject(BoilerplateSync) private readonly sync: BoilerplateSync,
    @Inject(NORMALISE_ENGINE) private readonly engine: NormaliseEngine,
  ) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.sync.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.engine.close();
  }
}
