import { parseApMedia } from './ap-media';

const doc = (extra: object = {}) =>
  JSON.stringify({
    api_version: '2.1',
    data: {
      item: {
        uri: 'https://api.ap.org/media/v/content/abc?qt=1',
        altids: { itemid: 'abc', etag: 'abc_1' },
        version: 3,
        type: 'text',
        urgency: 4,
        language: 'en',
        versioncreated: '2020-06-02T19:13:57Z',
        firstcreated: '2020-06-02T19:13:56Z',
        pubstatus: 'usable',
        ednote: 'Eds: UPDATES.',
        headline: 'Review: documentary holds little spark',
        headline_extended: 'A documentary about electric racing.',
        slugline: 'BC-US--Film Review',
        bylines: [{ by: 'By MARK KENNEDY', title: 'AP Entertainment Writer' }],
        subject: [{ code: '16cb0ba3', name: 'Arts and entertainment', scheme: 'http://cv.ap.org/id/' }],
        renditions: {
          nitf: { format: 'IIM', href: 'https://api.ap.org/media/v/content/abc.0/download?type=text&format=NITF' },
        },
      },
    },
    ...extra,
  });

describe('AP Media API item JSON', () => {
  it('reads the item with its inline NITF rendition, the item id as identity', () => {
    const r = parseApMedia(doc({ nitf: { body_html: '<p>For proof that DiCaprio…</p>' } }), { sourceId: 's' });
    expect(r.items[0]).toMatchObject({
      externalId: 'abc',
      title: 'Review: documentary holds little spark',
      body: '<p>For proof that DiCaprio…</p>',
      version: 3,
      urgency: 4,
      byline: 'By MARK KENNEDY',
      authors: ['MARK KENNEDY'],
      description: 'A documentary about electric racing.',
      editorialNote: 'Eds: UPDATES.',
      subjects: [{ scheme: 'http://cv.ap.org/id/', code: '16cb0ba3', name: 'Arts and entertainment' }],
      format: 'ap-media',
    });
  });

  it('refuses an item whose text is only the rendition to download, 422 "remote content"', () => {
    expect(parseApMedia(doc()).errors).toEqual([
      {
        index: 0,
        field: 'nitf',
        status: 422,
        messages: [
          "remote content: the item's text is only at " +
            'https://api.ap.org/media/v/content/abc.0/download?type=text&format=NITF (renditions.nitf), which ' +
            'ingest does not fetch; send the item with its NITF inline',
        ],
      },
    ]);
  });

  it('refuses other JSON', () => {
    expect(() => parseApMedia('{"uri":"x"}')).toThrow(/not an AP Media API document/);
  });
});
