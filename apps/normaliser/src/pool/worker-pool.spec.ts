import { join } from 'node:path';
import { JobTimeoutError, WorkerDiedError, WorkerPool } from './worker-pool';

interface Answer {
  worker: number;
  value?: unknown;
  seen: number;
}

describe('WorkerPool', () => {
  let pool: WorkerPool;
  const starts: number[] = [];
  beforeEach(() => {
    starts.length = 0;
    pool = new WorkerPool({
      script: join(__dirname, 'fixtures', 'busy-worker'),
      size: 2,
      workerData: (index) => ({ index }),
      onStart: (post, index) => {
        starts.push(index);
        post({ type: 'count' });
      },
    });
  });
  afterEach(() => pool.close());

  it('runs jobs on every worker and answers each with its own result', async () => {
    const answers = await Promise.all(
      [1, 2, 3, 4].map((value) => pool.run<Answer>({ type: 'spin', ms: 20, value }, 5_000)),
    );
    expect(answers.map((a) => a.value)).toEqual([1, 2, 3, 4]);
    expect(new Set(answers.map((a) => a.worker))).toEqual(new Set([0, 1]));
  });

  it('replaces a worker whose job runs past its time, and the next job runs on the new one', async () => {
    await expect(pool.run({ type: 'spin', ms: 2_000 }, 100)).rejects.toBeInstanceOf(JobTimeoutError);
    // Both workers started, then the one that held the job (whichever was ready first) started again.
    expect(starts).toHaveLength(3);
    expect([...starts.slice(0, 2)].sort()).toEqual([0, 1]);
    const after = await Promise.all([
      pool.run<Answer>({ type: 'echo', value: 'a' }, 5_000),
      pool.run<Answer>({ type: 'echo', value: 'b' }, 5_000),
    ]);
    expect(after.map((a) => a.value)).toEqual(['a', 'b']);
  });

  it('fails the job of a worker that dies, and carries on with a new one', async () => {
    await expect(pool.run({ type: 'exit' }, 5_000)).rejects.toBeInstanceOf(WorkerDiedError);
    await expect(pool.run<Answer>({ type: 'echo', value: 'still here' }, 5_000)).resolves.toMatchObject({
      value: 'still here',
    });
  });

  it('asks every worker, and the state a restarted worker was handed is there before its first job', async () => {
    await expect(pool.run({ type: 'spin', ms: 2_000 }, 100)).rejects.toBeInstanceOf(JobTimeoutError);
    const answers = await pool.ask<Answer>({ type: 'echo' });
    expect(answers.map((a) => a.seen)).toEqual([1, 1]);
  });

  it('refuses work once closed', async () => {
    await pool.close();
    await expect(pool.run({ type: 'echo' }, 100)).rejects.toThrow(/closed/);
  });
});
