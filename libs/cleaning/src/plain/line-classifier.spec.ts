import { classifyScrapedText } from './line-classifier';

const story = [
  'The regional government announced on Monday that it would build two new hospitals in the north, a plan that ' +
    'has been discussed for years.',
  'According to the health minister, construction will begin next spring and both buildings should be open to ' +
    'patients by the end of 2028.',
  'Local doctors welcomed the news but warned that the region would also need to hire hundreds of nurses to ' +
    'staff the new wards.',
];

describe('classifyScrapedText on a declared scraped page', () => {
  it('keeps the story and drops menus, icon-font runs, share bars and notices around it', () => {
    const lines = [
      'Home News Sport Business Culture Opinion Weather',
      'icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon closeicon',
      'Two new hospitals for the north',
      ...story,
      'Share this article',
      'Sign up for our newsletter to get the best stories in your inbox.',
      '© 2025 Example News. All rights reserved.',
    ];
    const out = classifyScrapedText(lines, { page: true });
    expect(out.paragraphs).toEqual(story);
    expect(out.detectedTitle).toBe('Two new hospitals for the north');
  });

  it('uses a headline printed twice as the title and drops both copies', () => {
    const out = classifyScrapedText(['Big headline about hospitals', 'Big headline about hospitals', ...story]);
    expect(out.detectedTitle).toBe('Big headline about hospitals');
    expect(out.paragraphs).toEqual(story);
  });

  it('stops before reader comments and related-story lists', () => {
    const lines = [
      ...story,
      'Related stories',
      'Hospital strike ends after two weeks',
      'New minister named for health',
      'jane123 says:',
      'November 19, 2019 at 6:44 am',
      'This is a long reader comment that reads like prose, with commas, and it ends with a full stop.',
      'Reply',
      'bob_k says:',
      'November 19, 2019 at 7:02 am',
      'Another reader comment that is long enough to look like a story paragraph, which is the hard part.',
    ];
    expect(classifyScrapedText(lines, { page: true }).paragraphs).toEqual(story);
  });

  it('cuts comments inside the story region only: dated teasers above the story are not comments', () => {
    const teasers = [
      'Other story one',
      'November 20, 2019 10:43',
      'Other story two',
      'November 20, 2019 09:12',
      'Other story three',
      '11/20/2019 08:11 AM',
    ];
    const out = classifyScrapedText([...teasers.slice(0, 2), ...story, ...teasers], { page: true });
    expect(out.paragraphs).toEqual(story);
  });

  it('keeps the lines without evidence of their own as the fallback when the page has no story region', () => {
    const out = classifyScrapedText(['Quake of magnitude 6.1 hits off northern Japan coast', 'Share'], { page: true });
    expect(out.paragraphs).toEqual([]);
    expect(out.evidenceOnly).toEqual(['Quake of magnitude 6.1 hits off northern Japan coast']);
  });

  it('keeps a short sub-heading and a short sentence between story paragraphs', () => {
    const lines = [story[0], 'What happens next', story[1], 'She declined.', story[2]];
    expect(classifyScrapedText(lines, { page: true }).paragraphs).toEqual(lines);
  });
});

describe('classifyScrapedText on text of unknown origin: keep unless there is evidence of chrome', () => {
  it('returns nothing for pure chrome, and nothing is left as the evidence-only fallback either', () => {
    const out = classifyScrapedText(['Home', 'Menu', 'Search', 'Log in', 'Share this article']);
    expect(out.paragraphs).toEqual([]);
    expect(out.evidenceOnly).toEqual([]);
  });

  it('keeps a one-line flash, a two-line brief and short lines that carry no evidence', () => {
    expect(classifyScrapedText(['Quake of magnitude 6.1 hits off northern Japan coast']).paragraphs).toEqual([
      'Quake of magnitude 6.1 hits off northern Japan coast',
    ]);
    const brief = [
      'Train drivers will strike on Friday, the union said.',
      'The walkout will affect all services in the region.',
    ];
    expect(classifyScrapedText(brief).paragraphs).toEqual(brief);
    expect(classifyScrapedText(['Results', 'Arsenal 2 Chelsea 1', 'Leeds 3 Fulham 2']).paragraphs).toHaveLength(3);
  });

  it('keeps prose in any language and script, with no word list of that language', () => {
    const lines = [
      'Regeringen meddelade på måndagen att två nya sjukhus ska byggas i norr.',
      'Rząd ogłosił w poniedziałek budowę dwóch nowych szpitali na północy kraju.',
      '政府は月曜日、北部に二つの新しい病院を建設すると発表した。',
      '北部将新建两所医院',
      'أعلنت الحكومة يوم الاثنين عن بناء مستشفيين جديدين في الشمال.',
      'Уряд оголосив про будівництво двох нових лікарень на півночі.',
    ];
    expect(classifyScrapedText(lines).paragraphs).toEqual(lines);
  });

  it('drops menus and section headers in other languages, and the teasers under a header', () => {
    const out = classifyScrapedText([
      'Startseite Suche Anmelden Teilen',
      'Главная Поиск Войти',
      'ホーム 検索 ログイン',
      ...story,
      'Lesen Sie auch:',
      'Neue Kliniken im Süden geplant',
      'Ärzte warnen vor Personalmangel',
    ]);
    expect(out.paragraphs).toEqual(story);
  });

  it('drops reader comments only where markers of two kinds cluster, not quotes introduced by "said:"', () => {
    const quotes = [
      story[0],
      'The minister said:',
      '“We will build them.”',
      'Her deputy said:',
      '“On time.”',
      'The mayor said:',
      '“Good.”',
    ];
    expect(classifyScrapedText(quotes).paragraphs).toEqual(quotes);
    const comments = [
      ...story,
      'jane123 says:',
      'November 19, 2019 at 6:44 am',
      'What a plan, and it only took ten years to decide on it.',
      'Reply',
    ];
    expect(classifyScrapedText(comments).paragraphs).toEqual(story);
  });

  it('drops a block of short lines holding a notice at the end (a sign-off after a comment notice)', () => {
    const lines = [...story, 'Dear readers and commenters,', 'Sorry for the inconvenience,', 'The Team.'];
    expect(classifyScrapedText(lines).paragraphs).toEqual(story);
  });

  it('never judges protected lines (tables)', () => {
    const table = 'Home\tAway\nArsenal 2\tChelsea 1';
    expect(classifyScrapedText(['Home Menu Search', table], { protectedLines: [false, true] }).paragraphs).toEqual([
      table,
    ]);
  });
});
