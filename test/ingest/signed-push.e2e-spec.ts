/**
 * Signed pushes against a real ingest and Kafka, signed by the two reference
 * signers of docs/ingest.md ("Signed pushes"), run as the docs give them: the
 * signed push is accepted; a replay with any changed metadata header, query
 * parameter or body, a timestamp outside the window, or a signature of the
 * body alone gets 401 and publishes nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHmac } from 'node:crypto';
import { articleIdFor, TOPICS } from '@news/contracts';
import { repoRoot } from '../../tools/harness/repo-root';
import { waitFor } from '../support/pipeline';
import { TopicTap, tapTopic } from '../support/topic-tap';
import { bearer, newSource, post, RunningIngest, startIngest, TestSource } from './support/ingest-app';

type SignPush = (args: {
  secret: string;
  path?: string;
  query?: Record<string, string | string[]>;
  headers?: Record<string, string>;
  body: string | Buffer;
  timestamp?: number;
}) => Record<string, string>;

/** The fenced block that follows `<!-- reference-signer:<name> -->` in docs/ingest.md. */
function docsSnippet(name: string): string {
  const doc = readFileSync(join(repoRoot(), 'docs', 'ingest.md'), 'utf8');
  const m = new RegExp(`<!-- reference-signer:${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\``).exec(doc);
  if (!m) throw new Error(`docs/ingest.md has no reference-signer:${name} block`);
  return m[1];
}

