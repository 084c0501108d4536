import { countWords } from '../text-normalise';
import { canonicaliseUrl } from './canonical-url';
import { findVisibleDate, toIsoDate } from './dates';

describe('canonicaliseUrl', () => {
  it('removes tracking parameters and the fragment, keeps content parameters', () => {
    expect(canonicaliseUrl('https://ex.com/a?utm_source=x&utm_medium=y&id=3&fbclid=abc&gclid=1#comments')).toBe(
      'https://ex.com/a?id=3',
    );
  });
  it('resolves relative URLs against the page and rejects non-http ones', () => {
    expect(canonicaliseUrl('/news/1?utm_campaign=z', 'https://ex.com/x/y')).toBe('https://ex.com/news/1');
    expect(canonicaliseUrl('javascript:alert(1)')).toBeNull();
    expect(canonicaliseUrl('not a url')).toBeNull();
    expect(canonicaliseUrl('')).toBeNull();
  });
});

describe('dates', () => {
  it('reads machine dates and rejects junk', () => {
    expect(toIsoDate('2019-11-19T04:20:00-05:00')).toBe('2019-11-19T09:20:00.000Z');
    expect(toIsoDate('yesterday')).toBeNull();
    expect(toIsoDate('1970-01-01')).toBeNull();
  });
  it('finds a visible dateline', () => {
    expect(findVisibleDate(['Home', 'November 19, 2019 | 4:20am | Updated'])).toMatch(/^2019-11-19T/);
    expect(findVisibleDate(['no date here'])).toBeNull();
  });
});

describe('countWords', () => {
  it('counts runs of letters and digits, joining apostrophes and hyphens inside words', () => {
    expect(countWords("Don't stop the well-known 3 bands - ever.")).toBe(7);
    expect(countWords('Café déjà vu, Москва 2024')).toBe(5);
    expect(countWords('')).toBe(0);
    expect(countWords('— … !!')).toBe(0);
  });
});
