import { classifyScrapedText } from './line-classifier';

const story = [
  'The regional government announced on Monday that it would build two new hospitals in the north, a plan that has been discussed for years.',
  'According to the health minister, construction will begin next spring and both buildings should be open to patients by the end of 2028.',
  'Local doctors welcomed the news but warned that the region would also need to hire hundreds of nurses to staff the new wards.',
];

describe('classifyScrapedText', () => {
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
    const out = classifyScrapedText(lines);
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
    expect(classifyScrapedText(lines).paragraphs).toEqual(story);
  });

  it('keeps a short sub-heading and a short sentence between story paragraphs', () => {
    const lines = [story[0], 'What happens next', story[1], 'She declined.', story[2]];
    expect(classifyScrapedText(lines).paragraphs).toEqual(lines);
  });

  it('returns nothing for pure chrome', () => {
    expect(classifyScrapedText(['Home', 'Menu', 'Search', 'Log in', 'Share this article']).paragraphs).toEqual([]);
  });

  it('keeps a one-line wire flash that has no story region', () => {
    expect(classifyScrapedText(['Quake of magnitude 6.1 hits off northern Japan coast']).paragraphs).toEqual([
      'Quake of magnitude 6.1 hits off northern Japan coast',
    ]);
  });
});
