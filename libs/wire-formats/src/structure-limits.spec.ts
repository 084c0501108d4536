import { assertJsonDepth, assertXmlDepth, fieldsWithNul, prototypeKeysOf } from './structure-limits';
import { WireFormatError } from './types';

describe('structure limits', () => {
  const nested = (n: number) => JSON.parse('['.repeat(n) + ']'.repeat(n)) as unknown;

  it('allows JSON up to the depth limit and refuses deeper, without recursing', () => {
    expect(() => assertJsonDepth(nested(32))).not.toThrow();
    expect(() => assertJsonDepth(nested(33))).toThrow('JSON nests deeper than 32 levels');
    expect(() => assertJsonDepth(nested(100_000))).toThrow(WireFormatError);
    expect(() => assertJsonDepth({ a: { b: [1, 'x', null] } })).not.toThrow();
  });

  it('counts XML element depth, ignoring self-closing tags, comments and CDATA', () => {
    expect(() => assertXmlDepth('<a><b/><c><!-- <d><d><d> --><![CDATA[<e><e>]]></c></a>', 2)).not.toThrow();
    expect(() => assertXmlDepth('<a><b><c/></b></a>', 1)).toThrow('XML nests deeper than 1 elements');
    expect(() => assertXmlDepth('<div>'.repeat(100_000) + '</div>'.repeat(100_000))).toThrow(WireFormatError);
  });

  it('names prototype keys and fields carrying NUL', () => {
    expect(prototypeKeysOf(JSON.parse('{"__proto__": {"x": 1}, "a": 1}') as object)).toEqual(['__proto__']);
    expect(prototypeKeysOf({ a: 1 })).toEqual([]);
    expect(fieldsWithNul({ title: 'a\u0000', body: 'fine', subjects: ['x', 'y\u0000'], version: 1 })).toEqual([
      'title',
      'subjects',
    ]);
  });
});
