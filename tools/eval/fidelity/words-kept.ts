/**
 * Words of a reference text kept in a stored text, as a multiset: each word
 * of the reference counts as kept as many times as the stored text has it.
 * Words are ICU's (Intl.Segmenter, word-like segments), so scripts written
 * without spaces count word by word; the texts are compared in NFC.
 */

let segmenter: Intl.Segmenter | undefined;

export function wordList(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(text.normalize('NFC'))) if (s.isWordLike) out.push(s.segment);
  return out;
}

export function wordsKept(reference: string, stored: string): { referenceWords: number; kept: number; share: number } {
  const available = new Map<string, number>();
  for (const w of wordList(stored)) available.set(w, (available.get(w) ?? 0) + 1);
  const words = wordList(reference);
  let kept = 0;
  for (const w of words) {
    const n = available.get(w) ?? 0;
    if (n > 0) {
      kept++;
      available.set(w, n - 1);
    }
  }
  return { referenceWords: words.length, kept, share: words.length === 0 ? 1 : kept / words.length };
}
