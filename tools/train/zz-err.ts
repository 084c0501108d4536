import { extractSpans } from '../../libs/tagging/src';
import { re3dDocs, wikigoldDocs, isWikigoldHeldOut } from './conll';
const which = process.argv[2];
const docs = which === 'wiki' ? wikigoldDocs().filter((_, i) => isWikigoldHeldOut(i)) : re3dDocs();
const fp = new Map<string, number>();
const fn = new Map<string, number>();
for (const d of docs) {
  const pred = extractSpans('', d.text);
  const g = new Set(d.gold.map((x) => `${x.start}:${x.end}:${x.type}`));
  const p = new Set(pred.map((x) => `${x.start}:${x.end}:${x.type}`));
  for (const s of pred) if (!g.has(`${s.start}:${s.end}:${s.type}`)) {
    const ov = d.gold.find((x) => x.start < s.end && s.start < x.end);
    const k = `${s.type} "${s.surface}"` + (ov ? ` ~ ${ov.type} "${d.text.slice(ov.start, ov.end)}"` : '');
    fp.set(k, (fp.get(k) ?? 0) + 1);
  }
  for (const x of d.gold) if (!p.has(`${x.start}:${x.end}:${x.type}`)) { const k = `${x.type} "${d.text.slice(x.start, x.end)}"`; fn.set(k, (fn.get(k) ?? 0) + 1); }
}
console.log([...fp].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `${v} ${k}`).join('\n'));
console.log('---FN');
console.log([...fn].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v} ${k}`).join('\n'));
