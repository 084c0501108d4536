import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { SourceConfigError } from '../auth/source-registry';
import { parseTransports, transportsFromConfig } from './transport-config';

const MAX = 10 * 1024 * 1024;
const FINGERPRINT = 'SHA256:aupm8gT5Bf2WwHZMR0I6HsRQ5DdTnzCGFLinIHKeICA';

function problemsOf(json: unknown): string[] {
  try {
    parseTransports(JSON.stringify(json), 'INGEST_TRANSPORTS', MAX);
  } catch (err) {
    if (err instanceof SourceConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('transport configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'transports-config-'));
  const passwordFile = join(dir, 'ftp-password');
  writeFileSync(passwordFile, 's3cret-from-file\n');

  it('reads each kind with its defaults', () => {
    const [local, ftp, sftp, imap] = parseTransports(
      JSON.stringify([
        { kind: 'directory', sourceId: 'ap', path: '/data/ap', format: 'nitf', charset: 'iso-8859-1' },
        { kind: 'ftp', sourceId: 'dpa', host: 'ftp.example', user: 'u', passwordFile },
        {
          kind: 'sftp',
          sourceId: 'afp',
          host: '10.0.0.1',
          user: 'u',
          password: 'pw',
          hostKeySha256: FINGERPRINT,
          dir: 'out',
        },
        {
          kind: 'imap',
          sourceId: 'mail',
          host: 'imap.example',
          user: 'u',
          password: 'pw',
          allowedSenders: ['Desk@Wire.example'],
        },
      ]),
      'INGEST_TRANSPORTS',
      MAX,
    );
    expect(local).toMatchObject({
      name: 'directory:ap',
      pollSeconds: 10,
      settleSeconds: 5,
      doneDir: 'done',
      errorDir: 'error',
      maxBytes: MAX,
      provenance: 'edited',
    });
    expect(ftp).toMatchObject({ name: 'ftp:dpa', port: 21, secure: 'explicit', dir: '.' });
    expect(ftp.kind === 'ftp' && ftp.password.reveal()).toBe('s3cret-from-file');
    expect(sftp).toMatchObject({ port: 22, dir: 'out', hostKeySha256: FINGERPRINT });
    expect(imap).toMatchObject({ port: 993, secure: true, mailbox: 'INBOX', allowedSenders: ['desk@wire.example'] });
  });

  it('never shows a credential, in problems, JSON or inspect', () => {
    const [imap] = parseTransports(
      JSON.stringify([{ kind: 'imap', sourceId: 'm', host: 'h', user: 'u', password: 'hunter22' }]),
      'X',
      MAX,
    );
    expect(JSON.stringify(imap)).not.toContain('hunter22');
    expect(inspect(imap, { depth: 5 })).not.toContain('hunter22');
    expect(imap.kind === 'imap' && String(imap.password)).toBe('***');
    const problems = problemsOf([
      { kind: 'imap', sourceId: 'm', host: 'h', user: 'u', password: 'hunter22', passwordFile },
    ]);
    expect(problems.join('\n')).not.toContain('hunter22');
  });

  it('names every problem by entry and field', () => {
    const problems = problemsOf([
      { kind: 'carrier-pigeon', sourceId: 'x' },
      { kind: 'ftp', sourceId: 'Not A Slug', host: 'h', user: 'u' },
      { kind: 'sftp', sourceId: 's', host: 'h', user: 'u', password: 'p', hostKeySha256: 'ab:cd' },
      {
        kind: 'directory',
        sourceId: 'd',
        path: '/x',
        format: 'morse',
        charset: 'klingon',
        pollSeconds: 0,
        doneDir: '/abs',
      },
      { kind: 'imap', sourceId: 'i', host: 'h', user: 'u', passwordFile: join(dir, 'missing') },
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^INGEST_TRANSPORTS\[0\]\.kind: must be one of/),
        expect.stringMatching(/^INGEST_TRANSPORTS\[1\]\.sourceId: must be a source id slug/),
        expect.stringMatching(/^INGEST_TRANSPORTS\[1\]\.password: is required/),
        expect.stringMatching(/^INGEST_TRANSPORTS\[2\]\.hostKeySha256: must be the SHA256/),
        expect.stringMatching(/^INGEST_TRANSPORTS\[3\]\.format: must be one of/),
        expect.stringMatching(/^INGEST_TRANSPORTS\[3\]\.charset:/),
        expect.stringMatching(/^INGEST_TRANSPORTS\[3\]\.pollSeconds: must be an integer from 1/),
        expect.stringMatching(/^INGEST_TRANSPORTS\[3\]\.doneDir: must be a path relative to the inbox/),
        expect.stringMatching(/^INGEST_TRANSPORTS\[4\]\.passwordFile: cannot read the secret file: ENOENT/),
      ]),
    );
  });

  it('refuses a transport configured twice, in one list or across the variable and the file', () => {
    const entry = { kind: 'directory', sourceId: 'd', path: '/x' };
    expect(problemsOf([entry, entry])).toEqual([
      expect.stringMatching(/\[1\]\.sourceId: a directory transport for source d is configured twice/),
    ]);
    const file = join(dir, 'transports.json');
    writeFileSync(file, JSON.stringify([entry]));
    expect(() =>
      transportsFromConfig({
        INGEST_TRANSPORTS: JSON.stringify([entry]),
        INGEST_TRANSPORTS_FILE: file,
        INGEST_MAX_BODY_BYTES: MAX,
      }),
    ).toThrow(/directory:d is configured in both/);
  });
});
