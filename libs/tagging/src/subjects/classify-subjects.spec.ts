import { classifySubjects, scoreTopics } from './classify-subjects';

const topCodes = (title: string, text: string) =>
  classifySubjects(title, text)
    .filter((s) => /^medtop:\d\d000000$/.test(s.code))
    .map((s) => s.code);

describe('classifySubjects', () => {
  it('files a cricket report under sport', () => {
    const text =
      'The England captain hit an unbeaten century as the tourists reached 308 for two at the close. ' +
      "South Africa's bowlers struggled on a flat pitch, and the batsmen added 152 for the second wicket.";
    expect(topCodes('Vaughan century puts England in control', text)[0]).toBe('medtop:15000000');
  });

  it('files a digital music player story under science and technology', () => {
    const text =
      'Apple sold 4.5 million iPod players in the quarter. Its iTunes store has sold 250 million songs, ' +
      'and rivals are launching players and download services of their own. The new iPod stores music on a flash ' +
      'memory chip.';
    expect(topCodes('iPod sales soar', text)[0]).toBe('medtop:13000000');
  });

  it('files a currency story under economy, business and finance', () => {
    const text =
      'The dollar fell to a record low against the euro as worries about the US trade deficit weighed on the ' +
      'currency. ' +
      'Analysts said traders expected the central bank to keep interest rates on hold.';
    expect(topCodes('Dollar slides against euro', text)[0]).toBe('medtop:04000000');
  });

  it('gives every subject a code, label, URI and a confidence in (0, 1)', () => {
    const subjects = classifySubjects(
      'Lords defeat government on terror bill',
      'Peers voted by 249 to 119 against the government. The bill returns to the Commons, where ministers hope ' +
        'to overturn the defeat. ' +
        'The home secretary said the powers were needed to fight terrorism.',
    );
    expect(subjects[0].code).toBe('medtop:11000000');
    for (const s of subjects) {
      expect(s.code).toMatch(/^medtop:\d{8}$/);
      expect(s.name).toBeTruthy();
      expect(s.uri).toMatch(/^http:\/\/cv\.iptc\.org\/newscodes\/mediatopic\/\d{8}$/);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThan(1);
    }
  });

  it('returns nothing for text without topical words', () => {
    expect(classifySubjects('Hello', 'This is a short note.')).toEqual([]);
  });

  it('reads two-word cues as one: net worth is finance, Star Wars a film, not the net or war', () => {
    const worth = scoreTopics('', 'Her net worth was put at $17 million.');
    expect(worth.get('medtop:13000000')).toBeUndefined();
    expect(worth.get('medtop:04000000')).toBeGreaterThan(0);
    const film = scoreTopics('Star Wars', '');
    expect(film.get('medtop:16000000')).toBeUndefined();
    expect(film.get('medtop:01000000')).toBeGreaterThan(0);
    // a weight-0 pair only silences its words
    expect(scoreTopics('', "He told BBC Radio 4's Today programme").get('medtop:01000000')).toBeUndefined();
  });

  it('does not let a cue prefix catch unrelated words', () => {
    const scores = scoreTopics(
      '',
      'The authority said it was important for Europe, for example, as the couple filled up with petrol.',
    );
    for (const code of [
      'medtop:01000000',
      'medtop:04000000',
      'medtop:05000000',
      'medtop:08000000',
      'medtop:16000000',
    ]) {
      expect(scores.get(code)).toBeUndefined();
    }
    expect(scoreTopics('', 'A new flu virus').get('medtop:07000000')).toBeGreaterThan(0);
  });

  it('files a video game review under science and technology, not sport or war', () => {
    const text =
      'The game sends players into combat against waves of enemy troopers, and the attacks come fast. ' +
      'On PC and on both consoles the gameplay is smooth, though the Xbox version loads faster. ' +
      'Players can fight with a lightsaber and use the Force, and the multiplayer mode is a welcome extra. ' +
      "Gamers who liked the studio's last game will feel at home.";
    expect(topCodes('Star Wars game review', text)[0]).toBe('medtop:13000000');
  });

  it('keeps a doping case under sport and a player of music under technology', () => {
    const doping =
      'The sprinter faces a drugs ban after missing three drugs tests. His lawyer told the hearing he was innocent, ' +
      'and the athletics federation said a decision on the ban would come next month, before the world championships.';
    expect(topCodes('Sprinter appeals against drugs ban', doping)[0]).toBe('medtop:15000000');
    const players = 'Sales of MP3 players and portable music players doubled.';
    expect(scoreTopics('', players).get('medtop:15000000')).toBeUndefined();
  });
});
