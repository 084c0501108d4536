import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { Client, SFTPWrapper } from 'ssh2';
import type { FolderClient } from './drop-folder';
import { freeName } from './local-folder';
import type { FolderEntry } from './stability';
import type { SftpTransport } from './transport-config';

const TIMEOUT_MS = 30_000;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;

/** OpenSSH's fingerprint of a host key (`ssh-keygen -l -E sha256`): base64 of its SHA-256, without padding. */
export function hostKeyFingerprint(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

function call<T = void>(fn: (cb: (err: Error | undefined | null, value?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value as T))));
}

/** A drop folder on an SFTP server (ssh2), the host key pinned by its fingerprint. */
class SftpFolder implements FolderClient {
  /** Requests in flight on the one channel: each costs a round trip, which dominates small files. */
  readonly parallel = 8;

  constructor(
    private readonly conn: Client,
    private readonly sftp: SFTPWrapper,
    private readonly inbox: string,
    private readonly config: SftpTransport,
  ) {}

  private path(...parts: string[]): string {
    return posix.join(this.inbox, ...parts);
  }

  private exists(path: string): Promise<boolean> {
    return call<unknown>((cb) => this.sftp.stat(path, cb)).then(
      () => true,
      () => false,
    );
  }

  async prepare(): Promise<void> {
    for (const dir of [this.config.doneDir, this.config.errorDir]) {
      if (!(await this.exists(this.path(dir)))) await call((cb) => this.sftp.mkdir(this.path(dir), cb));
    }
  }

  async list(): Promise<FolderEntry[]> {
    const entries = await call<Array<{ filename: string; attrs: { mode: number; size: number; mtime: number } }>>(
      (cb) => this.sftp.readdir(this.inbox, cb),
    );
    return entries
      .filter((e) => (e.attrs.mode & S_IFMT) === S_IFREG)
      .map((e) => ({ name: e.filename, size: e.attrs.size, mtimeMs: e.attrs.mtime * 1000 }));
  }

  read(name: string, maxBytes: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let length = 0;
      const stream = this.sftp.createReadStream(this.path(name));
      stream.on('data', (chunk: Buffer) => {
        length += chunk.length;
        if (length > maxBytes + 1) stream.destroy(new Error(`the file grew past ${maxBytes} bytes while it was read`));
        else chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  }

  async finish(name: string, to: string, note?: string): Promise<void> {
    const rename = (target: string) => call((cb) => this.sftp.rename(this.path(name), this.path(to, target), cb));
    // SFTP's rename never replaces a file: try the name itself first, look for a free one only when it is taken.
    if (
      note === undefined &&
      (await rename(name).then(
        () => true,
        () => false,
      ))
    )
      return;
    const target = await freeName((n) => this.exists(this.path(to, n)), name);
    if (note !== undefined) await call((cb) => this.sftp.writeFile(this.path(to, `${target}.reason.json`), note, cb));
    await rename(target);
  }

  async close(): Promise<void> {
    this.sftp.end();
    this.conn.end();
  }
}

export function connectSftp(config: SftpTransport): Promise<FolderClient> {
  const conn = new Client();
  return new Promise<FolderClient>((resolve, reject) => {
    const fail = (err: Error) => {
      conn.end();
      reject(err);
    };
    conn.once('error', fail);
    conn.once('ready', () => {
      conn.sftp((err, sftp) => {
        if (err) return fail(err);
        sftp.realpath(config.dir, (e, inbox) => {
          if (e) return fail(e);
          conn.off('error', fail);
          // Errors after the handshake surface through the calls that hit them.
          conn.on('error', () => undefined);
          resolve(new SftpFolder(conn, sftp, inbox, config));
        });
      });
    });
    conn.connect({
      host: config.host,
      port: config.port,
      username: config.user,
      password: config.password?.reveal(),
      privateKey: config.privateKey?.reveal(),
      passphrase: config.passphrase?.reveal(),
      readyTimeout: TIMEOUT_MS,
      hostVerifier: (key: Buffer) => hostKeyFingerprint(key) === config.hostKeySha256.replace(/=+$/, ''),
    });
  });
}
