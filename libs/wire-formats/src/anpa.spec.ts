import { parseAnpa } from './anpa';

const SOH = '\u0001';
const STX = '\u0002';
const ETX = '\u0003';
const EOT = '\u0004';

const story = (slug: string, body: string) =>
  `\u0016\u0016${SOH}a0042  r i ${slug} 1stLd-Writethru 06-02 0563\r\n${STX}^${slug},0563<\r\n^Ferry service ` +
  `resumes after storm<\r\n^By JANE DOE=\r\n^Associated Press=\r\n${body}${ETX}AP-NY-06-02-20 1205GMT${EOT}`;

describe('ANPA 1312', () => {
  it('reads the header, the head lines (headline, byline) and the paragraphs of each story in a file', () => {
    const prose =
      '   PORTSMOUTH, England (AP) -- Ferries to the island ran again on\r\nTuesday after two days of ' +
      'cancellations, the operator said.\r\n' +
      '   About 2,000 passengers had waited in the terminal overnight,\r\nofficials said on Tuesday morning.\r\n';
    const r = parseAnpa(
      Buffer.from(story('BC-Britain-Ferries', prose) + story('BC-Britain-Weather', prose), 'latin1'),
      { sourceId: 's' },
    );
    expect(r.batch).toBe(true);
    expect(r.items.map((i) => i.externalId)).toEqual(['BC-Britain-Ferries 06-02', 'BC-Britain-Weather 06-02']);
    expect(r.items[0]).toEqual({
      sourceId: 's',
      externalId: 'BC-Britain-Ferries 06-02',
      title: 'Ferry service resumes after storm',
      body:
        'PORTSMOUTH, England (AP) -- Ferries to the island ran again on Tuesday after two days of cancellations, ' +
        'the operator said.\n' +
        'About 2,000 passengers had waited in the terminal overnight, officials said on Tuesday morning.',
      contentType: 'text/plain',
      byline: 'By JANE DOE, Associated Press',
      authors: ['JANE DOE'],
      dateline: 'PORTSMOUTH, England (AP) --',
      urgency: 5,
      slugline: 'BC-Britain-Ferries',
      keywords: ['1stLd-Writethru'],
      subjects: [{ scheme: 'anpa-category', code: 'i' }],
      format: 'anpa1312',
      provenance: 'edited',
    });
  });

  it('keeps an agate take as a table, line by line and column by column', () => {
    const agate =
      '   Team           W   L   Pct\r\nBoston        10   2  .833\r\nNew York       8   4  .667\r\nToronto      ' +
      '  6   6  .500\r\n';
    const body = parseAnpa(story('BC-BBA-Standings', agate)).items[0].body;
    expect(body).toBe(
      '   Team           W   L   Pct\nBoston        10   2  .833\nNew York       8   4  .667\nToronto        6   ' +
        '6  .500',
    );
  });

  it('refuses a truncated take (STX without ETX) by itself, and text without framing', () => {
    const truncated = `${SOH}a0043 r s BC-Cut 06-02 0100\r\n${STX}^Headline<\r\n   The story stops mid`;
    const r = parseAnpa(story('BC-Whole', '   Whole story here.\r\n') + truncated);
    expect(r.items.map((i) => i.externalId)).toEqual(['BC-Whole 06-02']);
    expect(r.errors).toEqual([
      { index: 1, field: '(take)', messages: ['truncated ANPA take: the text (STX) never ends (no ETX)'] },
    ]);
    expect(() => parseAnpa('Just some text.')).toThrow(/not ANPA 1312/);
  });

  it('reads undeclared 8-bit text in the charset it is in (never mojibake), and refuses a wrong declaration', () => {
    const latin1 = Buffer.from(
      story(
        'BC-France-Strike',
        '   PARIS (AP) -- Les grévistes réclament une hausse générale des salaires, a déclaré le syndicat ' +
          'vendredi soir.\r\n',
      ),
      'latin1',
    );
    expect(parseAnpa(latin1).items[0].body).toContain('Les grévistes réclament une hausse générale');
    expect(() => parseAnpa(latin1, { charset: 'utf-8' })).toThrow(/not valid UTF-8/);
  });
});

describe("AAP's ZCZC framing", () => {
  it('reads the field lines by their character and value, several stories per file', () => {
    const file =
      'ZCZC AAP\r\n%A\r\n#Legionella_BC1\r\n$Legionella found in Qld hospital\r\n:(BRISBANE)\r\n*07000000\r\n@QLD\r\n' +
      'Legionella bacteria has been found in a regional hospital.\r\n\r\nRoutine testing returned positive ' +
      'results.\r\nNNNN\r\n' +
      '   ZCZC AAP\r$T\r:AFL Preview\r=Round 23\r^AFL: Round 23 preview\r*T\r&A\r+15084000\rMELBOURNE, March 3 ' +
      'AAP - Preview:\r\n\r\nCrows   20\r\nEagles  23\r\nNNNN';
    const r = parseAnpa(file, { sourceId: 's' });
    expect(r.items[0]).toMatchObject({
      externalId: 'Legionella_BC1',
      title: 'Legionella found in Qld hospital',
      located: 'BRISBANE',
      slugline: 'Legionella_BC1',
      subjects: [
        { scheme: 'iptc-subjectcode', code: 'subj:07000000' },
        { scheme: 'anpa-category', code: 'A' },
      ],
      keywords: ['QLD'],
      body: 'Legionella bacteria has been found in a regional hospital.\n\nRoutine testing returned positive results.',
    });
    expect(r.items[1]).toMatchObject({
      externalId: 'AFL Preview Round 23',
      title: 'AFL: Round 23 preview',
      slugline: 'AFL Preview',
      subjects: [
        { scheme: 'iptc-subjectcode', code: 'subj:15084000' },
        { scheme: 'anpa-category', code: 'T' },
      ],
      body: 'MELBOURNE, March 3 AAP - Preview:\n\nCrows   20\nEagles  23',
    });
  });
});
