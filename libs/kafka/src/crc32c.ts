/**
 * CRC-32C (Castagnoli), the checksum of every Kafka record batch, computed
 * eight bytes at a time ("slicing-by-8"): kafkajs's byte-at-a-time loop is
 * paid by every producer on every batch (figures: docs/benchmark-history.md).
 * The broker checks the CRC of each batch it receives, so a wrong one would
 * fail every produce (test/kafka/crc32c.int-spec.ts).
 */
const POLYNOMIAL = 0x82f63b78; // reflected 0x1EDC6F41

/** Table t (0..7) at t*256: the CRC of byte n followed by t zero bytes. */
const TABLES = ((): Int32Array => {
  const t = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLYNOMIAL : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n];
    for (let k = 1; k < 8; k++) {
      c = t[c & 0xff] ^ (c >>> 8);
      t[k * 256 + n] = c;
    }
  }
  return t;
})();

/** CRC-32C of the bytes, as an unsigned 32-bit integer (what kafkajs's crc32C module returns). */
export function crc32c(bytes: Uint8Array): number {
  const T = TABLES;
  const n = bytes.length;
  const whole = n - (n % 8);
  let crc = -1;
  let i = 0;
  for (; i < whole; i += 8) {
    const low = crc ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
    crc =
      T[1792 + (low & 0xff)] ^
      T[1536 + ((low >>> 8) & 0xff)] ^
      T[1280 + ((low >>> 16) & 0xff)] ^
      T[1024 + (low >>> 24)] ^
      T[768 + bytes[i + 4]] ^
      T[512 + bytes[i + 5]] ^
      T[256 + bytes[i + 6]] ^
      T[bytes[i + 7]];
  }
  for (; i < n; i++) crc = T[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
