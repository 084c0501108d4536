/**
 * Builds libs/tagging/data/language-ngrams.json, the byte n-gram language profiles the
 * language detector scores with, from the `eld` npm package (Efficient Language
 * Detector by Nito T.M., Apache-2.0, https://github.com/nitotm/efficient-language-detector-js).
 *
 *   npx tsx tools/train/language-build-ngrams.ts [--eld DIR] [--size extrasmall|small|medium|large]
 *
 * DIR is an unpacked eld 2.1.0 package (the folder holding package.json); without it the
 * script runs `npm pack eld@2.1.0` into a temporary folder and unpacks it there. Changed from
 * the source: the JS module turned into JSON, each n-gram's {language: score} map turned into a
 * flat [language index, score, …] array, and eld's average scores of correct detections added.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ELD_VERSION = '2.1.0';
const repoRoot = resolve(__dirname, '..', '..');
const outFile = join(repoRoot, 'libs', 'tagging', 'data', 'language-ngrams.json');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function eldDir(): string {
  const given = arg('--eld');
  if (given) return resolve(given);
  const dir = mkdtempSync(join(tmpdir(), 'eld-'));
  execFileSync('npm', ['pack', `eld@${ELD_VERSION}`, '--pack-destination', dir, '--silent'], { stdio: 'inherit' });
  execFileSync('tar', ['xzf', join(dir, `eld-${ELD_VERSION}.tgz`), '-C', dir]);
  return join(dir, 'package');
}

async function main() {
  const size = arg('--size') ?? 'extrasmall';
  const dir = eldDir();
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license: string };
  if (pkg.version !== ELD_VERSION) throw new Error(`expected eld ${ELD_VERSION}, found ${pkg.version}`);
  const { ngramsData } = (await import(pathToFileURL(join(dir, 'src', 'ngrams', `${size}.js`)).href)) as {
    ngramsData: { type: string; languages: Record<string, string>; ngrams: Record<string, Record<string, number>> };
  };
  const { avgScore } = (await import(pathToFileURL(join(dir, 'src', 'avgScore.js')).href)) as {
    avgScore: Record<string, number>;
  };
  const { dictionary } = (await import(pathToFileURL(join(dir, 'src', 'dictionary.js')).href)) as {
    dictionary: string[];
  };
  const languages = Object.keys(ngramsData.languages)
    .map(Number)
    .sort((a, b) => a - b)
    .map((i) => ngramsData.languages[i]);
  const ngrams: Record<string, number[]> = {};
  for (const [gram, scores] of Object.entries(ngramsData.ngrams)) {
    ngrams[gram] = Object.entries(scores).flatMap(([lang, score]) => [Number(lang), score]);
  }
  writeFileSync(
    outFile,
    JSON.stringify({
      about:
        `Byte n-gram language profiles (${ngramsData.type}) from eld ${pkg.version} (Efficient Language Detector, ` +
        '(c) Nito T.M., Apache-2.0, https://github.com/nitotm/efficient-language-detector-js), ' +
        'converted to JSON by tools/train/language-build-ngrams.ts',
      type: ngramsData.type,
      languages,
      avgScore: languages.map((l) => avgScore[l] ?? 0.8),
      /** eld's byte → character table: UTF-8 bytes ≥ 0x80 are written as these characters in the n-gram keys */
      dictionary,
      ngrams,
    }),
  );
  console.log(`wrote ${outFile}: ${languages.length} languages, ${Object.keys(ngrams).length} n-grams`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
