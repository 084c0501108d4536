import { Inject, Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { PipelineMetrics } from '@news/observability';
import type { NormaliseEngine } from './engine';
import { NORMALISE_ENGINE } from './normaliser.service';

/**
 * `normaliser_thread_heap_bytes{thread, kind}`: the V8 heap of the main thread
 * and of each cleaning worker (used, total, limit), read when Prometheus
 * scrapes. prom-client's `nodejs_heap_*` see the main thread only, and the
 * workers hold most of the normaliser's heap.
 */
@Injectable()
export class ThreadHeapMetrics {
  constructor(@Inject(PipelineMetrics) metrics: PipelineMetrics, @Inject(NORMALISE_ENGINE) engine: NormaliseEngine) {
    new Gauge({
      name: 'normaliser_thread_heap_bytes',
      help: 'V8 heap of each normaliser thread (main, worker-<i>) by kind: used, total (allocated), limit',
      labelNames: ['thread', 'kind'],
      registers: [metrics.registry],
      async collect() {
        const heaps = await engine.threadHeaps();
        this.reset();
        for (const { thread, heap } of heaps) {
          this.set({ thread, kind: 'used' }, heap.used_heap_size);
          this.set({ thread, kind: 'total' }, heap.total_heap_size);
          this.set({ thread, kind: 'limit' }, heap.heap_size_limit);
        }
      },
    });
  }
}
