import { readFileSync } from 'node:fs';
import { detectAll } from 'tinyld/heavy';
import { NEWS_SENTENCES } from '../eval/language/news-sentences';
const truth = JSON.parse(readFileSync('/work/shared/datasets/extraction-dev/ground-truth.json', 'utf8'));
const ONLY = process.argv[2] ? process.argv[2].split(',') : undefined;
const sents: [string, string][] = [];
for (const { articleBody, url } of Object.values(truth) as any[]) {
  if (/autoracing|remember8090|wday|comwrap|kabarislamia|mensagens|gto-norm|entermedia|vse-diety|jeongdong/.test(url)) continue;
  for (const s of articleBody.split(/(?<=[.!?])\s+|\n+/)) if ((s.match(/\p{L}/gu)?.length ?? 0) >= 40) sents.push(['en', s]);
}
for (const [l, ss] of Object.entries(NEWS_SENTENCES)) for (const s of ss) sents.push([l, s]);
const buckets: Record<string, [number, number]> = {};
for (const [l, s] of sents) {
  const r = detectAll(s, ONLY ? { only: ONLY } : {});
  const top = r[0];
  const acc = top ? Math.min(1, top.accuracy) : 0;
  const b = acc >= 0.9 ? '>=.9' : acc >= 0.5 ? '.5-.9' : acc >= 0.2 ? '.2-.5' : acc >= 0.05 ? '.05-.2' : '<.05';
  buckets[b] ??= [0, 0];
  buckets[b][top?.lang === l ? 0 : 1]++;
}
console.log(buckets);
