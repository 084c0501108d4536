import { detectLanguage, looksEnglish, spreadSample } from './detect-language';
import { englishWordWeight } from './english-lexicon';

describe('detectLanguage', () => {
  it('reads short English news sentences as English', () => {
    for (const s of [
      'Schools will reopen on Monday.',
      'Bitcoin fell 7% to $38,200 on Monday.',
      'Macron appointed Gabriel Attal as prime minister.',
      'Ofsted rated the school inadequate in May.',
    ]) {
      expect(detectLanguage('', s).language).toBe('en');
    }
  });

  it('is not thrown by the foreign names in an English sentence', () => {
    expect(detectLanguage('', 'Olaf Scholz met Emmanuel Macron and Giorgia Meloni in Berlin.').language).toBe('en');
    expect(detectLanguage('', 'Volodymyr Zelensky thanked Ursula von der Leyen for the aid.').language).toBe('en');
  });

  it('tells Swedish, Danish and Norwegian apart', () => {
    expect(detectLanguage('', 'Polisen utreder en skottlossning i södra Stockholm under natten.').language).toBe('sv');
    expect(detectLanguage('', 'Landsholdet vandt kampen efter et mål i anden halvleg.').language).toBe('da');
    expect(detectLanguage('', 'Strømprisene har steget kraftig de siste ukene, ifølge forbrukerrådet.').language).toBe(
      'no',
    );
  });

  it('gives a confidence in (0, 1] and more for a longer text', () => {
    const one = detectLanguage('', 'The prime minister will meet European leaders in Brussels next week.');
    const article = detectLanguage(
      'Prime minister to meet EU leaders',
      'The prime minister will meet European leaders in Brussels next week.\n\nTalks are expected to focus on ' +
        'trade and migration, officials said on Monday.\n\nThe meeting comes after months of tension over fishing ' +
        'rights.',
    );
    expect(one.confidence).toBeGreaterThan(0);
    expect(article.confidence).toBeLessThanOrEqual(1);
    expect(article.language).toBe('en');
    expect(article.confidence).toBeGreaterThan(0.8);
  });

  it('answers und for too little text and for an even mix of languages', () => {
    expect(detectLanguage('', 'Ok').language).toBe('und');
    expect(detectLanguage('', '12:30 – 4-2 (3-1)').language).toBe('und');
    const en =
      'The government announced on Monday that it would raise taxes on fuel and tobacco to pay for new hospitals.';
    const fr =
      'Le gouvernement a annoncé lundi une hausse des taxes sur le carburant et le tabac pour financer de ' +
      'nouveaux hôpitaux.';
    expect(detectLanguage('', `${en}\n\n${fr}\n\n${en}\n\n${fr}`).language).toBe('und');
  });

  it('judges a long text on chunks from all of it: a second half in another language still makes it und', () => {
    const en =
      'The government announced on Monday that it would raise taxes on fuel and tobacco to pay for new hospitals.';
    const fr =
      'Le gouvernement a annoncé lundi une hausse des taxes sur le carburant et le tabac pour financer de ' +
      'nouveaux hôpitaux.';
    const halves = [...Array<string>(40).fill(en), ...Array<string>(40).fill(fr)].join('\n\n');
    expect(detectLanguage('', halves).language).toBe('und');
    expect(detectLanguage('', Array<string>(80).fill(fr).join('\n\n'))).toEqual({
      language: 'fr',
      confidence: expect.any(Number),
    });
    // Mostly English with a French tail of a fifth: English, as a short article with a quote would be.
    const tail = [...Array<string>(64).fill(en), ...Array<string>(16).fill(fr)].join('\n\n');
    expect(detectLanguage('', tail).language).toBe('en');
  });

  it('samples evenly, keeping the first and the last, and leaves short lists alone', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    expect(spreadSample(items, 5)).toEqual([0, 25, 50, 74, 99]);
    expect(spreadSample(items.slice(0, 3), 5)).toEqual([0, 1, 2]);
    expect(new Set(spreadSample(items, 24)).size).toBe(24);
  });

  it('lets one foreign quote pass in an article', () => {
    const text = [
      'The French president arrived in London on Tuesday for talks with the prime minister on migration and defence.',
      '"Nous sommes prêts à travailler ensemble," he told reporters outside Downing Street.',
      'The two leaders are expected to sign an agreement on small boat crossings later this week.',
      'Officials said the deal would include new funding for patrols on the French coast.',
    ].join('\n\n');
    expect(detectLanguage('Macron in London for talks', text).language).toBe('en');
  });

  it('reads a very short line of common English words as English', () => {
    for (const s of [
      'He was 64.',
      'She was 87.',
      'Both men died.',
      'It will cost £3m.',
      'Turnout was 59%.',
      'It finished 1-1.',
    ]) {
      expect(detectLanguage('', s)).toEqual({ language: 'en', confidence: 0.6 });
    }
  });

  it('keeps und for short lines that are not clearly English', () => {
    for (const s of [
      'Ok',
      'is in',
      'will die',
      'Hij was 64 jaar.',
      'Il avait 64 ans.',
      'Er wurde 64 Jahre alt.',
      'Rutte sprak met Macron in Den Haag.',
    ]) {
      expect(detectLanguage('', s).language).not.toBe('en');
    }
  });

  it('lets English words beat a sentence full of foreign names', () => {
    for (const s of [
      'Wang Yi met Sergey Lavrov in Beijing.',
      'Giorgia Meloni met Ursula von der Leyen in Rome.',
      'Lars Løkke Rasmussen met Jonas Gahr Støre in Oslo.',
      'Mahmoud Abbas met Abdel Fattah al-Sisi in Cairo.',
      'Marta Vieira da Silva retired after the Olympics.',
      'Ajax were beaten 3-0 by Feyenoord in Rotterdam.',
    ]) {
      expect(detectLanguage('', s).language).toBe('en');
    }
    expect(detectLanguage('', 'Macron a reçu Scholz à Paris.').language).toBe('fr');
    expect(detectLanguage('', 'Kristersson träffade Macron i Stockholm.').language).toBe('sv');
  });

  it('uses the hint only when it cannot decide', () => {
    expect(detectLanguage('Ok', '', 'fr-FR')).toEqual({ language: 'fr', confidence: 0.5 });
    expect(detectLanguage('The government said on Monday it would raise taxes on fuel', '', 'de').language).toBe('en');
  });
});

describe('looksEnglish', () => {
  it('asks for three in four plain words to be frequent English, one of them English-only', () => {
    expect(looksEnglish('Zlatan Ibrahimović joined AC Milan.')).toBe(true);
    expect(looksEnglish('He denies it.')).toBe(true);
    expect(looksEnglish('Het kabinet is gevallen.')).toBe(false);
    expect(looksEnglish('Die Bundesregierung will die Steuern senken.')).toBe(false);
    expect(looksEnglish('Путин встретился с Си Цзиньпином.')).toBe(false);
  });
});

describe('englishWordWeight', () => {
  it('weighs English-only words 1, words shared with other languages ½, English endings by rule', () => {
    expect(englishWordWeight('the')).toBe(1);
    expect(englishWordWeight('Was')).toBe(0.5);
    expect(englishWordWeight('pardoned')).toBe(1);
    expect(englishWordWeight('regering')).toBe(0.5);
    expect(englishWordWeight('kabinet')).toBe(0);
  });
});
