/**
 * A third set of English news sentences, written for this project (no third-party text)
 * on 2026-11-28 after the English prior of detect-language.ts had been tuned on the first
 * two sets, and measured once, to see whether the prior carries to sentences it was not
 * fitted to: short lines, and lines crowded with foreign names and places joined by verbs
 * the lexicon may not hold. Every one should be `en`. Also a set of short non-English
 * news lines with names, which must not turn `en`. Used by tools/eval/language-eval.ts.
 */
export const ENGLISH_NEWS_CHECK: Record<string, string[]> = {
  short: [
    'They were 19 and 21.',
    'He quit in 2019.',
    'She won by 3,000 votes.',
    'Nine people were hurt.',
    'The fire is out.',
    'Police say it was arson.',
    'It rained all day.',
    'Both are in hospital.',
    'He has not been seen since.',
    'The deal collapsed.',
    'Shares slumped.',
    'She praised the staff.',
    'He thanked the fans.',
    'It sold out.',
    'Nobody answered.',
    'The plane landed safely.',
    'He apologised.',
    'They lost 4-0.',
    'The vote was 52-48.',
    'It opens on Friday.',
    'Fans were furious.',
    'She is now 102.',
    'The strike is off.',
    'Traffic is moving again.',
    'He is in stable condition.',
    'The bill was rejected.',
    'They married in 2011.',
    'I was terrified.',
    'That changed everything.',
    'We are ready.',
  ],
  names: [
    'Emmanuel Macron phoned Mohammed bin Salman.',
    'Olaf Scholz congratulated Donald Tusk.',
    'Sergio Mattarella received Frank-Walter Steinmeier in Rome.',
    'Yoweri Museveni welcomed William Ruto to Kampala.',
    'Maia Sandu thanked Klaus Iohannis.',
    'Luis Enrique praised Ousmane Dembélé and Khvicha Kvaratskhelia.',
    'Vinícius Júnior was booed in Valencia.',
    'Kristalina Georgieva warned Buenos Aires.',
    'Mateusz Morawiecki criticised Berlin and Brussels.',
    'Jacob Zuma backed Julius Malema in Soweto.',
    'Hun Manet succeeded Hun Sen.',
    'Emerson Mnangagwa blamed Harare\'s mayor.',
    'Cristiano Ronaldo scored for Al Nassr in Riyadh.',
    'Arnold Schwarzenegger visited Auschwitz.',
    'Kyriakos Mitsotakis urged Recep Tayyip Erdoğan to withdraw.',
    'Nikol Pashinyan and Ilham Aliyev met in Granada.',
    'Andrzej Duda pardoned Mariusz Kamiński and Maciej Wąsik.',
    'Ferenc Gyurcsány attacked Viktor Orbán in Budapest.',
    'Jannik Sinner beat Alexander Zverev in Melbourne.',
    'Marta Vieira da Silva retired after the Olympics.',
    'Joaquín Guzmán was flown to New York.',
    'Julian Assange arrived in Canberra.',
    'Roberto Martínez picked João Félix and Rafael Leão.',
    'Tayyip Erdoğan hosted Mahmoud Abbas and Ismail Haniyeh in Ankara.',
    'Gustavo Petro suspended talks with the ELN.',
    'Sebastián Piñera died in a helicopter crash near Lago Ranco.',
    'Dina Boluarte flew to Cusco.',
    'Hage Geingob died in Windhoek.',
    'Kaïs Saïed dissolved the parliament in Tunis.',
    'Peter Pellegrini defeated Ivan Korčok.',
  ],
};

