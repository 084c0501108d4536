import { BodyDecodeError, decodeBody, declaredCharset, firstInvalidUtf8Byte } from './decode-body';

describe('decodeBody', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeBody(Buffer.from('\ufeffcafé ☕', 'utf8'))).toBe('café ☕');
  });

  it('refuses invalid UTF-8, naming the offset of the first bad byte', () => {
    const body = Buffer.concat([Buffer.from('caf'), Buffer.from([0xc3, 0x28]), Buffer.from('!')]);
    expect(() => decodeBody(body)).toThrow(BodyDecodeError);
    expect(() => decodeBody(body)).toThrow('first invalid byte at offset 3');
    expect(firstInvalidUtf8Byte(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
  });

  it('reads a declared legacy charset (Content-Type first, then the document)', () => {
    expect(decodeBody(Buffer.from('café', 'latin1'), 'ISO-8859-1')).toBe('café');
    expect(decodeBody(Buffer.from([0x93, 0x71, 0x94]), 'windows-1252')).toBe('“q”');
    const xml = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss>café</rss>', 'latin1');
    expect(declaredCharset(xml)).toBe('ISO-8859-1');
    expect(decodeBody(xml)).toContain('café');
    const html = Buffer.from(
      '<html><head><meta charset="windows-1252"></head><body>na\u00efve</body></html>',
      'latin1',
    );
    expect(decodeBody(html)).toContain('naïve');
  });

  it('detects undeclared 8-bit text where the format allows it (wire text), and refuses it elsewhere', () => {
    const latin1 = Buffer.from(
      'Les grévistes réclament une hausse générale des salaires, a déclaré le syndicat.',
      'latin1',
    );
    expect(decodeBody(latin1, undefined, { detect8Bit: true })).toBe(
      'Les grévistes réclament une hausse générale des salaires, a déclaré le syndicat.',
    );
    expect(() => decodeBody(latin1)).toThrow(/not valid UTF-8/);
    expect(() => decodeBody(latin1, 'utf-8', { detect8Bit: true })).toThrow(/not valid UTF-8/);
    expect(() =>
      decodeBody(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]), undefined, { detect8Bit: true }),
    ).toThrow(BodyDecodeError);
  });

  it('reads UTF-16 by its byte-order mark or an XML declaration written in it', () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><rss>café</rss>';
    expect(decodeBody(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]))).toBe(xml);
    expect(decodeBody(Buffer.from(xml, 'utf16le'))).toBe(xml);
    const be = Buffer.from(xml, 'utf16le').swap16();
    expect(decodeBody(be)).toBe(xml);
  });

  it('refuses an unknown charset and any NUL character', () => {
    expect(() => decodeBody(Buffer.from('x'), 'klingon-8')).toThrow('charset "klingon-8" is not supported');
    expect(() => decodeBody(Buffer.from('a\u0000b'))).toThrow('NUL character (U+0000) at character 1');
    expect(() => decodeBody('a\u0000')).toThrow(BodyDecodeError);
  });
});
