import { detectLanguage } from './detect-language';

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
    expect(detectLanguage('', 'Strømprisene har steget kraftig de siste ukene, ifølge forbrukerrådet.').language).toBe('no');
  });

  it('gives a confidence in (0, 1] and more for a longer text', () => {
    const one = detectLanguage('', 'The prime minister will meet European leaders in Brussels next week.');
    const article = detectLanguage(
      'Prime minister to meet EU leaders',
      'The prime minister will meet European leaders in Brussels next week.\n\nTalks are expected to focus on trade and migration, officials said on Monday.\n\nThe meeting comes after months of tension over fishing rights.',
    );
    expect(one.confidence).toBeGreaterThan(0);
    expect(article.confidence).toBeLessThanOrEqual(1);
    expect(article.language).toBe('en');
    expect(article.confidence).toBeGreaterThan(0.8);
  });

  it('answers und for too little text and for an even mix of languages', () => {
    expect(detectLanguage('', 'Ok').language).toBe('und');
    expect(detectLanguage('', '12:30 – 4-2 (3-1)').language).toBe('und');
    const en = 'The government announced on Monday that it would raise taxes on fuel and tobacco to pay for new hospitals.';
    const fr = 'Le gouvernement a annoncé lundi une hausse des taxes sur le carburant et le tabac pour financer de nouveaux hôpitaux.';
    expect(detectLanguage('', `${en}\n\n${fr}\n\n${en}\n\n${fr}`).language).toBe('und');
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

  it('uses the hint only when it cannot decide', () => {
    expect(detectLanguage('Ok', '', 'fr-FR')).toEqual({ language: 'fr', confidence: 0.5 });
    expect(detectLanguage('The government said on Monday it would raise taxes on fuel', '', 'de').language).toBe('en');
  });
});
