import { parseIptc7901 } from './iptc7901';

describe('IPTC 7901', () => {
  const message = (text: string) =>
    Buffer.from(
      `\u007f\u007f\r\n\u007f\u0001bsf025 3 ec 121   etf 967\r\n\r\nFrance\r\n\r\n\u0002${text}\u0003091223 dec ` +
        `18\r\n\u0004`,
      'latin1',
    );

  it('reads the header, the catchwords, the head ending in "=" and the text, in the charset detected', () => {
    const r = parseIptc7901(
      message(
        "Situation \r\nFrance:  \r\nGilets jaunes: une «catastrophe» pour l'économie = \r\n \r\n   Paris (ats " +
          "afp) Les violences liées aux manifestations sont une «catastrophe» pour l'économie, a estimé dimanche " +
          'le ministre.\r\n(SDA/sj) \r\n',
      ),
      { sourceId: 's' },
    );
    expect(r.items[0]).toEqual({
      sourceId: 's',
      externalId: 'bsf025 091223 dec 18',
      title: "Gilets jaunes: une «catastrophe» pour l'économie",
      body:
        "Paris (ats afp) Les violences liées aux manifestations sont une «catastrophe» pour l'économie, a estimé " +
        'dimanche le ministre.\n(SDA/sj)',
      contentType: 'text/plain',
      dateline: 'Paris (ats afp)',
      urgency: 3,
      keywords: ['France', 'Situation'],
      subjects: [{ scheme: 'iptc7901-category', code: 'ec' }],
      format: 'iptc7901',
      provenance: 'edited',
    });
  });

  it("reads a message sent without control characters, the byline and the editors' part apart", () => {
    const dpa =
      'eca00075 3 i 510    dpa 1003\n\n/politics/Britain/EU/\n2ND LEAD\nTop EU court rules on Brexit\nBy Helen ' +
      'Maguire, dpa   =\n \n' +
      "Luxembourg (dpa) - Britain could unilaterally decide not to leave the\nEuropean Union, the bloc's top " +
      'court ruled on Monday, one day before a\nvote in London.\n\n' +
      '* * * *\nThe following information is not intended for publication\n\n## Editorial contacts\n- Reporting ' +
      'by: Helen Maguire\n\n101137 GMT Dez 18\n';
    const item = parseIptc7901(dpa, { externalId: 'dpa-1' }).items[0];
    expect(item).toMatchObject({
      title: 'Top EU court rules on Brexit',
      byline: 'By Helen Maguire, dpa',
      keywords: ['politics', 'Britain', 'EU', '2ND LEAD'],
      editorialNote:
        'The following information is not intended for publication\n## Editorial contacts\n- Reporting by: Helen ' +
        'Maguire',
      body:
        "Luxembourg (dpa) - Britain could unilaterally decide not to leave the European Union, the bloc's top " +
        'court ruled on Monday, one day before a vote in London.',
    });
  });

  it('refuses a truncated message and text with no 7901 header', () => {
    expect(
      parseIptc7901(Buffer.from('\u0001bsf025 3 ec 121\r\n\u0002Headline =\r\n   text without end', 'latin1'))
        .errors[0],
    ).toMatchObject({ field: '(message)' });
    expect(() => parseIptc7901('Hello world')).toThrow(/not IPTC 7901/);
  });
});
