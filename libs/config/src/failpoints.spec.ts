import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { failpointProblems, parseFailpoints } from './failpoints';

describe('failpoints', () => {
  it('parses name=kill and name=kill@N', () => {
    const parsed = parseFailpoints('store.before-commit=kill@3, store.after-commit=kill');
    expect(parsed.get('store.before-commit')).toEqual({ hitsLeft: 3 });
    expect(parsed.get('store.after-commit')).toEqual({ hitsLeft: 1 });
  });

  it('names the bad entry', () => {
    expect(() => parseFailpoints('store.x=explode')).toThrow('"store.x=explode" is not of the form');
  });

  it('is refused in production and on bad syntax, accepted otherwise', () => {
    expect(failpointProblems({ NEWS_FAILPOINTS: 'a=kill', NODE_ENV: 'production' })[0]).toContain(
      'refused when NODE_ENV=production',
    );
    expect(failpointProblems({ NEWS_FAILPOINTS: 'a=kill@0' })[0]).toContain('NEWS_FAILPOINTS');
    expect(failpointProblems({ NEWS_FAILPOINTS: 'a=kill@2' })).toEqual([]);
    expect(failpointProblems({})).toEqual([]);
  });

  it('kills the process with SIGKILL on the Nth hit and not before', () => {
    const module = join(__dirname, 'failpoints.ts');
    const script = `const { failpoint } = require(${JSON.stringify(module)});
      for (let i = 1; i <= 5; i++) { process.stdout.write('hit ' + i + '\\n'); failpoint('x.y'); }`;
    const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
      env: { ...process.env, NEWS_FAILPOINTS: 'x.y=kill@3' },
      encoding: 'utf8',
    });
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout.trim().split('\n')).toEqual(['hit 1', 'hit 2', 'hit 3']);
    expect(run.stderr).toContain('failpoint x.y fired: SIGKILL');
  });

  it('does nothing when unarmed', () => {
    const module = join(__dirname, 'failpoints.ts');
    const run = spawnSync(
      process.execPath,
      ['--require', 'tsx/cjs', '-e', `require(${JSON.stringify(module)}).failpoint('x.y'); console.log('alive')`],
      {
        env: { ...process.env, NEWS_FAILPOINTS: '' },
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('alive');
  });
});
