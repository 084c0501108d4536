import { wireFixture } from './fixture';
import { parseNinjs } from './ninjs';

const one = (doc: unknown) => parseNinjs(JSON.stringify(doc), { sourceId: 's' });

describe('ninjs 2.x', () => {
  it('maps uri, version, dates, pubstatus, urgency, headlines, bodies, subjects, embargo, bylines and altids', () => {
    const r = parseNinjs(wireFixture('ninjs-2.json'), { sourceId: 'ninjs-src' });
    expect(r.errors).toEqual([]);
    expect(r.items[0]).toEqual({
      sourceId: 'ninjs-src',
      externalId: 'urn:example:ninjs:2026:council-budget',
      url: 'https://news.example.com/2026/council-budget',
      title: "Council approves next year's budget",
      body: '<p>The city council approved the budget by 31 votes to 12.</p><p>Spending on transport rises by 4%.</p>',
      contentType: 'text/html',
      language: 'en-GB',
      publishedAt: '2026-11-27T07:30:00.000Z',
      firstCreated: '2026-11-27T07:30:00.000Z',
      version: 3,
      versionCreated: '2026-11-27T09:15:00.000Z',
      pubStatus: 'usable',
      format: 'ninjs',
      provenance: 'edited',
      urgency: 3,
      subjects: [
        { name: 'government budget', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000438' },
        { name: 'local government' },
      ],
      byline: 'Jane Example',
      authors: ['Jane Example'],
      embargoedUntil: '2026-11-27T10:00:00.000Z',
    });
  });

  it('reads a kill with the 1.x body_text / headline fields', () => {
    const item = parseNinjs(wireFixture('ninjs-kill.json')).items[0];
    expect(item).toMatchObject({
      pubStatus: 'canceled',
      version: 4,
      body: 'This story has been withdrawn. Do not use.',
      contentType: 'text/plain',
    });
  });

  it('reads a brief whose only text is in descriptions[] (NTB), the description then not repeated as metadata', () => {
    const item = one({
      uri: 'urn:ntb:1',
      language: 'nb-NO',
      headlines: [{ role: 'main', value: 'Google har kjøpt giganttomt i Skien' }],
      descriptions: [
        { role: 'text', contenttype: 'text/plain', value: 'IT-giganten Google har kjøpt en tomt i Skien.' },
      ],
      ednote: 'Noe utvidet.',
      slugline: 'skien-google',
      subjects: [{ name: 'Teknologi', literal: '13010000' }],
    }).items[0];
    expect(item).toMatchObject({
      body: 'IT-giganten Google har kjøpt en tomt i Skien.',
      contentType: 'text/plain',
      language: 'nb-NO',
      editorialNote: 'Noe utvidet.',
      slugline: 'skien-google',
      subjects: [{ code: '13010000', name: 'Teknologi' }],
    });
    expect(item.description).toBeUndefined();
  });

  it('takes bodies[] of any role and content type, and a NITF body with its head as metadata', () => {
    expect(
      one({ uri: 'u', bodies: [{ role: 'text', contenttype: 'text/plain', value: 'Plain words.' }] }).items[0],
    ).toMatchObject({ body: 'Plain words.', contentType: 'text/plain' });
    const nitf =
      '<nitf><head><docdata><urgency ed-urg="2"/></docdata></head><body><body.head><hedline><hl1>Rain</hl1></hedline>' +
      '<byline>By Ann Weather</byline><dateline>OSLO</dateline><abstract>Wet.</abstract></body.head>' +
      '<body.content><p>It rained all day.</p></body.content></body></nitf>';
    const item = one({ uri: 'u', bodies: [{ role: 'nitf', contentType: 'text/vnd.IPTC.NITF', value: nitf }] }).items[0];
    expect(item).toMatchObject({
      title: 'Rain',
      body: '<p>It rained all day.</p>',
      byline: 'By Ann Weather',
      authors: ['Ann Weather'],
      dateline: 'OSLO',
      description: 'Wet.',
      urgency: 2,
    });
  });

  it('names a missing uri and a non-object by index in an array', () => {
    const r = parseNinjs('[{"uri":"u1","body_text":"x"},{"body_text":"no uri"},"str"]');
    expect(r.batch).toBe(true);
    expect(r.items).toHaveLength(1);
    expect(r.errors).toEqual([
      { index: 1, field: 'uri', messages: ['uri is required (ninjs 2.x and 3.x; guid in ninjs 1.x)'] },
      { index: 2, field: '(item)', messages: ['a ninjs document must be a JSON object'] },
    ]);
  });

  it('leaves out values the contract cannot take rather than refusing the story', () => {
    const item = one({
      uri: 'u',
      version: 'two',
      urgency: 0,
      pubstatus: 'draft',
      language: 'English',
      body_text: 'x',
      slugline: 's'.repeat(400),
    }).items[0];
    expect(item).toMatchObject({ externalId: 'u', body: 'x' });
    expect(item).not.toHaveProperty('version');
    expect(item).not.toHaveProperty('urgency');
    expect(item).not.toHaveProperty('pubStatus');
    expect(item).not.toHaveProperty('language');
    expect((item.slugline as string).length).toBe(300);
  });

  it('refuses malformed JSON', () => {
    expect(() => parseNinjs('{"uri":')).toThrow(/not valid JSON/);
  });
});

describe('ninjs 3.x', () => {
  it('reads the camelCase fields', () => {
    const item = one({
      uri: 'urn:x:1',
      versionCreated: '2021-05-26T13:40:18+02:00',
      firstCreated: '2021-05-26T13:00:00+02:00',
      pubStatus: 'usable',
      copyrightHolder: 'TT',
      usageTerms: 'Only in Sweden',
      edNote: 'Updated',
      altIds: [{ role: 'url', value: 'https://tt.example/x' }],
      genres: [{ literal: 'INR', uri: 'http://tt.se/spec/sector/1.0/INR', name: 'Inrikes' }],
      bodies: [{ role: 'text', contentType: 'text/plain', value: 'Text.' }],
      headlines: [{ role: 'main', value: 'Head' }],
    }).items[0];
    expect(item).toMatchObject({
      url: 'https://tt.example/x',
      versionCreated: '2021-05-26T11:40:18.000Z',
      firstCreated: '2021-05-26T11:00:00.000Z',
      pubStatus: 'usable',
      copyright: 'TT',
      usageTerms: 'Only in Sweden',
      editorialNote: 'Updated',
      genres: [{ code: 'INR', name: 'Inrikes', uri: 'http://tt.se/spec/sector/1.0/INR' }],
      body: 'Text.',
      title: 'Head',
    });
  });

  it('refuses an event (eventDetails) as not text, 422', () => {
    const r = one({
      uri: 'e',
      title: 'Match',
      eventDetails: { dates: { startDate: '2023-10-04T18:45:00+02:00' } },
      descriptions: [{ value: 'A match.' }],
    });
    expect(r.errors).toEqual([
      { index: 0, field: 'type', messages: ['not a text item: a ninjs event (eventDetails)'], status: 422 },
    ]);
  });
});

describe('ninjs 1.x', () => {
  it('reads guid, headline, body_html, byline, subject objects, located and the Superdesk dateline', () => {
    const item = one({
      guid: 'd3c8487a',
      type: 'text',
      headline: 'History TV',
      body_html: '<p>Laying around.</p>',
      byline: 'By Jo Lee',
      located: 'Toronto, ON',
      language: 'en-CA',
      subject: [
        { code: 'lifestyle', name: 'Lifestyle', scheme: 'tveyes.com' },
        { qcode: '01001000', name: 'Arkeologi', scheme: 'subject_custom' },
      ],
      dateline: { text: 'TORONTO, July 6 (CP) -', located: { city: 'Toronto' } },
    }).items[0];
    expect(item).toMatchObject({
      externalId: 'd3c8487a',
      title: 'History TV',
      body: '<p>Laying around.</p>',
      byline: 'By Jo Lee',
      authors: ['Jo Lee'],
      located: 'Toronto, ON',
      dateline: 'TORONTO, July 6 (CP) -',
      language: 'en-CA',
      subjects: [
        { scheme: 'tveyes.com', code: 'lifestyle', name: 'Lifestyle' },
        { scheme: 'subject_custom', code: '01001000', name: 'Arkeologi' },
      ],
    });
  });

  it('unwraps lists {total, item: […]} and {data: {item}}', () => {
    const list = parseNinjs(
      JSON.stringify({
        total: 2,
        item: [
          { guid: 'a', body_text: 'A.' },
          { guid: 'b', body_text: 'B.' },
        ],
      }),
    );
    expect(list.batch).toBe(true);
    expect(list.items.map((i) => i.externalId)).toEqual(['a', 'b']);
    const wrapped = parseNinjs(
      JSON.stringify({
        data: { item: { uri: 'tag:r,2023:1', headLine: 'Head', bodyXhtml: '<html><body><p>B.</p></body></html>' } },
      }),
    );
    expect(wrapped.items[0]).toMatchObject({
      externalId: 'tag:r,2023:1',
      title: 'Head',
      body: '<p>B.</p>',
      contentType: 'text/html',
    });
  });
});

describe('ninjs text rules', () => {
  it('refuses an item with only remote content, 422 naming where the text is', () => {
    const r = one({
      uri: 'u',
      type: 'text',
      headline: 'H',
      renditions: { nitf: { href: 'https://api.example/x.xml' } },
    });
    expect(r.errors).toEqual([
      {
        index: 0,
        field: 'body',
        messages: [
          "remote content: the item's text is only at https://api.example/x.xml (renditions), which ingest does " +
            'not fetch; send the text inline',
        ],
        status: 422,
      },
    ]);
  });

  it('refuses an item with no text at all (whitespace or bare markup), 422', () => {
    for (const doc of [
      { uri: 'u', headline: 'Only a headline' },
      { uri: 'u', body_html: '<p> </p><br/>' },
    ]) {
      expect(one(doc).errors).toEqual([
        {
          index: 0,
          field: 'body',
          messages: ['no text: the item carries no body, description or other story text'],
          status: 422,
        },
      ]);
    }
  });

  it('refuses pictures and other non-text types by name, 422', () => {
    expect(
      one({ uri: 'p', type: 'picture', headline: 'A photo', description_text: 'Caption' }).errors[0],
    ).toMatchObject({
      messages: ['not a text item: a ninjs picture item'],
      status: 422,
    });
  });

  it('derives a headline from the first sentence when none is given, and flags it', () => {
    const item = one({ uri: 'u', body_text: 'Train drivers will strike on Friday, the union said. Talks broke down.' })
      .items[0];
    expect(item).toMatchObject({
      title: 'Train drivers will strike on Friday, the union said.',
      headlineDerived: true,
    });
  });
});
