import { classifySubjects } from './classify-subjects';

const topCodes = (title: string, text: string) => classifySubjects(title, text).filter((s) => /^medtop:\d\d000000$/.test(s.code)).map((s) => s.code);

describe('classifySubjects', () => {
  it('files a cricket report under sport', () => {
    const text = 'The England captain hit an unbeaten century as the tourists reached 308 for two at the close. ' +
      'South Africa\'s bowlers struggled on a flat pitch, and the batsmen added 152 for the second wicket.';
    expect(topCodes('Vaughan century puts England in control', text)[0]).toBe('medtop:15000000');
  });

  it('files a digital music player story under science and technology', () => {
    const text = 'Apple sold 4.5 million iPod players in the quarter. Its iTunes store has sold 250 million songs, ' +
      'and rivals are launching players and download services of their own. The new iPod stores music on a flash memory chip.';
    expect(topCodes('iPod sales soar', text)[0]).toBe('medtop:13000000');
  });

  it('files a currency story under economy, business and finance', () => {
    const text = 'The dollar fell to a record low against the euro as worries about the US trade deficit weighed on the currency. ' +
      'Analysts said traders expected the central bank to keep interest rates on hold.';
    expect(topCodes('Dollar slides against euro', text)[0]).toBe('medtop:04000000');
  });

  it('gives every subject a code, label, URI and a confidence in (0, 1)', () => {
    const subjects = classifySubjects(
      'Lords defeat government on terror bill',
      'Peers voted by 249 to 119 against the government. The bill returns to the Commons, where ministers hope to overturn the defeat. ' +
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
});
