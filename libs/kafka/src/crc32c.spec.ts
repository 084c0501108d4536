import { randomBytes } from 'node:crypto';
import { crc32c } from './crc32c';
import { useFastCrc32c } from './kafkajs-crc32c';

// kafkajs's own byte-at-a-time implementation: the reference the replacement must equal.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const kafkajsCrc32c = require('kafkajs/src/protocol/recordBatch/crc32C/index.js') as (b: Buffer) => number;

describe('crc32c', () => {
  it('gives the standard check value for "123456789"', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
  });

  it('is 0 for no bytes, as kafkajs computes it', () => {
    expect(crc32c(Buffer.alloc(0))).toBe(kafkajsCrc32c(Buffer.alloc(0)));
  });

  it("equals kafkajs's checksum on every length around the 8-byte stride and on large buffers", () => {
    for (let length = 0; length < 70; length++) {
      const b = randomBytes(length);
      expect(crc32c(b)).toBe(kafkajsCrc32c(b));
    }
    for (const length of [1_000, 65_537, 178_503]) {
      const b = randomBytes(length);
      expect(crc32c(b)).toBe(kafkajsCrc32c(b));
    }
  });

  it('reads only its own bytes of a Buffer that is a view into a larger one', () => {
    const whole = randomBytes(4_096);
    const view = whole.subarray(13, 13 + 1_001);
    expect(crc32c(view)).toBe(kafkajsCrc32c(Buffer.from(view)));
  });

  it("under Jest's module system, which has no writable require.cache, leaves kafkajs as it is", () => {
    expect(useFastCrc32c()).toBe('unavailable');
  });
});
