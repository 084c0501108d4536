import { canonicalLanguageTag, resolveLanguage } from './resolve-language';

describe('resolveLanguage', () => {
  it('keeps the declared tag with its region when detection agrees', () => {
    expect(resolveLanguage('en-GB', 'en', 0.99)).toEqual({ language: 'en-GB', detected: 'en', from: 'declared' });
  });

  it('keeps the declared tag when detection cannot decide or is unsure', () => {
    expect(resolveLanguage('sv', 'und', 0)).toMatchObject({ language: 'sv', from: 'declared' });
    expect(resolveLanguage('en-US', 'it', 0.6)).toMatchObject({ language: 'en-US', detected: 'it', from: 'declared' });
  });

  it('never lets detection override a language it confuses with the declared one', () => {
    expect(resolveLanguage('nb-NO', 'da', 0.99)).toMatchObject({ language: 'nb-NO', from: 'declared' });
    expect(resolveLanguage('sk', 'cs', 0.95)).toMatchObject({ language: 'sk', from: 'declared' });
  });

  it('takes detection when the text clearly contradicts the declaration', () => {
    expect(resolveLanguage('en', 'de', 0.97)).toEqual({ language: 'de', detected: 'de', from: 'detected' });
  });

  it('stores Norwegian as nb, never no', () => {
    expect(resolveLanguage(undefined, 'no', 0.9)).toEqual({ language: 'nb', detected: 'nb', from: 'detected' });
    expect(resolveLanguage('no', 'no', 0.9).language).toBe('nb');
  });

  it('canonicalises case and separators', () => {
    expect(canonicalLanguageTag('EN_gb')).toBe('en-GB');
    expect(canonicalLanguageTag('zh-hant-tw')).toBe('zh-Hant-TW');
  });
});
