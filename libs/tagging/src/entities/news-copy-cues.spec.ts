import { extractSpans } from './extract-entities';
import { tokenize } from '../text/tokenize';

const show = (text: string) => extractSpans('', text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('extractSpans: cues of today’s news copy', () => {
  it('knows agencies, companies and clubs whose names carry no cue', () => {
    expect(show('NASA said Blue Origin and SpaceX would bid, and WeWork agreed.')).toEqual([
      'ORG:NASA',
      'ORG:Blue Origin',
      'ORG:SpaceX',
      'ORG:WeWork',
    ]);
    expect(show('He has managed Real Madrid and Inter Milan.')).toEqual(['ORG:Real Madrid', 'ORG:Inter Milan']);
  });

  it('types a club’s town as the club in a sports story only, and not after a place preposition', () => {
    const sport =
      'The manager left the club after the season. Tottenham said the striker scored twice in the league. He ' +
      'also managed Porto.';
    expect(show(sport)).toEqual(['ORG:Tottenham', 'ORG:Porto']);
    expect(show('The club’s coach scored a league goal. They stayed at a hotel in Porto.')).toEqual(['LOC:Porto']);
    expect(show('Tottenham residents said the council would meet.')).toEqual(['LOC:Tottenham']);
  });

  it('leaves competitions untagged (MISC in CoNLL’s scheme)', () => {
    expect(show('They reached the Champions League final and won the Premier League.')).toEqual([]);
  });

  it('takes the place of a dateline and a state abbreviated after a town', () => {
    expect(show('BRUSSELS (Reuters) - The European Commission said it disagreed.')).toEqual([
      'LOC:BRUSSELS',
      'ORG:Reuters',
      'ORG:European Commission',
    ]);
    expect(show('He moved from Sioux Falls, S.D., to Camden, NJ, last year.')).toEqual([
      'LOC:Sioux Falls',
      'LOC:S.D.',
      'LOC:Camden',
      'LOC:NJ',
    ]);
    // a postal code alone is a word, not a place
    expect(show('Tell him OR call her.')).toEqual([]);
  });

  it('takes the name out of "London-based" and "South Dakota-sized"', () => {
    expect(tokenize('a London-based firm').map((t) => t.text)).toEqual(['a', 'London', '-based', 'firm']);
    expect(show('It drew a South Dakota-sized share of attention.')).toEqual(['LOC:South Dakota']);
    // a hyphenated surname stays whole
    expect(tokenize('Rep. Alexandria Ocasio-Cortez spoke').map((t) => t.text)).toContain('Ocasio-Cortez');
  });

  it('takes a person from a role after the comma, or from "said" before the name', () => {
    expect(show('Gwynne Shotwell, president of the firm, agreed.')).toEqual(['PER:Gwynne Shotwell']);
    expect(show('“It is large,” said Brent Sherwood, who leads the team.')).toEqual(['PER:Brent Sherwood']);
    expect(show('Cheuk Hau-yip, the commander of the district, spoke.')).toEqual(['PER:Cheuk Hau-yip']);
    expect(show('The show’s host Jeanine Pirro replied.')).toEqual(['PER:Jeanine Pirro']);
    expect(show('Rep. Alexandria Ocasio-Cortez replied.')).toEqual(['PER:Alexandria Ocasio-Cortez']);
  });

  it('joins "and" inside a known name, drops a day after a name and "The" before a country', () => {
    expect(show('Teams from Bosnia and Herzegovina and Slovakia played.')).toEqual([
      'LOC:Bosnia and Herzegovina',
      'LOC:Slovakia',
    ]);
    expect(show('She posted on Twitter Tuesday.')).toEqual(['ORG:Twitter']);
    expect(show('The Netherlands qualified.')).toEqual(['LOC:Netherlands']);
  });
});
