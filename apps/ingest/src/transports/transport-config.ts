import { readFileSync } from 'node:fs';
import { SOURCE_ID_PATTERN } from '@news/contracts';
import { readerNamed, wireFormatNames } from '@news/wire-formats';
import { SourceConfigError } from '../auth/source-registry';
import { ConfigFields } from './config-fields';
import { SecretValue } from './secret-value';

export const TRANSPORT_KINDS = ['directory', 'ftp', 'sftp', 'imap'] as const;
export type TransportKind = (typeof TRANSPORT_KINDS)[number];

interface CommonTransport {
  kind: TransportKind;
  sourceId: string;
  /** `<kind>:<sourceId>`: names the transport in logs, health and receipts. */
  name: string;
  pollSeconds: number;
  /** The wire format of what arrives (`nitf`, `anpa1312`…); else chosen by file extension or Content-Type. */
  format?: string;
  /** The charset of bytes that do not declare one. */
  charset?: string;
  /** Largest file or message read, in bytes; larger ones are refused without being read. */
  maxBytes: number;
  /**
   * How bodies that cannot say it themselves (text, HTML) are cleaned: a wire's copy (`edited`, the default) or pages.
   */
  provenance: 'edited' | 'scraped';
}

/** Where a drop folder's files go once handled, relative to the inbox, and when a file counts as complete. */
interface FolderLayout {
  doneDir: string;
  errorDir: string;
  /** A file is read once its size and modification time have not changed for this long. */
  settleSeconds: number;
}

export interface DirectoryTransport extends CommonTransport, FolderLayout {
  kind: 'directory';
  path: string;
}

interface RemoteLogin {
  host: string;
  port: number;
  user: string;
}

export interface FtpTransport extends CommonTransport, FolderLayout, RemoteLogin {
  kind: 'ftp';
  password: SecretValue;
  /** `explicit` (AUTH TLS, the default), `implicit` (port 990 style) or `false` for plain FTP. */
  secure: 'explicit' | 'implicit' | false;
  /** Extra CA certificates (PEM) to trust for the server's TLS certificate. */
  ca?: Buffer;
  dir: string;
}

export interface SftpTransport extends CommonTransport, FolderLayout, RemoteLogin {
  kind: 'sftp';
  password?: SecretValue;
  privateKey?: SecretValue;
  passphrase?: SecretValue;
  /** The server's host key fingerprint as `ssh-keygen -l -E sha256` prints it (`SHA256:…`). */
  hostKeySha256: string;
  dir: string;
}

export interface ImapTransport extends CommonTransport, RemoteLogin {
  kind: 'imap';
  password: SecretValue;
  /** Implicit TLS (port 993) when true, the default; otherwise STARTTLS, required. */
  secure: boolean;
  ca?: Buffer;
  mailbox: string;
  /** Move handled messages here; unset: flag them \Seen and leave them. */
  moveTo?: string;
  /** Move refused messages here (they are flagged \Seen and $NewsRefused either way). */
  errorMailbox?: string;
  /** From addresses accepted; a message from anyone else is refused. Unset: any. */
  allowedSenders?: string[];
}

export type FolderTransport = DirectoryTransport | FtpTransport | SftpTransport;
export type TransportConfig = FolderTransport | ImapTransport;

const HOST = /^[A-Za-z0-9.:[\]-]+$/;
const SHA256_FINGERPRINT = /^SHA256:[A-Za-z0-9+/]{43}=?$/;
const RELATIVE_DIR = /^(?!\/)[^\0]+$/;

