import { wordList, wordsKept } from './words-kept';

describe('wordsKept', () => {
  it('counts the reference words the stored text keeps, as a multiset', () => {
    expect(wordsKept('the cat and the dog', 'the dog and a cat')).toEqual({ referenceWords: 5, kept: 4, share: 0.8 });
    expect(wordsKept('one two', 'two one one')).toEqual({ referenceWords: 2, kept: 2, share: 1 });
    expect(wordsKept('', 'anything')).toEqual({ referenceWords: 0, kept: 0, share: 1 });
  });

  it('counts words of scripts without spaces one by one', () => {
    expect(wordList('政府は月曜日に発表した。').length).toBeGreaterThan(3);
    expect(wordsKept('政府は月曜日に発表した。', '').share).toBe(0);
  });

  it('ignores structure: line breaks, tabs and punctuation do not matter', () => {
    expect(wordsKept('Arsenal   2   Chelsea  1\nLeeds 3', 'Arsenal\t2\tChelsea\t1\n\nLeeds\t3').share).toBe(1);
  });
});
