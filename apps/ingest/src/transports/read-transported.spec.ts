import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WireFormatError } from '@news/wire-formats';
import { readTransported } from './read-transported';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'libs', 'wire-formats', 'fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

const email = (headers: string, body: string) =>
  Buffer.from(`${headers}\r\nMIME-Version: 1.0\r\n\r\n${body}`.replace(/\r?\n/g, '\r\n'));

describe('readTransported', () => {
  it('reads a file by its extension: NITF as .xml, text as .txt with the identity it is given', async () => {
    const nitf = await readTransported(fixture('nitf.xml'), { sourceId: 'ap', fileName: 'story.xml' });
    expect(nitf.items[0]).toMatchObject({ title: 'Harbour bridge reopens', externalId: 'ex-nitf-2026-0001' });
    const text = await readTransported(Buffer.from('Ferries run again.'), {
      sourceId: 'ap',
      fileName: 'ferry.txt',
      externalId: 'ferry.txt#abc',
    });
    expect(text.items[0]).toMatchObject({
      body: 'Ferries run again.',
      externalId: 'ferry.txt#abc',
      contentType: 'text/plain',
    });
  });

  it('reads bytes in the configured charset unless they declare their own', async () => {
    const latin1 = Buffer.from('Caf\xe9 reopens.', 'latin1');
    const read = await readTransported(latin1, {
      sourceId: 'ap',
      fileName: 'x.txt',
      charset: 'iso-8859-1',
      externalId: 'x',
    });
    expect(read.items[0].body).toBe('Café reopens.');
  });

  it('the configured format wins over the extension', async () => {
    const read = await readTransported(fixture('nitf.xml'), {
      sourceId: 'ap',
      fileName: 'story.bin',
      wireFormat: 'nitf',
    });
    expect(read.items).toHaveLength(1);
  });

  it('refuses a file whose extension names no format, saying so', async () => {
    const err = await readTransported(Buffer.from('?'), { sourceId: 'ap', fileName: 'photo.jpg' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WireFormatError);
    expect(err).toMatchObject({ status: 422, message: expect.stringMatching(/extension \(\.jpg\) names no format/) });
  });

  it('reads an e-mail: Subject as headline, the text part, the Message-ID as identity, the sender', async () => {
    const read = await readTransported(
      email(
        'From: "Wire Desk" <Desk@Wire.example>\r\nSubject: =?utf-8?q?Br=C3=BCcke_wieder_offen?=\r\nMessage-ID: ' +
          '<m-1@wire.example>\r\nDate: Fri, 27 Nov 2026 08:00:00 +0000\r\nContent-Type: text/plain; ' +
          'charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable',
        'Die Br=C3=BCcke ist wieder offen.',
      ),
      { sourceId: 'mail', contentType: 'message/rfc822', externalId: 'sha256:x' },
    );
    expect(read.sender).toBe('desk@wire.example');
    expect(read.items[0]).toMatchObject({
      title: 'Brücke wieder offen',
      externalId: 'm-1@wire.example',
      publishedAt: '2026-11-27T08:00:00.000Z',
    });
    expect(String(read.items[0].body).trim()).toBe('Die Brücke ist wieder offen.');
  });

  it('refuses an e-mail with no text as an item error (422), not an exception', async () => {
    const read = await readTransported(email('From: a@b.example\r\nSubject: Empty\r\nContent-Type: text/plain', ''), {
      sourceId: 'mail',
      contentType: 'message/rfc822',
      externalId: 'sha256:empty',
    });
    expect(read.items).toEqual([]);
    expect(read.errors).toEqual([
      expect.objectContaining({ status: 422, messages: [expect.stringMatching(/no text/)] }),
    ]);
  });
});
