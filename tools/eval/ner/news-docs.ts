/**
 * English news articles annotated by hand for entity evaluation: the first paragraphs
 * (up to ~3,000 characters) of 40 English news pages of the extraction-dev set, annotated
 * CoNLL-2003 style (tools/eval/ner/news-guidelines.md). The label file holds offsets only;
 * the texts are read from ../shared at run time. Half the documents (even positions in id
 * order) are held out: never looked at while changing the tagger.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NerDoc, NerType, nerDataDir } from '../../train/conll';

interface Annotations {
  documents: Record<string, { chars: number; spans: [number, number, NerType | 'MISC'][] }>;
}

export const isNewsHeldOut = (index: number) => index % 2 === 0;

export function newsDocs(): NerDoc[] {
  const labels = JSON.parse(readFileSync(join(__dirname, 'news-annotations.json'), 'utf8')) as Annotations;
  const truth = JSON.parse(
    readFileSync(join(nerDataDir, '..', 'extraction-dev', 'ground-truth.json'), 'utf8'),
  ) as Record<string, { articleBody: string }>;
  return Object.keys(labels.documents)
    .sort()
    .map((id) => {
      const { chars, spans } = labels.documents[id];
      const body = truth[id]?.articleBody;
      if (body === undefined) throw new Error(`news annotations: ${id} is not in extraction-dev's ground truth`);
      const doc: NerDoc = { text: body.slice(0, chars), gold: [], misc: [] };
      for (const [start, end, type] of spans) {
        if (type === 'MISC') doc.misc!.push({ start, end });
        else doc.gold.push({ start, end, type });
      }
      return doc;
    });
}