/** Loads the Node signer from the docs as a module file, as a feed provider would paste it. */
function nodeSigner(): SignPush {
  const dir = mkdtempSync(join(tmpdir(), 'signer-'));
  try {
    const file = join(dir, 'sign-push.cjs');
    writeFileSync(file, `${docsSnippet('node')}\nmodule.exports = { signPush };\n`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the file is written just above
    return (require(file) as { signPush: SignPush }).signPush;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the shell signer with bash and openssl; returns the two headers it prints. */
function shellSign(env: Record<string, string>, body: string): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'sign-'));
  try {
    writeFileSync(join(dir, 'body'), body);
    const out = execFileSync('bash', ['-c', docsSnippet('shell')], {
      env: { PATH: process.env.PATH ?? '', BODY_FILE: join(dir, 'body'), ...env },
      encoding: 'utf8',
    });
    return Object.fromEntries(
      out
        .trim()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const query = (q: Record<string, string>) => `/v1/articles?${new URLSearchParams(q).toString().replace(/\+/g, '%20')}`;

describe('signed pushes: the signature covers method, path, query, metadata headers, timestamp and body', () => {
  let ingest: RunningIngest;
  let tap: TopicTap;
  let src: TestSource;
  const secret = 'a-shared-secret-of-32-characters';
  const signPush = nodeSigner();

  beforeAll(async () => {
    src = newSource('signed', { hmacSecret: secret });
    ingest = await startIngest([src], { INGEST_SIGNATURE_WINDOW_SECONDS: '60' });
    tap = await tapTopic(TOPICS.articlesRaw.name);
  });

  afterAll(async () => {
    await tap?.stop();
    await ingest?.stop();
  });

  const body = 'The port reopened on Monday after repairs to the quay.';
  const headers = () => ({ 'Content-Type': 'text/plain', 'X-Article-Title': 'Port reopens', 'X-Source-Id': src.id });

  it('accepts a push signed by the Node reference signer, and refuses every altered replay with 401', async () => {
    const q = { externalId: 'port-1', language: 'en' };
    const sig = signPush({ secret, query: q, headers: headers(), body });
    const send = (h: Record<string, string>, path = query(q), b = body) =>
      post(ingest.url, b, { ...h, ...bearer(src) }, path);
    expect((await send({ ...headers(), ...sig })).status).toBe(202);

    const replays: Array<[string, Promise<Response>]> = [
      ['forged title', send({ ...headers(), ...sig, 'X-Article-Title': 'FAKE: Port closed after explosion' })],
      ['forged url header', send({ ...headers(), ...sig, 'X-Article-Url': 'https://evil.example/fake' })],
      [
        'other externalId and url',
        send({ ...headers(), ...sig }, query({ externalId: 'new', url: 'https://evil.example/fake', language: 'en' })),
      ],
      ['an added parameter', send({ ...headers(), ...sig }, query({ ...q, title: 'FAKE' }))],
      ['other language header', send({ ...headers(), ...sig, 'Content-Language': 'fr' })],
      ['other content type', send({ ...headers(), ...sig, 'Content-Type': 'text/html' })],
      ['other body', send({ ...headers(), ...sig }, query(q), `${body} FAKE`)],
      [
        'other timestamp',
        send({ ...headers(), ...sig, 'X-Signature-Timestamp': String(Number(sig['X-Signature-Timestamp']) - 1) }),
      ],
    ];
    const statuses = [];
    for (const [what, res] of replays) statuses.push([what, (await res).status]);
    expect(statuses).toEqual(replays.map(([what]) => [what, 401]));

    await waitFor('the signed push on the topic', async () => tap.byKey(articleIdFor(src.id, 'port-1')).length === 1);
    const event = JSON.parse(tap.byKey(articleIdFor(src.id, 'port-1'))[0].value) as { article: { title: string } };
    expect(event.article.title).toBe('Port reopens');
    expect(tap.byKey(articleIdFor(src.id, 'new'))).toEqual([]);
  });

  it('refuses a timestamp outside the window, and a signature of the body alone, with 401 saying why', async () => {
    const q = { externalId: 'port-old' };
    const old = signPush({
      secret,
      query: q,
      headers: headers(),
      body,
      timestamp: Math.floor(Date.now() / 1000) - 120,
    });
    const stale = await post(ingest.url, body, { ...headers(), ...old, ...bearer(src) }, query(q));
    expect(stale.status).toBe(401);
    expect(((await stale.json()) as { message: string }).message).toMatch(/more than 60 s/);
    const future = signPush({
      secret,
      query: q,
      headers: headers(),
      body,
      timestamp: Math.floor(Date.now() / 1000) + 120,
    });
    expect((await post(ingest.url, body, { ...headers(), ...future, ...bearer(src) }, query(q))).status).toBe(401);

    const bodyOnly = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
    const legacy = await post(
      ingest.url,
      body,
      { ...headers(), 'X-Signature-256': bodyOnly, ...bearer(src) },
      query(q),
    );
    expect(legacy.status).toBe(401);
    expect(((await legacy.json()) as { message: string }).message).toMatch(/X-Signature-Timestamp/);
    expect(tap.byKey(articleIdFor(src.id, 'port-old'))).toEqual([]);
  });

  it('the shell reference signer (bash, openssl) signs as the Node one does, and ingest accepts it', async () => {
    const ts = Math.floor(Date.now() / 1000);
    const q = { externalId: 'port-sh', title: "Ferry (it's on) & more" };
    const canonicalQuery = Object.entries(q)
      .map(
        ([k, v]) =>
          `${k}=${encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
      )
      .sort()
      .join('&');
    const sh = shellSign(
      {
        SECRET: secret,
        TS: String(ts),
        CONTENT_TYPE: 'text/plain',
        QUERY: canonicalQuery,
        H_SOURCE_ID: src.id,
        H_ARTICLE_TITLE: 'Port reopens',
      },
      body,
    );
    const js = signPush({ secret, query: q, headers: headers(), body, timestamp: ts });
    expect(sh).toEqual(js);
    expect((await post(ingest.url, body, { ...headers(), ...sh, ...bearer(src) }, query(q))).status).toBe(202);
    await waitFor(
      'the shell-signed push on the topic',
      async () => tap.byKey(articleIdFor(src.id, 'port-sh')).length === 1,
    );
  });
});