/** Short non-English news lines crowded with names and numbers: must not come out `en`. */
export const NON_ENGLISH_SHORT: Record<string, string[]> = {
  fr: ['Macron a reçu Scholz à Paris.', 'Le PSG a battu Lyon 3-1.', 'Il avait 64 ans.', 'Elle a démissionné lundi.'],
  de: ['Scholz traf Macron in Berlin.', 'Bayern gewann 3:1 gegen Dortmund.', 'Er wurde 64 Jahre alt.', 'Die Polizei ermittelt.'],
  es: ['Sánchez se reunió con Macron en Madrid.', 'El Real Madrid ganó 2-0.', 'Tenía 64 años.', 'La policía investiga.'],
  it: ['Meloni ha incontrato Macron a Roma.', 'La Juventus ha vinto 2-0.', 'Aveva 64 anni.', 'La polizia indaga.'],
  pt: ['Lula recebeu Macron em Brasília.', 'O Benfica venceu por 2-0.', 'Tinha 64 anos.', 'A polícia investiga.'],
  nl: ['Rutte sprak met Macron in Den Haag.', 'Ajax won met 3-0 van PSV.', 'Hij was 64 jaar.', 'De politie onderzoekt het.'],
  sv: ['Kristersson träffade Macron i Stockholm.', 'Malmö vann med 2-0.', 'Han blev 64 år.', 'Polisen utreder.'],
  da: ['Frederiksen mødte Macron i København.', 'FCK vandt 2-0 over Brøndby.', 'Han blev 64 år.', 'Politiet efterforsker.'],
  no: ['Støre møtte Macron i Oslo.', 'Bodø/Glimt vant 2-0.', 'Han ble 64 år.', 'Politiet etterforsker saken.'],
  pl: ['Tusk spotkał się z Macronem w Warszawie.', 'Legia wygrała 2:0.', 'Miał 64 lata.', 'Policja prowadzi śledztwo.'],
  cs: ['Fiala se setkal s Macronem v Praze.', 'Sparta vyhrála 2:0.', 'Bylo mu 64 let.', 'Policie to vyšetřuje.'],
  fi: ['Orpo tapasi Macronin Helsingissä.', 'HJK voitti 2-0.', 'Hän oli 64-vuotias.', 'Poliisi tutkii asiaa.'],
  tr: ['Erdoğan, Macron ile Ankara’da görüştü.', 'Galatasaray 2-0 kazandı.', '64 yaşındaydı.', 'Polis soruşturma başlattı.'],
};

/**
 * Written last (2026-11-28), after every change to the English prior, and measured once
 * with no change after: English lines of all kinds, and more non-English short lines.
 */
export const ENGLISH_NEWS_FINAL: Record<string, string[]> = {
  mixed: [
    'Talks resume tomorrow.',
    'He declined to comment further.',
    'Sebastian Coe was re-elected unopposed.',
    'Abdullah Öcalan called on the PKK to disarm.',
    'Giannis Antetokounmpo scored 41 points against the Knicks.',
    'Rain stopped play at Headingley.',
    'Was it worth it?',
    'Her husband survived.',
    'Ivan Toney signed for Al-Ahli.',
    'Lewandowski struck twice for Barcelona.',
    'Petrol prices are falling.',
    'Jarosław Kaczyński denounced Donald Tusk.',
    'Eight arrests were made.',
    'They face up to 10 years in jail.',
    'Ruud Gullit criticised Ten Hag.',
    'Siddaramaiah was sworn in at Bengaluru.',
    'The curfew was lifted.',
    'Ngũgĩ wa Thiong\'o died aged 87.',
    'Why now?',
    'The strike ended after nine days.',
  ],
};

export const NON_ENGLISH_SHORT_FINAL: Record<string, string[]> = {
  fr: ['Le match est reporté.', 'Bayrou a démissionné.'],
  de: ['Merz gewinnt die Wahl.', 'Das Spiel wurde abgesagt.'],
  es: ['Milei ganó las elecciones.', 'El partido fue suspendido.'],
  it: ['Il governo è caduto.', 'Sinner ha vinto a Miami.'],
  pt: ['O jogo foi adiado.', 'Bolsonaro foi condenado.'],
  nl: ['Het kabinet is gevallen.', 'Wilders won de verkiezingen.'],
  sv: ['Matchen ställdes in.', 'Regeringen har avgått.'],
  pl: ['Mecz został odwołany.', 'Nawrocki wygrał wybory.'],
  ro: ['Meciul a fost amânat.', 'Guvernul a demisionat.'],
  id: ['Pertandingan ditunda.', 'Prabowo menang pemilu.'],
};
