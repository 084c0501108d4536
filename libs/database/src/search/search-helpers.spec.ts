import { filterTag, filterTagsFor, foldTagName } from './filter-tags';
import { canonicalLanguage, languageFilter, primaryLanguage, searchConfigFor } from './search-config';

describe('searchConfigFor', () => {
  it('maps a language tag to the PostgreSQL configuration of its primary subtag', () => {
    expect(searchConfigFor('en')).toBe('english');
    expect(searchConfigFor('en-GB')).toBe('english');
    expect(searchConfigFor('FR')).toBe('french');
    expect(searchConfigFor('nb-NO')).toBe('norwegian');
  });

  it('falls back to simple for unknown or missing languages', () => {
    expect(searchConfigFor('zh-Hant-TW')).toBe('simple');
    expect(searchConfigFor('und')).toBe('simple');
    expect(searchConfigFor(null)).toBe('simple');
    expect(searchConfigFor(undefined)).toBe('simple');
  });
});

describe('BCP 47 tags', () => {
  it('canonicalises deprecated codes and case', () => {
    expect(canonicalLanguage('no-no')).toBe('nb-NO');
    expect(canonicalLanguage('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(canonicalLanguage('iw')).toBe('he');
    expect(primaryLanguage('NO-NO')).toBe('nb');
  });

  it('filters as RFC 4647 basic filtering, with no and nb taken as one', () => {
    expect(languageFilter(['no'])).toEqual({ exact: ['nb', 'no'], prefixes: ['nb-%', 'no-%'] });
    expect(languageFilter(['en-GB'])).toEqual({ exact: ['en-gb'], prefixes: ['en-gb-%'] });
    expect(languageFilter(['nn'])).toEqual({ exact: ['nn'], prefixes: ['nn-%'] });
  });

  it('analyses Norwegian in the norwegian configuration whatever its code', () => {
    for (const tag of ['nb', 'nn', 'no', 'nb-NO']) expect(searchConfigFor(tag)).toBe('norwegian');
  });
});

describe('filterTagsFor', () => {
  it('flattens subjects and entities into folded, prefixed, de-duplicated tags', () => {
    const tags = filterTagsFor({
      subjects: [{ code: 'medtop:11000000' }],
      people: [{ name: 'Vladimir  Putin' }, { name: 'vladimir putin' }],
      organisations: [{ name: 'NATO' }],
      places: [{ name: 'Kyiv' }, { name: '   ' }],
    });
    expect(tags).toEqual(['organisation:nato', 'person:vladimir putin', 'place:kyiv', 'subject:medtop:11000000']);
  });

  it('folds query values the same way as stored ones', () => {
    expect(filterTag('person', ' Angela\tMERKEL ')).toBe('person:angela merkel');
    expect(foldTagName('Ｂｅｒｌｉｎ')).toBe('berlin');
  });
});