function knownCharset(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function common(f: ConfigFields, kind: TransportKind, maxBodyBytes: number): CommonTransport {
  const sourceId =
    f.string('sourceId', { required: true, pattern: SOURCE_ID_PATTERN, hint: 'must be a source id slug' }) ?? '?';
  const format = f.string('format');
  if (format !== undefined && !readerNamed(format))
    f.problem('format', `must be one of ${wireFormatNames().join(', ')}`);
  const charset = f.string('charset');
  if (charset !== undefined && !knownCharset(charset))
    f.problem('charset', 'must be a charset name such as iso-8859-1 or windows-1252');
  return {
    kind,
    sourceId,
    name: `${kind}:${sourceId}`,
    pollSeconds: f.int('pollSeconds', 10, 1, 86_400),
    format,
    charset,
    maxBytes: f.int('maxBytes', maxBodyBytes, 1_024, 100 * 1024 * 1024),
    provenance: f.oneOf('provenance', ['edited', 'scraped'] as const, 'edited'),
  };
}

function layout(f: ConfigFields): FolderLayout {
  const dir = (field: string, fallback: string) =>
    f.string(field, { pattern: RELATIVE_DIR, hint: 'must be a path relative to the inbox' }) ?? fallback;
  return {
    doneDir: dir('doneDir', 'done'),
    errorDir: dir('errorDir', 'error'),
    settleSeconds: f.int('settleSeconds', 5, 0, 3_600),
  };
}

function login(f: ConfigFields, defaultPort: number): RemoteLogin {
  return {
    host: f.string('host', { required: true, pattern: HOST, hint: 'must be a host name or IP address' }) ?? '',
    port: f.int('port', defaultPort, 1, 65_535),
    user: f.string('user', { required: true }) ?? '',
  };
}

function transportOf(f: ConfigFields, kind: TransportKind, maxBodyBytes: number): TransportConfig {
  const base = common(f, kind, maxBodyBytes);
  switch (kind) {
    case 'directory':
      return { ...base, ...layout(f), kind, path: f.string('path', { required: true }) ?? '' };
    case 'ftp': {
      const secure = f.oneOf('secure', ['explicit', 'implicit', false] as const, 'explicit');
      return {
        ...base,
        ...layout(f),
        ...login(f, secure === 'implicit' ? 990 : 21),
        kind,
        secure,
        password: f.secret('password', true)!,
        ca: f.file('caFile'),
        dir: f.string('dir') ?? '.',
      };
    }
    case 'sftp': {
      const sftp: SftpTransport = {
        ...base,
        ...layout(f),
        ...login(f, 22),
        kind,
        password: f.secret('password', false),
        privateKey: f.secret('privateKey', false),
        passphrase: f.secret('passphrase', false),
        hostKeySha256:
          f.string('hostKeySha256', {
            required: true,
            pattern: SHA256_FINGERPRINT,
            hint: 'must be the SHA256:… fingerprint `ssh-keygen -l -E sha256` prints',
          }) ?? '',
        dir: f.string('dir') ?? '.',
      };
      if (!sftp.password && !sftp.privateKey && !f.has('passwordFile') && !f.has('privateKeyFile'))
        f.problem('privateKey', 'a privateKey(File) or a password(File) is required');
      return sftp;
    }
    case 'imap': {
      const secure = f.oneOf('secure', [true, false] as const, true);
      return {
        ...base,
        ...login(f, secure ? 993 : 143),
        kind,
        secure,
        password: f.secret('password', true)!,
        ca: f.file('caFile'),
        mailbox: f.string('mailbox') ?? 'INBOX',
        moveTo: f.string('moveTo'),
        errorMailbox: f.string('errorMailbox'),
        allowedSenders: f
          .stringList('allowedSenders', /^[^@\s]+@[^@\s]+$/, 'must be a list of e-mail addresses')
          ?.map((a) => a.toLowerCase()),
      };
    }
  }
}

/**
 * Reads the transports JSON (an array, or `{ "transports": [...] }`; see
 * docs/ingest.md). Problems are named by entry index and field, never with a
 * value; each (kind, sourceId) may appear once, so metrics and receipts stay
 * one series per transport.
 */
export function parseTransports(json: string, origin: string, maxBodyBytes: number): TransportConfig[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new SourceConfigError([`${origin}: not valid JSON`]);
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { transports?: unknown })?.transports;
  if (!Array.isArray(list))
    throw new SourceConfigError([`${origin}: must be a JSON array of transports or {"transports": [...]}`]);
  const problems: string[] = [];
  const out: TransportConfig[] = [];
  list.forEach((raw: unknown, i) => {
    const f = new ConfigFields((raw ?? {}) as Record<string, unknown>, `${origin}[${i}]`, problems);
    const kind = f.oneOf('kind', TRANSPORT_KINDS, undefined as unknown as TransportKind);
    if (kind === undefined) {
      if (!f.has('kind')) f.problem('kind', `is required: one of ${TRANSPORT_KINDS.join(', ')}`);
      return;
    }
    const t = transportOf(f, kind, maxBodyBytes);
    if (out.some((o) => o.name === t.name))
      f.problem('sourceId', `a ${kind} transport for source ${t.sourceId} is configured twice`);
    out.push(t);
  });
  if (problems.length > 0) throw new SourceConfigError(problems);
  return out;
}

/** INGEST_TRANSPORTS and the file INGEST_TRANSPORTS_FILE (a mounted secret), merged. */
export function transportsFromConfig(env: {
  INGEST_TRANSPORTS?: string;
  INGEST_TRANSPORTS_FILE?: string;
  INGEST_MAX_BODY_BYTES: number;
}): TransportConfig[] {
  const out: TransportConfig[] = [];
  if (env.INGEST_TRANSPORTS)
    out.push(...parseTransports(env.INGEST_TRANSPORTS, 'INGEST_TRANSPORTS', env.INGEST_MAX_BODY_BYTES));
  if (env.INGEST_TRANSPORTS_FILE) {
    let text: string;
    try {
      text = readFileSync(env.INGEST_TRANSPORTS_FILE, 'utf8');
    } catch (err) {
      throw new SourceConfigError([
        `INGEST_TRANSPORTS_FILE: cannot read ${env.INGEST_TRANSPORTS_FILE}: ${(err as NodeJS.ErrnoException).code}`,
      ]);
    }
    out.push(...parseTransports(text, 'INGEST_TRANSPORTS_FILE', env.INGEST_MAX_BODY_BYTES));
  }
  const names = out.map((t) => t.name);
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length > 0)
    throw new SourceConfigError(
      twice.map((n) => `transport ${n} is configured in both INGEST_TRANSPORTS and INGEST_TRANSPORTS_FILE`),
    );
  return out;
}
