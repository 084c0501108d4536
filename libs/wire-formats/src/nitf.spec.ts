import { wireFixture } from './fixture';
import { parseNitf } from './nitf';

describe('NITF 3.x', () => {
  it('reads a standalone document: body.content as the story, head and body.head as metadata', () => {
    const r = parseNitf(wireFixture('nitf.xml'), { sourceId: 'n' });
    expect(r.errors).toEqual([]);
    expect(r.items[0]).toEqual({
      sourceId: 'n',
      externalId: 'ex-nitf-2026-0001',
      title: 'Harbour bridge reopens',
      body:
        '<p>The harbour bridge reopened on Monday after six weeks of repairs, the city council ' +
        'said.</p>\n<h2>Traffic</h2>\n' +
        '<p>About 40,000 vehicles cross it each ' +
        'day.</p>\n<table>\n<tr><th>Day</th><th>Vehicles</th></tr>\n<tr><td>Monday</td><td>38,200</td></tr>' +
        '</table>\n' +
        '<p>Additional reporting by Ann Editor.</p>',
      contentType: 'text/html',
      byline: 'By Sam Reporter, Transport Correspondent',
      authors: ['Sam Reporter'],
      dateline: 'HARBOUR CITY, Nov 27',
      located: 'Harbour City',
      description: 'The bridge is open again.',
      language: 'en-GB',
      urgency: 3,
      publishedAt: '2026-11-27T08:00:00.000Z',
      firstCreated: '2026-11-27T08:00:00.000Z',
      embargoedUntil: '2026-11-27T10:00:00.000Z',
      slugline: 'harbour-bridge',
      editorialNote: 'Corrects the length of the closure.',
      copyright: 'Example Wire',
      subjects: [{ scheme: 'iptc-subjectcode', code: 'subj:11006000', name: 'public works' }],
      keywords: ['bridge', 'transport'],
      format: 'nitf',
      provenance: 'edited',
    });
  });

  it('refuses internal entity declarations but not the DOCTYPE itself', () => {
    const withEntities = wireFixture('nitf.xml').replace(
      '<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">',
      '<!DOCTYPE nitf [<!ENTITY who "Sam">]>',
    );
    expect(() => parseNitf(withEntities)).toThrow(/DOCTYPE declares entities/);
  });

  it('needs an identity: doc-id, else X-External-Id', () => {
    const anonymous = '<nitf><body><body.content><p>Text.</p></body.content></body></nitf>';
    expect(parseNitf(anonymous).errors[0]).toMatchObject({ field: 'doc-id' });
    expect(parseNitf(anonymous, { externalId: 'file-1.xml' }).items[0]).toMatchObject({
      externalId: 'file-1.xml',
      title: 'Text.',
      headlineDerived: true,
    });
  });

  it('refuses a document with no story text (422) and another root (400)', () => {
    expect(
      parseNitf('<nitf><head><docdata><doc-id id-string="x"/></docdata></head><body><body.content/></body></nitf>')
        .errors[0],
    ).toMatchObject({ status: 422 });
    expect(() => parseNitf('<NewsML/>')).toThrow('not a NITF document: the root element is <NewsML>, expected <nitf>');
  });
});
