import { parseAnyXml } from './xml-dispatch';

describe('agency XML', () => {
  it('reads Ritzau RBNews (escaped HTML content)', () => {
    const r = parseAnyXml(
      '<RBNews xmlns="" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><NewsID>9a69</NewsID><PublishDate>' +
        '2018-01-30T17:32:18.397</PublishDate>' +
        '<strapline>NU/FLASH-U</strapline><headline>Satellit sendes ' +
        'op</headline><town>Haag</town><section>Udland</section><sectionShort>U</sectionShort>' +
        '<version>2</version><content>&lt;p&gt;Forskere har ' +
        'testet.&lt;/p&gt;</content><Priority>3</Priority><byLine>Peder Poulsen</byLine></RBNews>',
      { sourceId: 's' },
    );
    expect(r.items[0]).toMatchObject({
      externalId: '9a69',
      title: 'Satellit sendes op',
      body: '<p>Forskere har testet.</p>',
      version: 2,
      urgency: 3,
      slugline: 'NU/FLASH-U',
      located: 'Haag',
      byline: 'Peder Poulsen',
      subjects: [{ scheme: 'ritzau-section', code: 'U', name: 'Udland' }],
      format: 'ritzau',
    });
  });

  it('reads an NTB Info (Solita) release with its embargo and categories', () => {
    const r = parseAnyXml(
      '<release id="17" lang="no"><title>Ny ' +
        'kontrakt</title><leadtext>Ingress.</leadtext><body>&lt;p&gt;Brødtekst.&lt;/p&gt;</body>' +
        '<embargo>11.07.2019 12:17</embargo><publicationDate>11.07.2019 ' +
        '12:17</publicationDate><categories><category ' +
        'id="1"><label>Politikk</label></category></categories></release>',
    );
    expect(r.items[0]).toMatchObject({
      externalId: 'release:17',
      title: 'Ny kontrakt',
      body: '<p>Ingress.</p>\n<p>Brødtekst.</p>',
      language: 'no',
      embargoedUntil: '2019-07-11T11:17:00.000Z',
      subjects: [{ scheme: 'ntbinfo-category', code: '1', name: 'Politikk' }],
    });
  });

  it('refuses what is not text, naming it: CP photos, NTB calendar entries, AAP sports data', () => {
    expect(
      parseAnyXml('<Publish><ContentItem><ContentType>Photo</ContentType></ContentItem></Publish>').errors[0],
    ).toMatchObject({
      status: 422,
      messages: ['not a text item: a Canadian Press photo item'],
    });
    expect(() => parseAnyXml('<document><service>newscalendar</service><title>Konferanse</title></document>')).toThrow(
      'not a text item: an NTB news calendar entry (an event)',
    );
    expect(() => parseAnyXml('<Response Status_Code="OK"><Fixture_List/></Response>')).toThrow(/AAP sports data/);
    expect(() => parseAnyXml('<catalog xmlns="urn:x"/>')).toThrow(
      'XML with root element <catalog> (namespace urn:x) is not a format ingest reads',
    );
  });
});
