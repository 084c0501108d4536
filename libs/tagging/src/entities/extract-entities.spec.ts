import { extractSpans } from './extract-entities';
import { mergeEntities } from './merge-entities';

const show = (title: string, text: string) =>
  extractSpans(title, text).map(
    (s) => `${s.type}:${(s.field === 'title' ? title : text).slice(s.start, s.end)}=${s.name}`,
  );

describe('extractSpans', () => {
  it('keeps titles and honorifics out of names and links short forms', () => {
    const text =
      'Foreign Minister Sergei Lavrov met Chancellor Olaf Scholz in Berlin.\n\nMr. Lavrov said the talks were ' +
      'useful. Scholz did not comment.';
    expect(show('', text)).toEqual([
      'PER:Sergei Lavrov=Sergei Lavrov',
      'PER:Olaf Scholz=Olaf Scholz',
      'LOC:Berlin=Berlin',
      // after a title the bare surname is its own span; mergeEntities joins it to the full name
      'PER:Lavrov=Lavrov',
      'PER:Scholz=Olaf Scholz',
    ]);
    const people = mergeEntities(extractSpans('', text)).people;
    expect(people.map((p) => [p.name, p.count])).toEqual([
      ['Sergei Lavrov', 2],
      ['Olaf Scholz', 2],
    ]);
  });

  it('gives places their country code and canonical name', () => {
    const spans = extractSpans('', 'Officials in the U.S. and Britain watched Kiev closely.');
    expect(spans.map((s) => [s.name, s.countryCode])).toEqual([
      ['United States', 'US'],
      ['United Kingdom', 'GB'],
      ['Kyiv', 'UA'],
    ]);
  });

  it('types organisations by their form and known names', () => {
    const text =
      'The Bank of England and the Russian Foreign Ministry spoke to NATO and Acme Holdings Inc. on Tuesday.';
    expect(show('', text)).toEqual([
      'ORG:Bank of England=Bank of England',
      'ORG:Russian Foreign Ministry=Russian Foreign Ministry',
      'ORG:NATO=NATO',
      'ORG:Acme Holdings Inc.=Acme Holdings Inc.',
    ]);
  });

  it('does not tag sentence-initial common words or nationalities', () => {
    expect(show('', 'According to Russian officials, Monday was calm. However, The talks failed.')).toEqual([]);
  });

  it('reads lines in capitals only through the gazetteer', () => {
    expect(show('', 'SOCCER - JAPAN GET SURPRISE WIN OVER CHINA\n\nLONDON 1996-08-30')).toEqual([
      'LOC:JAPAN=Japan',
      'LOC:CHINA=China',
      'LOC:LONDON=London',
    ]);
  });

  it('takes a surname named like a town as the person', () => {
    const text = 'The governor met Paul Jackson on Friday. Jackson said the plan would work.';
    expect(show('', text)).toEqual(['PER:Paul Jackson=Paul Jackson', 'PER:Jackson=Paul Jackson']);
  });

  it('in a Title Case headline tags only known names and short forms from the body', () => {
    const title = 'Putin Warns Obama Over Ukraine As Talks Stall';
    const text = 'President Vladimir Putin spoke to President Barack Obama on Monday.';
    expect(show(title, text).slice(0, 3)).toEqual([
      'PER:Putin=Vladimir Putin',
      'PER:Obama=Barack Obama',
      'LOC:Ukraine=Ukraine',
    ]);
  });
});
