import { Client, FileInfo, FileType } from 'basic-ftp';
import { posix } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { FolderClient } from './drop-folder';
import { freeName } from './local-folder';
import type { FolderEntry } from './stability';
import type { FtpTransport } from './transport-config';

const TIMEOUT_MS = 30_000;

/** Collects a download in memory, failing once it passes `maxBytes` (the file grew after the listing). */
class Collector extends Writable {
  readonly chunks: Buffer[] = [];
  private length = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error) => void): void {
    this.length += chunk.length;
    if (this.length > this.maxBytes + 1)
      return done(new Error(`the file grew past ${this.maxBytes} bytes while it was read`));
    this.chunks.push(chunk);
    done();
  }
}

function mtimeOf(f: FileInfo): number {
  // MLSD gives seconds in UTC; a server with only LIST gives a local time to the minute, which size and settle time
  // make up for.
  return f.modifiedAt?.getTime() ?? (Date.parse(f.rawModifiedAt) || 0);
}

/** A drop folder on an FTP server, over TLS unless configured `secure: false` (basic-ftp). */
class FtpFolder implements FolderClient {
  readonly parallel = 1;

  constructor(
    private readonly client: Client,
    private readonly inbox: string,
    private readonly config: FtpTransport,
  ) {}

  private path(...parts: string[]): string {
    return posix.join(this.inbox, ...parts);
  }

  async prepare(): Promise<void> {
    // ensureDir changes the working directory: go back to the inbox after each.
    for (const dir of [this.config.doneDir, this.config.errorDir]) {
      await this.client.ensureDir(this.path(dir));
      await this.client.cd(this.inbox);
    }
  }

  async list(): Promise<FolderEntry[]> {
    return (await this.client.list(this.inbox))
      .filter((f) => f.type === FileType.File)
      .map((f) => ({ name: f.name, size: f.size, mtimeMs: mtimeOf(f) }));
  }

  async read(name: string, maxBytes: number): Promise<Buffer> {
    const sink = new Collector(maxBytes);
    await this.client.downloadTo(sink, this.path(name));
    return Buffer.concat(sink.chunks);
  }

  async finish(name: string, to: string, note?: string): Promise<void> {
    const exists = (n: string) =>
      this.client.size(this.path(to, n)).then(
        () => true,
        () => false,
      );
    const target = await freeName(exists, name);
    if (note !== undefined)
      await this.client.uploadFrom(Readable.from(Buffer.from(note)), this.path(to, `${target}.reason.json`));
    await this.client.rename(this.path(name), this.path(to, target));
  }

  async close(): Promise<void> {
    this.client.close();
  }
}

export async function connectFtp(config: FtpTransport): Promise<FolderClient> {
  const client = new Client(TIMEOUT_MS);
  try {
    await client.access({
      host: config.host,
      port: config.port,
      user: config.user,
      password: config.password.reveal(),
      secure: config.secure === 'explicit' ? true : config.secure,
      secureOptions: config.ca ? { ca: config.ca } : undefined,
    });
    await client.cd(config.dir);
    return new FtpFolder(client, await client.pwd(), config);
  } catch (err) {
    client.close();
    throw err;
  }
}
