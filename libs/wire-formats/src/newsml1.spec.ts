import { parseNewsml1 } from './newsml1';

const item = (component: string, management = '<Status FormalName="Usable"/><Urgency FormalName="2"/>') =>
  `<NewsItem><Identification><NewsIdentifier><ProviderId>afp.com</ProviderId><DateId>20190121</DateId>` +
  `<NewsItemId>TX-1</NewsItemId>` +
  `<RevisionId PreviousRevision="0" Update="N">2</RevisionId></NewsIdentifier><NameLabel>` +
  `France-justice</NameLabel></Identification>` +
  `<NewsManagement><FirstCreated>20190121T104233+0000</FirstCreated><ThisRevisionCreated>` +
  `20190121T104234+0000</ThisRevisionCreated>${management}</NewsManagement>${component}</NewsItem>`;

describe('NewsML 1.x', () => {
  it('reads a NewsItem: id without revision, NewsManagement, NewsLines, DescriptiveMetadata, NITF as text', () => {
    const doc =
      '<?xml version="1.0"?>\n<!DOCTYPE NewsML PUBLIC "urn:newsml:iptc.org:20031010:NewsMLv1.2.dtd:1" ' +
      '"NewsML-1.2.dtd" [<!ENTITY % nitf SYSTEM "nitf-3-0.dtd"> %nitf; ]>\n' +
      `<NewsML Version="1.2"><NewsEnvelope><Priority FormalName="4"/></NewsEnvelope>${item(
        '<NewsComponent><NewsLines><DateLine>Paris, 21 jan (AFP) -</DateLine><HeadLine>Deux ex-policiers devant ' +
          'la justice</HeadLine>' +
          '<ByLine>Par Anne Dupont</ByLine><CopyrightLine>(c) ' +
          'AFP</CopyrightLine><KeywordLine>justice</KeywordLine></NewsLines>' +
          '<AdministrativeMetadata><Creator><Party FormalName="asl" ' +
          'Topic="AUTHOR"/></Creator></AdministrativeMetadata>' +
          '<DescriptiveMetadata><Language FormalName="fr"/><SubjectCode><SubjectMatter ' +
          'FormalName="02008000"/></SubjectCode><Genre FormalName="Current"/>' +
          '<Location HowPresent="Origin"><Property FormalName="City" Value="Paris"/></Location></DescriptiveMetadata>' +
          '<ContentItem><MediaType FormalName="Text"/><Format ' +
          'FormalName="NITF3.1"/><DataContent><nitf><body><body.content>' +
          "<p>Le procès s'est ouvert lundi.</p><p>asl/tib</p></body.content></body></nitf></DataContent>" +
          '</ContentItem></NewsComponent>',
      )}</NewsML>`;
    const r = parseNewsml1(doc, { sourceId: 's' });
    expect(r.items[0]).toEqual({
      sourceId: 's',
      externalId: 'afp.com:20190121:TX-1',
      body: "<p>Le procès s'est ouvert lundi.</p>\n<p>asl/tib</p>",
      contentType: 'text/html',
      version: 2,
      publishedAt: '2019-01-21T10:42:33.000Z',
      firstCreated: '2019-01-21T10:42:33.000Z',
      versionCreated: '2019-01-21T10:42:34.000Z',
      pubStatus: 'usable',
      urgency: 2,
      format: 'newsml1',
      provenance: 'edited',
      title: 'Deux ex-policiers devant la justice',
      byline: 'Par Anne Dupont',
      authors: ['asl'],
      dateline: 'Paris, 21 jan (AFP) -',
      slugline: 'France-justice',
      copyright: '(c) AFP',
      language: 'fr',
      located: 'Paris',
      subjects: [{ scheme: 'iptc-subjectcode', code: 'subj:02008000' }],
      genres: [{ code: 'Current' }],
      keywords: ['justice'],
    });
  });

  it('gives one article per language a component holds the story in (Belga), Title/Lead/Body as roles', () => {
    const part = (role: string, text: string) =>
      `<NewsComponent><Role FormalName="${role}"/><ContentItem><DataContent>${text}</DataContent></ContentItem>` +
      `</NewsComponent>`;
    const lang = (l: string, words: string) =>
      `<NewsComponent ` +
      `xml:lang="${l}">` +
      `${part('Title', `Title ${l}`)}${part('Lead', `Lead ${words}`)}${part('Body', `Body ${words}`)}</NewsCompo` +
      `nent>`;
    const r = parseNewsml1(
      `<NewsML>` +
        `${item(`<NewsComponent>${lang('nl', 'in het Nederlands')}${lang('fr', 'en français')}</NewsComponent>`)}<` +
        `/NewsML>`,
    );
    expect(r.items.map((i) => [i.externalId, i.title, i.language, i.body])).toEqual([
      ['afp.com:20190121:TX-1#nl', 'Title nl', 'nl', '<p>Lead in het Nederlands</p>\n<p>Body in het Nederlands</p>'],
      ['afp.com:20190121:TX-1#fr', 'Title fr', 'fr', '<p>Lead en français</p>\n<p>Body en français</p>'],
    ]);
  });

  it('refuses, 422 by item, a picture, text only by Href, and an item without text', () => {
    const photo =
      '<NewsComponent><Role FormalName="Picture"/><ContentItem Href="a.jpg"><MediaType ' +
      'FormalName="Photo"/></ContentItem></NewsComponent>';
    expect(parseNewsml1(`<NewsML>${item(photo)}</NewsML>`).errors[0]).toMatchObject({
      status: 422,
      messages: ['not a text item: a NewsML 1.x item whose components are picture'],
    });
    const remote =
      '<NewsComponent><ContentItem Href="https://x.example/story.xml"><MediaType ' +
      'FormalName="Text"/></ContentItem></NewsComponent>';
    expect(parseNewsml1(`<NewsML>${item(remote)}</NewsML>`).errors[0]).toMatchObject({
      status: 422,
      messages: [expect.stringMatching(/^remote content: .*story\.xml/)],
    });
    expect(
      parseNewsml1(
        `<NewsML>${item('<NewsComponent><ContentItem><DataContent/></ContentItem></NewsComponent>')}</NewsML>`,
      ).errors[0],
    ).toMatchObject({ status: 422 });
  });

  it('refuses a tree 300 levels deep with a 400 naming the depth', () => {
    const deep = `<NewsML>${item(`${'<NewsComponent>'.repeat(300)}${'</NewsComponent>'.repeat(300)}`)}</NewsML>`;
    expect(() => parseNewsml1(deep)).toThrow('XML nests deeper than 256 elements');
  });
});
