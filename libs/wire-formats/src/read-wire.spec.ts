import { chooseReader, readWire } from './read-wire';
import { sniffFormat } from './sniff';

describe('readWire: one entry point for every transport', () => {
  it('sniffs what the first bytes say unambiguously', () => {
    expect(sniffFormat('\u0016\u0001a0105 u s BC-Soccer 09-12 0344')).toBe('anpa1312');
    expect(sniffFormat('\u007f\u0001bsf025 3 ec 121   etf 967')).toBe('iptc7901');
    expect(sniffFormat('   ZCZC AAP\r\n%A')).toBe('anpa1312');
    expect(sniffFormat('Received: by x\r\n  (continued)\r\nSubject: y\r\n\r\nBody')).toBe('email');
    expect(sniffFormat('From: the Ministry of Transport\n\nTrains will run on Sunday.')).toBeUndefined();
    expect(sniffFormat('{"api_version":"2.1","data":{"item":{}}}')).toBe('ap-media');
    expect(sniffFormat('{"uri":"urn:x","headlines":[]}')).toBe('ninjs');
    expect(sniffFormat('{"sourceId":"s","externalId":"e","body":"x"}')).toBeUndefined();
    expect(sniffFormat('<h1>Head</h1><p>x</p>')).toBe('html');
    expect(sniffFormat('<?xml version="1.0"?><nitf/>')).toBe('xml');
    expect(sniffFormat('x<y and y>z')).toBeUndefined();
  });

  it('takes X-Wire-Format first, sniffs only media types that say nothing, and names unknown formats', () => {
    expect(chooseReader({ wireFormat: 'anpa', contentType: 'application/json' })).toMatchObject({ format: 'anpa' });
    expect(chooseReader({ contentType: 'text/plain', bytes: 'ZCZC\r\n#x\r\nText' })).toMatchObject({
      format: 'anpa1312',
    });
    expect(chooseReader({ contentType: 'text/plain', bytes: '<p>not html when declared plain</p>' })).toMatchObject({
      format: 'text',
    });
    expect(chooseReader({ contentType: 'application/pdf', bytes: 'x' })).toEqual({
      unsupported: 'Content-Type application/pdf is not a format ingest reads',
    });
    expect(() => chooseReader({ wireFormat: 'teletype' })).toThrow(
      /X-Wire-Format teletype is not a format ingest reads; use one of .*anpa1312/,
    );
  });

  it('reads bytes with or without a media type', async () => {
    const r = await readWire(
      Buffer.from(
        '<nitf><head><docdata><doc-id id-string="n1"/></docdata></head><body><body.content><p>Words ' +
          'here.</p></body.content></body></nitf>',
      ),
    );
    expect(r.items[0]).toMatchObject({ externalId: 'n1', format: 'nitf', title: 'Words here.', headlineDerived: true });
    await expect(readWire('x', { contentType: 'image/png' })).rejects.toMatchObject({
      status: 422,
      field: 'Content-Type',
    });
  });
});
