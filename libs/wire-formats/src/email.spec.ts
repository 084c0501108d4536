import { parserFor } from './content-types';

const read = (message: string) => parserFor('message/rfc822')!(Buffer.from(message), { sourceId: 's' });

const headers = (extra = '') =>
  'From: =?utf-8?B?SsO4cmdlbiBIYW5zZW4=?= <desk@wire.example.com>\r\nTo: ingest@news.example.com\r\n' +
  'Subject: =?iso-8859-1?Q?Str=F8mbrudd_i_Oslo?=\r\nMessage-ID: <m-1@wire.example.com>\r\nDate: Fri, 27 Nov 2026 ' +
  '08:00:00 +0000\r\nMIME-Version: 1.0\r\n' +
  extra;

describe('e-mail (message/rfc822)', () => {
  it('reads the subject (encoded words decoded) as headline, the HTML part as story, the sender', async () => {
    const message =
      headers('Content-Type: multipart/alternative; boundary="b"\r\n\r\n') +
      '--b\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: ' +
      'quoted-printable\r\n\r\nStr=F8mmen gikk i natt.\r\n' +
      '--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><head><title>x</title></head><body><p>Strømmen ' +
      'gikk i natt.</p></body></html>\r\n--b--\r\n';
    const r = await read(message);
    expect(r.sender).toBe('desk@wire.example.com');
    expect(r.items[0]).toMatchObject({
      externalId: 'm-1@wire.example.com',
      title: 'Strømbrudd i Oslo',
      body: '<p>Strømmen gikk i natt.</p>',
      contentType: 'text/html',
      byline: 'Jørgen Hansen',
      publishedAt: '2026-11-27T08:00:00.000Z',
      format: 'email',
    });
  });

  it('reads an attachment in a wire format as its own article, and adds a text attachment to the story', async () => {
    const nitf =
      '<nitf><head><docdata><doc-id id-string="att-1"/></docdata></head><body><body.head><hedline><hl1>Attached ' +
      'story</hl1></hedline></body.head><body.content><p>From the attachment.</p></body.content></body></nitf>';
    const message =
      headers('Content-Type: multipart/mixed; boundary="m"\r\n\r\n') +
      '--m\r\nContent-Type: text/plain\r\n\r\nSee the attached story.\r\n' +
      '--m\r\nContent-Type: text/plain; name="note.txt"\r\nContent-Disposition: attachment; ' +
      'filename="note.txt"\r\n\r\nA note.\r\n' +
      `--m\r\nContent-Type: application/xml; name="story.xml"\r\nContent-Disposition: attachment; ` +
      `filename="story.xml"\r\nContent-Transfer-Encoding: ` +
      `base64\r\n\r\n${Buffer.from(nitf).toString('base64')}\r\n--m--\r\n`;
    const r = await read(message);
    expect(r.batch).toBe(true);
    expect(r.items.map((i) => [i.externalId, i.title, i.body])).toEqual([
      ['m-1@wire.example.com', 'Strømbrudd i Oslo', 'See the attached story.\n\nA note.'],
      ['att-1', 'Attached story', '<p>From the attachment.</p>'],
    ]);
  });

  it('refuses deeply nested MIME (400 naming the depth) and an attachment over the size limit (413)', async () => {
    const deep =
      headers('Content-Type: multipart/mixed; boundary="b0"\r\n\r\n') +
      Array.from(
        { length: 40 },
        (_, i) => `--b${i}\r\nContent-Type: multipart/mixed; boundary="b${i + 1}"\r\n\r\n`,
      ).join('') +
      'x\r\n';
    await expect(read(deep)).rejects.toThrow('e-mail refused: MIME parts nest deeper than 20 levels');
    const big = Buffer.alloc(9 * 1024 * 1024, 'a').toString('base64');
    const message =
      headers('Content-Type: multipart/mixed; boundary="m"\r\n\r\n') +
      `--m\r\nContent-Type: text/plain\r\n\r\nText.\r\n--m\r\nContent-Type: ` +
      `application/pdf\r\nContent-Disposition: attachment; filename="a.pdf"\r\nContent-Transfer-Encoding: ` +
      `base64\r\n\r\n${big}\r\n--m--\r\n`;
    await expect(read(message)).rejects.toMatchObject({ status: 413 });
  });
});
