import { profileLanguages, scoreNgrams } from './ngram-scorer';

describe('scoreNgrams (eld byte n-gram profiles)', () => {
  it('knows the major news languages', () => {
    expect(profileLanguages()).toEqual(
      expect.arrayContaining(['en', 'fr', 'de', 'es', 'ru', 'uk', 'sv', 'da', 'no', 'zh', 'ja', 'ar', 'hi']),
    );
  });

  it('ranks the right language first, with a score on a 0–1 scale', () => {
    const r = scoreNgrams('The central bank raised interest rates for the third time this year.');
    expect(r.ranked[0].lang).toBe('en');
    expect(r.ranked[0].score).toBeGreaterThan(0.7);
    expect(r.ranked[0].score).toBeLessThan(1);
    expect(r.reliable).toBe(true);
    expect(r.strength).toBeGreaterThan(0.9);
  });

  it('separates close languages', () => {
    expect(scoreNgrams('Riksbanken höjde styrräntan till fyra procent på torsdagen.').ranked[0].lang).toBe('sv');
    expect(scoreNgrams('Nationalbanken hæver renten med et kvart procentpoint.').ranked[0].lang).toBe('da');
    expect(scoreNgrams('Stortinget vedtok budsjettet etter lange forhandlinger.').ranked[0].lang).toBe('no');
    expect(scoreNgrams('Уряд ухвалив рішення про підвищення мінімальної заробітної плати.').ranked[0].lang).toBe('uk');
    expect(scoreNgrams('Правительство объявило о повышении пенсий с первого января.').ranked[0].lang).toBe('ru');
  });

  it('gives nothing for text without letters', () => {
    const r = scoreNgrams('12 345 -- !!');
    expect(r.ngrams).toBe(0);
    expect(r.ranked).toEqual([]);
    expect(r.reliable).toBe(false);
  });
});
