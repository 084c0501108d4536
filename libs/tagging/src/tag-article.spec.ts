import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagArticle } from '@news/tagging';
import type { EntityTag } from '@news/contracts';

/** The seed's story paragraphs: chrome (icon line, repeated title, comment notice) stripped as the cleaner would. */
function seedStory(): { title: string; text: string } {
  const raw = readFileSync(
    join(__dirname, '..', '..', '..', '..', 'shared', 'seeds', '000_315ce49d09b2d10d.txt'),
    'utf8',
  );
  const lines = raw.split('\n');
  const start = lines.findIndex((l) => l.startsWith('Russian President Vladimir Putin'));
  const end = lines.findIndex((l) => l.startsWith('Dear readers'));
  return {
    title: 'Putin to Obama: Use your influence to prevent bloodshed in Ukraine',
    text: lines.slice(start, end).join('\n').trim(),
  };
}

const names = (tags: EntityTag[]) => tags.map((t) => t.name);

describe('tagArticle on the seed story', () => {
  const { title, text } = seedStory();
  const result = tagArticle({ title, text });

  it('detects English', () => {
    expect(result.language).toBe('en');
    expect(result.languageConfidence).toBeGreaterThan(0.8);
  });

  it('finds the people, one entry per person, titles not part of names', () => {
    expect(names(result.people)).toEqual(
      expect.arrayContaining(['Vladimir Putin', 'Barack Obama', 'Viktor Yanukovych', 'Dmitry Peskov']),
    );
    expect(result.people).toHaveLength(4);
    const putin = result.people.find((p) => p.name === 'Vladimir Putin')!;
    // "Russian President Vladimir Putin", "Mr. Putin", "Putin" and the headline's "Putin" merge
    expect(putin.count).toBeGreaterThanOrEqual(8);
    const surfaces = putin.mentions.map((m) => (m.field === 'title' ? title : text).slice(m.start, m.end));
    expect(new Set(surfaces)).toEqual(new Set(['Putin', 'Vladimir Putin']));
    expect(putin.mentions.some((m) => m.field === 'title')).toBe(true);
  });

  it('finds the places with country codes, merging "the US" and "United States"', () => {
    const byName = new Map(result.places.map((p) => [p.name, p]));
    expect(byName.get('Ukraine')?.countryCode).toBe('UA');
    expect(byName.get('Russia')?.countryCode).toBe('RU');
    expect(byName.get('Geneva')?.countryCode).toBe('CH');
    expect(byName.get('Kyiv')?.countryCode).toBe('UA');
    const us = byName.get('United States')!;
    expect(us.countryCode).toBe('US');
    expect(us.mentions.map((m) => text.slice(m.start, m.end))).toEqual(expect.arrayContaining(['United States', 'US']));
  });

  it('finds the organisations', () => {
    expect(names(result.organisations)).toEqual(expect.arrayContaining(['Kremlin', 'White House', 'European Union']));
  });

  it('points every mention at the text it names', () => {
    for (const tag of [...result.people, ...result.organisations, ...result.places]) {
      expect(tag.count).toBe(tag.mentions.length);
      for (const m of tag.mentions) {
        const source = m.field === 'title' ? title : text;
        expect(m.end).toBeGreaterThan(m.start);
        expect(source.slice(m.start, m.end)).toMatch(/^\p{Lu}/u);
      }
    }
  });

  it('classifies the subjects as politics and conflict', () => {
    const codes = result.subjects.map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['medtop:11000000', 'medtop:16000000']));
    for (const s of result.subjects) expect(s.confidence).toBeGreaterThan(0);
  });

  it('ranks key phrases with the main actors first', () => {
    const phrases = result.keywords.map((k) => k.phrase);
    expect(phrases.slice(0, 3)).toEqual(expect.arrayContaining(['Ukraine', 'Putin']));
    expect(result.keywords.length).toBeLessThanOrEqual(8);
  });

  it('tags nothing from site chrome', () => {
    const raw = readFileSync(
      join(__dirname, '..', '..', '..', '..', 'shared', 'seeds', '000_315ce49d09b2d10d.txt'),
      'utf8',
    );
    const chrome = raw.slice(raw.indexOf('Dear readers'));
    const r = tagArticle({ title: '', text: chrome });
    expect([...r.people, ...r.places]).toEqual([]);
  });
});

describe('tagArticle edge cases', () => {
  it('returns und and no tags for empty text', () => {
    const r = tagArticle({ title: '', text: '' });
    expect(r.language).toBe('und');
    expect(r.people).toEqual([]);
    expect(r.subjects).toEqual([]);
  });

  it("keeps the feed's declared language (with its region) unless the text clearly contradicts it", () => {
    expect(tagArticle({ title: 'Ok', text: '', languageHint: 'fr-FR' })).toMatchObject({
      language: 'fr-FR',
      detectedLanguage: 'und',
    });
    const english = tagArticle({
      title: 'The government said on Monday it would raise taxes on fuel',
      text: '',
      languageHint: 'de',
    });
    expect(english.language).toBe('en');
    expect(english.detectedLanguage).toBe('en');
  });

  it('returns und for a text that mixes two languages evenly', () => {
    const en =
      'The government announced on Monday that it would raise taxes on fuel and tobacco to pay for new hospitals ' +
      'across the country.';
    const de =
      'Die Bundesregierung hat am Montag angekündigt, die Steuern auf Kraftstoff und Tabak zu erhöhen, um neue ' +
      'Krankenhäuser zu bezahlen.';
    expect(tagArticle({ title: '', text: `${en}\n\n${de}\n\n${en}\n\n${de}` }).language).toBe('und');
  });

  it('tags only gazetteer entities in other languages', () => {
    const r = tagArticle({
      title: 'Le président français rencontre Olaf Scholz à Berlin',
      text:
        'Emmanuel Macron est arrivé lundi à Berlin pour des entretiens avec le chancelier allemand sur la guerre ' +
        'en Ukraine et le budget de la France.',
    });
    expect(r.language).toBe('fr');
    expect(r.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Berlin', 'Ukraine', 'France']));
    expect(r.subjects).toEqual([]);
  });

  it('rejects input that is not strings', () => {
    expect(() => tagArticle({ title: 'x', text: undefined as unknown as string })).toThrow(TypeError);
  });
});
