import { parseThreadHeaps } from './thread-heaps';

describe('parseThreadHeaps', () => {
  it("reads each normaliser thread's used heap", () => {
    const text = [
      'normaliser_thread_heap_bytes{thread="main",kind="used",service="normaliser"} 41943040',
      'normaliser_thread_heap_bytes{thread="main",kind="limit",service="normaliser"} 999',
      'normaliser_thread_heap_bytes{thread="worker-0",kind="used",service="normaliser"} 62914560',
      'nodejs_heap_size_used_bytes{service="normaliser"} 1',
    ].join('\n');
    expect(parseThreadHeaps(text)).toEqual({ main: 41943040, 'worker-0': 62914560 });
  });

  it("falls back to prom-client's main-thread heap for a service without the per-thread gauge", () => {
    expect(parseThreadHeaps('# HELP x\nnodejs_heap_size_used_bytes{service="store"} 1234\n')).toEqual({ main: 1234 });
  });
});
