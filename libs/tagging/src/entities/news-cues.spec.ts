import { extractSpans } from './extract-entities';

const show = (text: string) => extractSpans('', text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('extractSpans: news cues', () => {
  it('takes a known given name or initials and a surname as a person, and links the surname', () => {
    expect(show('The prize went to Gustav Fritsch on Monday. Later Fritsch thanked the jury.')).toEqual([
      'PER:Gustav Fritsch',
      'PER:Fritsch',
    ]);
    expect(show('England began badly when M. Atherton fell early.')).toContain('PER:M. Atherton');
  });

  it('does not take things named after people for people', () => {
    expect(show('They won the Stanley Cup in 1938 and stayed at the Mark Hopkins Hotel.')).not.toContain(
      'PER:Stanley Cup',
    );
    expect(show('They stayed at the Mark Hopkins Hotel.')).not.toContain('PER:Mark Hopkins Hotel');
    expect(show('He joined the Roman Catholic church.')).not.toContain('PER:Roman Catholic');
  });

  it('splits two people joined by "&"', () => {
    expect(show('The show is hosted by Jenny Seaton & Gary Carvolth each week.')).toEqual([
      'PER:Jenny Seaton',
      'PER:Gary Carvolth',
    ]);
  });

  it('types city teams with plural nicknames and their nicknames alone', () => {
    expect(show('He played for the Boston Bruins for ten years. The Bruins won twice.')).toEqual([
      'ORG:Boston Bruins',
      'ORG:Bruins',
    ]);
  });

  it('types football clubs by their suffix', () => {
    expect(show('He left Blackburn Rovers for Leeds United in June.')).toEqual([
      'ORG:Blackburn Rovers',
      'ORG:Leeds United',
    ]);
  });

  it('reads results lines: city clubs are organisations, national teams stay places', () => {
    const text = 'SOCCER - ENGLISH LEAGUE RESULTS\n\nLiverpool 2 Barnsley 1\n\nJapan 2 Syria 1\n\nLONDON 1996-08-30';
    expect(show(text)).toEqual(['ORG:Liverpool', 'ORG:Barnsley', 'LOC:Japan', 'LOC:Syria', 'LOC:LONDON']);
  });

  it('reads tables in capitals the same way', () => {
    expect(show('NEW YORK 74 62 .544 -\n\nBALTIMORE 70 66 .515 4')).toEqual(['ORG:NEW YORK', 'ORG:BALTIMORE']);
  });

  it('takes a city beside a verb of winning as a club', () => {
    expect(show('On Saturday Liverpool beat Manchester in the cup.')).toEqual(['ORG:Liverpool', 'ORG:Manchester']);
    // not a country: CoNLL keeps national teams as places
    expect(show('On Saturday Japan beat Syria in the cup.')).toEqual(['LOC:Japan', 'LOC:Syria']);
  });

  it('types a name defined with its acronym as an organisation and links the acronym', () => {
    expect(show('The Zorgan Trade Assembly Network ( ZTAN ) met. Later ZTAN said no.')).toEqual([
      'ORG:Zorgan Trade Assembly Network',
      'ORG:ZTAN',
      'ORG:ZTAN',
    ]);
    expect(show('Staff of OASA ( Organismos Astikon Syngoinonion Athinon ) went on strike.')).toEqual([
      'ORG:OASA',
      'ORG:Organismos Astikon Syngoinonion Athinon',
    ]);
  });

  it('links names in a line of capitals to the same names in the body', () => {
    const text = 'TENNIS - SAMPRAS WINS IN LONDON\n\nPete Sampras won on Monday. Sampras said he was pleased.';
    expect(show(text)).toEqual(['PER:SAMPRAS', 'LOC:LONDON', 'PER:Pete Sampras', 'PER:Sampras']);
  });
});
