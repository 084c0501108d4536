import {
  bylineAuthors,
  cleanMetadata,
  isoDate,
  languageTag,
  optionalDate,
  pubStatusOf,
  qcodeConcept,
  urgencyOf,
} from './metadata';

describe('feed metadata helpers', () => {
  it('reads the date forms wires use', () => {
    expect(isoDate('20190603T174729+0200')).toBe('2019-06-03T15:47:29.000Z');
    expect(isoDate('20210706T053542Z')).toBe('2021-07-06T05:35:42.000Z');
    expect(isoDate('20080219')).toBe('2008-02-19T00:00:00.000Z');
    expect(isoDate('2019-05-09T08:49:31+0000')).toBe('2019-05-09T08:49:31.000Z');
    expect(isoDate('Fri, 27 Nov 2026 09:30:00 +0100')).toBe('2026-11-27T08:30:00.000Z');
    expect(isoDate('soon')).toBe('soon');
    expect(optionalDate('soon')).toBeUndefined();
  });

  it('keeps declared languages with their region, and leaves out what is no language tag', () => {
    expect(languageTag('en_US')).toBe('en-US');
    expect(languageTag('nb-NO')).toBe('nb-NO');
    expect(languageTag('English')).toBeUndefined();
  });

  it('maps urgency, pubStatus and qcodes', () => {
    expect([urgencyOf('3'), urgencyOf(0), urgencyOf(10), urgencyOf('x')]).toEqual([3, undefined, undefined, undefined]);
    expect([
      pubStatusOf('stat:canceled'),
      pubStatusOf('Usable'),
      pubStatusOf('cancelled'),
      pubStatusOf('draft'),
    ]).toEqual(['canceled', 'usable', 'canceled', undefined]);
    expect(qcodeConcept('medtop:20000538', 'economy')).toEqual({
      scheme: 'medtop',
      code: 'medtop:20000538',
      name: 'economy',
    });
  });

  it('splits a byline into names, leaving the agency and title out', () => {
    expect(bylineAuthors("By Paulo Santalucia and Frances d'Emilio")).toEqual(['Paulo Santalucia', "Frances d'Emilio"]);
    expect(bylineAuthors('Martin Hardenberger/TT')).toEqual(['Martin Hardenberger']);
    expect(bylineAuthors('Von Christian Hollmann, dpa')).toEqual(['Christian Hollmann']);
  });

  it('brings lists and texts within the contract limits', () => {
    const out = cleanMetadata({
      subjects: Array.from({ length: 150 }, (_, i) => ({ code: `c${i}`, uri: `https://x/${'y'.repeat(400)}` })),
      title: 'a '.repeat(700),
      keywords: [],
    });
    expect(out.subjects).toHaveLength(100);
    expect(out.subjects![0]).toEqual({ code: 'c0' });
    expect((out.title as string).length).toBeLessThanOrEqual(1000);
    expect(out).not.toHaveProperty('keywords');
  });
});
