import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleSubmission } from '@news/contracts';
import { PublishUnavailableError } from '@news/kafka';
import { PipelineMetrics } from '@news/observability';
import type { ArticleIntakeService } from '../articles/article-intake.service';
import { DropFolder } from './drop-folder';
import { LocalFolder } from './local-folder';
import { readTransported } from './read-transported';
import { parseTransports, DirectoryTransport } from './transport-config';
import { TransportIntake } from './transport-intake';
import { MemoryTransportReceipts } from './transport-receipts';
import { TransportStatus } from './transport-status';

/** ArticleIntakeService's contract without Kafka: records what it was given, or fails like an unreachable broker. */
class FakeIntake {
  published: ArticleSubmission[] = [];
  down = false;

  async acceptAll(submissions: ArticleSubmission[]) {
    if (this.down) throw new PublishUnavailableError('Kafka is unavailable');
    this.published.push(...submissions);
    return submissions.map((s) => ({
      id: `${s.sourceId}/${s.externalId}`,
      eventId: 'e',
      correlationId: 'c',
      status: 'accepted' as const,
    }));
  }
}

function setup(extra: Record<string, unknown> = {}) {
  const inbox = mkdtempSync(join(tmpdir(), 'drop-folder-'));
  const [config] = parseTransports(
    JSON.stringify([{ kind: 'directory', sourceId: 'wire', path: inbox, settleSeconds: 0, ...extra }]),
    'T',
    1024 * 1024,
  ) as DirectoryTransport[];
  const fake = new FakeIntake();
  const metrics = new PipelineMetrics('test');
  const status = new TransportStatus(config, metrics);
  const receipts = new MemoryTransportReceipts();
  const intake = new TransportIntake(fake as unknown as ArticleIntakeService, metrics, 512 * 1024, readTransported);
  const folder = new DropFolder(config, {
    intake,
    receipts,
    status,
    connect: async () => new LocalFolder(inbox, config),
  });
  return { inbox, fake, status, receipts, folder, config };
}

const names = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

describe('DropFolder on a local directory', () => {
  it('publishes a complete file, then moves it to done/; a file seen once is left alone', async () => {
    const { inbox, fake, folder, status } = setup();
    writeFileSync(join(inbox, 'a.txt'), 'Ferries run again.');
    await folder.pollOnce();
    expect(fake.published).toEqual([]);
    expect(status.snapshot().pending).toBe(1);
    await folder.pollOnce();
    expect(fake.published).toEqual([
      expect.objectContaining({
        sourceId: 'wire',
        body: 'Ferries run again.',
        externalId: expect.stringMatching(/^a\.txt#[0-9a-f]{16}$/),
      }),
    ]);
    expect(names(inbox)).toEqual(['done', 'error']);
    expect(names(join(inbox, 'done'))).toEqual(['a.txt']);
    expect(status.snapshot()).toMatchObject({ pending: 0, done: 1, refused: 0 });
  });

  it('leaves every file in place when Kafka refuses the publish, and publishes them on a later poll', async () => {
    const { inbox, fake, folder } = setup();
    writeFileSync(join(inbox, 'a.txt'), 'One.');
    await folder.pollOnce();
    fake.down = true;
    await expect(folder.pollOnce()).rejects.toMatchObject({ stage: 'publish' });
    expect(names(inbox)).toContain('a.txt');
    fake.down = false;
    await folder.pollOnce();
    expect(fake.published).toHaveLength(1);
    expect(names(join(inbox, 'done'))).toEqual(['a.txt']);
  });

  it('moves a file whose receipt exists without publishing it again (a crash came before the move)', async () => {
    const { inbox, fake, folder, status } = setup();
    writeFileSync(join(inbox, 'a.txt'), 'Same bytes.');
    await folder.pollOnce();
    await folder.pollOnce();
    writeFileSync(join(inbox, 'a.txt'), 'Same bytes.');
    await folder.pollOnce();
    await folder.pollOnce();
    expect(fake.published).toHaveLength(1);
    expect(names(join(inbox, 'done'))).toEqual(['a.txt', 'a.txt.1']);
    expect(status.snapshot()).toMatchObject({ done: 2 });
  });

  it('refuses unreadable and oversized files into error/ with a reason, once', async () => {
    const { inbox, fake, folder, status } = setup({ maxBytes: 2048 });
    writeFileSync(join(inbox, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
    writeFileSync(join(inbox, 'empty.txt'), '');
    writeFileSync(join(inbox, 'big.txt'), 'x'.repeat(4096));
    for (let i = 0; i < 4; i++) await folder.pollOnce();
    expect(fake.published).toEqual([]);
    expect(names(join(inbox, 'error'))).toEqual([
      'big.txt',
      'big.txt.reason.json',
      'empty.txt',
      'empty.txt.reason.json',
      'photo.jpg',
      'photo.jpg.reason.json',
    ]);
    const reason = (n: string) => JSON.parse(readFileSync(join(inbox, 'error', `${n}.reason.json`), 'utf8')).reason;
    expect(reason('photo.jpg')).toMatch(/extension \(\.jpg\) names no format/);
    expect(reason('big.txt')).toMatch(/4096 bytes; at most 2048/);
    expect(reason('empty.txt')).toMatch(/body/);
    expect(status.snapshot()).toMatchObject({ refused: 3, done: 0, status: 'starting' });
  });
});
