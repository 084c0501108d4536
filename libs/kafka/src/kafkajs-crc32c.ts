import { crc32c } from './crc32c';

/** kafkajs's checksum module; its record batch encoder requires it once, on the first produce. */
const KAFKAJS_CRC32C = 'kafkajs/src/protocol/recordBatch/crc32C/index.js';
const KAFKAJS_RECORD_BATCH = 'kafkajs/src/protocol/recordBatch/v0/index.js';

export type Crc32cInstall = 'installed' | 'already' | 'too-late' | 'unavailable';

/**
 * Makes kafkajs checksum record batches with `crc32c` (same result, eight
 * bytes at a time) by providing its checksum module before kafkajs first loads it.
 * kafkajs has no option for this, and its encoder keeps the function it
 * required, so this must run before the process's first produce: it runs
 * when `@news/kafka` is imported. Anything else leaves kafkajs as it is:
 * `too-late` when the encoder was already loaded, `unavailable` where the
 * module system has no `require.cache` (Jest) or kafkajs moved the file.
 */
export function useFastCrc32c(): Crc32cInstall {
  let path: string;
  let batchPath: string;
  try {
    path = require.resolve(KAFKAJS_CRC32C);
    batchPath = require.resolve(KAFKAJS_RECORD_BATCH);
  } catch {
    return 'unavailable';
  }
  const cache = require.cache;
  if (cache[path]?.exports === crc32c) return 'already';
  if (cache[batchPath]) return 'too-late';
  // Jest's require.cache ignores writes: read back before claiming anything.
  cache[path] = { id: path, filename: path, loaded: true, exports: crc32c } as NodeJS.Module;
  return cache[path]?.exports === crc32c ? 'installed' : 'unavailable';
}

/** Whether kafkajs's encoder uses `crc32c` in this process (for the integration test and diagnostics). */
export function kafkajsUsesFastCrc32c(): boolean {
  try {
    return require.cache[require.resolve(KAFKAJS_CRC32C)]?.exports === crc32c;
  } catch {
    return false;
  }
}
