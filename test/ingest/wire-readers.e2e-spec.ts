/**
 * Real wire items of the new formats (../shared/datasets/wire-fixtures),
 * pushed to a real ingest the way a newsroom's feeds send them: the raw
 * event on Kafka carries the story and the feed's metadata. Bad input of
 * each format is refused with a 4xx and nothing is published.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleIdFor, TOPICS } from '@news/contracts';
import { wireFixturesDir } from '../../libs/wire-formats/fixture-check/shared-dir';
import { waitFor } from '../support/pipeline';
import { TopicTap, tapTopic } from '../support/topic-tap';
import { bearer, newSource, RunningIngest, startIngest, TestSource } from './support/ingest-app';

const fixture = (file: string) => readFileSync(join(wireFixturesDir(), file));

interface RawEvent {
  article: Record<string, unknown> & { feed: Record<string, unknown> };
}

describe('ingest: ANPA, IPTC 7901, NITF, NewsML 1.x, AP Media API, e-mail → raw events with feed metadata', () => {
  let ingest: RunningIngest;
  let tap: TopicTap;
  let src: TestSource;

  beforeAll(async () => {
    src = newSource('wires');
    ingest = await startIngest([src]);
    tap = await tapTopic(TOPICS.articlesRaw.name);
  });

  afterAll(async () => {
    await tap?.stop();
    await ingest?.stop();
  });

  async function push(body: Buffer | string, headers: Record<string, string>) {
    const res = await fetch(`${ingest.url}/v1/articles`, {
      method: 'POST',
      headers: { ...bearer(src), ...headers },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  }

  async function eventOf(externalId: string): Promise<RawEvent['article']> {
    const id = articleIdFor(src.id, externalId);
    const [msg] = await waitFor(`event of ${externalId}`, async () =>
      tap.byKey(id).length > 0 ? tap.byKey(id) : undefined,
    );
    return (JSON.parse(msg.value) as RawEvent).article;
  }

  it('ANPA 1312 (Kyodo), named by X-Wire-Format', async () => {
    const { status } = await push(fixture('belga/kyodo.txt'), {
      'content-type': 'text/plain',
      'x-wire-format': 'anpa1312',
    });
    expect(status).toBe(202);
    const article = await eventOf("BC-Soccer-Emperor's-Cup 09-12");
    expect(article).toMatchObject({
      title: "Soccer: Urawa Reds claim 7th Emperor's Cup by beating Vegalta Sendai",
      contentType: 'text/plain',
      format: 'anpa1312',
      provenance: 'edited',
      urgency: 3,
      feed: {
        urgency: 3,
        slugline: "BC-Soccer-Emperor's-Cup",
        dateline: 'SAITAMA, Japan, Dec. 9 Kyodo -',
        subjects: [{ scheme: 'anpa-category', code: 's' }],
      },
    });
    expect(article.body).toMatch(/^SAITAMA, Japan, Dec\. 9 Kyodo - Urawa Reds claimed their seventh Emperor's Cup/);
  });

  it('IPTC 7901 (ATS) in undeclared ISO-8859-1, sniffed from its SOH header', async () => {
    const { status } = await push(fixture('belga/ats.txt'), {
      'content-type': 'application/octet-stream',
      'x-external-id': 'ats-bsf025',
    });
    expect(status).toBe(202);
    const article = await eventOf('ats-bsf025');
    expect(article).toMatchObject({
      title: 'Gilets jaunes: une «catastrophe pour notre économie» (Le Maire)',
      format: 'iptc7901',
      feed: { urgency: 3 },
    });
    expect(article.body).toContain(
      "Les violences liées aux manifestations des «gilets jaunes» sont une «catastrophe» pour l'économie",
    );
  });

  it('standalone NITF (ANSA) and NewsML 1.2 (AFP) sent as application/xml', async () => {
    expect((await push(fixture('belga/ansa_belga.xml'), { 'content-type': 'application/xml' })).status).toBe(202);
    const ansa = await eventOf('XAM22192010243_AMZ_X083');
    expect(ansa).toMatchObject({
      title: '>>>ANSA/Gazprom cuts Italy gas supplies by a third',
      language: 'it',
      format: 'nitf',
      feed: { located: 'ROME', dateline: 'ROME', language: 'it' },
    });
    expect((await push(fixture('belga/afp_belga.xml'), { 'content-type': 'application/xml' })).status).toBe(202);
    const afp = await eventOf('afp.com:20190121T104233Z:TX-PAR-RHO61');
    expect(afp).toMatchObject({
      title: 'France: deux ex-policiers aux frontières devant la justice pour trafic de cocaïne',
      language: 'fr',
      urgency: 4,
      feed: {
        dateline: 'Paris, 21 jan 2019 (AFP) -',
        located: 'Paris',
        slugline: 'France-procès-assises-drogues-police',
        urgency: 4,
      },
    });
    expect((afp.feed.subjects as unknown[]).length).toBe(7);
  });

  it('AP Media API JSON with its NITF inline, sniffed; without it a 422 naming the remote rendition', async () => {
    expect((await push(fixture('cp/ap-text.json'), { 'content-type': 'application/json' })).status).toBe(202);
    const ap = await eventOf('f14dd246c9b5efeb56de0141aa50c4fd');
    expect(ap).toMatchObject({
      title: 'Review: Documentary about electric racing holds little spark',
      format: 'ap-media',
      feed: { byline: 'By MARK KENNEDY', editorialNote: 'Eds: UPDATES: With AP Photos.' },
    });
    const remote = await push(fixture('cp/ap-agate.json'), { 'content-type': 'application/json' });
    expect(remote.status).toBe(422);
    expect(remote.json.message).toMatch(/^remote content: .*renditions\.nitf/);
  });

  it('e-mail (message/rfc822): subject as headline, sender as byline', async () => {
    expect((await push(fixture('belga/email_attachment_belga.txt'), { 'content-type': 'message/rfc822' })).status).toBe(
      202,
    );
    const mail = await eventOf('4f138253d39260ad3d6a95fe7945e71d@mail92208.maychuemail.com');
    expect(mail).toMatchObject({
      title: 'test',
      format: 'email',
      feed: { byline: 'Thanh Nguyen', authors: ['Thanh Nguyen'] },
    });
  });

  it('bad input of each format: a 4xx naming the problem, nothing published', async () => {
    const soh = '\u0001';
    const cases: Array<[string, Buffer | string, Record<string, string>, number, RegExp]> = [
      [
        'truncated ANPA take',
        `${soh}a0042 r i BC-Cut 06-02 0100\r\n\u0002^Headline<\r\n   The story stops`,
        { 'content-type': 'text/plain', 'x-wire-format': 'anpa1312' },
        400,
        /truncated ANPA take/,
      ],
      [
        'IPTC 7901 declared UTF-8 but ISO-8859-1',
        fixture('belga/ats.txt'),
        { 'content-type': 'text/plain; charset=utf-8', 'x-wire-format': 'iptc7901' },
        400,
        /not valid UTF-8/,
      ],
      [
        'plain text without a charset, 8-bit',
        Buffer.from('Caf\xe9 au lait na\xefve', 'latin1'),
        { 'content-type': 'text/plain', 'x-external-id': 'cafe' },
        400,
        /not valid UTF-8/,
      ],
      [
        'NITF with internal entities',
        '<!DOCTYPE nitf [<!ENTITY who "x">]><nitf><body><body.content><p>&who;</p></body.content></body></nitf>',
        { 'content-type': 'application/xml' },
        400,
        /DOCTYPE declares entities/,
      ],
      [
        'NewsML 1.x 300 levels deep',
        `<NewsML><NewsItem>${'<NewsComponent>'.repeat(300)}${'</NewsComponent>'.repeat(300)}</NewsItem></NewsML>`,
        { 'content-type': 'application/xml' },
        400,
        /nests deeper than 256/,
      ],
      [
        'MIME nested 40 levels',
        'From: a@b.example\r\nSubject: x\r\nMessage-ID: <deep@b.example>\r\nContent-Type: multipart/mixed; ' +
          'boundary="b0"\r\n\r\n' +
          Array.from(
            { length: 40 },
            (_, i) => `--b${i}\r\nContent-Type: multipart/mixed; boundary="b${i + 1}"\r\n\r\n`,
          ).join(''),
        { 'content-type': 'message/rfc822' },
        400,
        /MIME parts nest deeper than 20 levels/,
      ],
    ];
    for (const [name, body, headers, status, message] of cases) {
      const res = await push(body, headers);
      // The reason is the message of a refused body, or of the refused item's field.
      expect([name, res.status, JSON.stringify(res.json)]).toEqual([name, status, expect.stringMatching(message)]);
    }
    const attachment = Buffer.alloc(50 * 1024 * 1024, 'A');
    const big = Buffer.concat([
      Buffer.from(
        'From: a@b.example\r\nSubject: big\r\nMessage-ID: <big@b.example>\r\nContent-Type: multipart/mixed; ' +
          'boundary="m"\r\n\r\n--m\r\nContent-Type: text/plain\r\n\r\nText.\r\n--m\r\nContent-Type: ' +
          'application/pdf\r\n\r\n',
      ),
      attachment,
      Buffer.from('\r\n--m--\r\n'),
    ]);
    expect((await push(big, { 'content-type': 'message/rfc822' })).status).toBe(413);
    const marker = 'marker-wires';
    expect(
      (await push('A marker story with a few words.', { 'content-type': 'text/plain', 'x-external-id': marker }))
        .status,
    ).toBe(202);
    await eventOf(marker);
    for (const id of ['BC-Cut 06-02', 'cafe', 'deep@b.example', 'big@b.example'])
      expect(tap.byKey(articleIdFor(src.id, id))).toEqual([]);
  });
});
