/** A word or punctuation token with UTF-16 offsets into the source string. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** First token of a sentence (or paragraph): its capital letter says nothing about names. */
  sentenceStart: boolean;
  /** first token on its line (datelines) */
  lineStart: boolean;
  /** on a line written in capitals ("SOCCER - JAPAN GET LUCKY WIN"): case says nothing there */
  shout?: boolean;
}

// Words (with inner hyphens/apostrophes/ampersands), dotted abbreviations ("U.S.", "Dept."), or one other char.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|[^\s]/gu;
const POSSESSIVE_RE = /['’]s$/u;
/** A capitalised word joined to a lowercase modifier by a hyphen ("London-based", "Houston-area"). */
const NAME_COMPOUND_RE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}\p{M}\p{N}'’-]*?)-(?:based|born|led|backed|owned|` +
    String.raw`made|sized|area|style|era|bound|listed|run|funded|linked|focused|` +
    String.raw`headquartered|registered|flagged|controlled|held|allied|friendly|` +
    String.raw`centric|wide)$`,
  'u',
);
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '—', '–', '-', ':']);

/**
 * Splits text into tokens. Possessive "’s" becomes its own token so "Putin’s" yields "Putin";
 * a full stop right after a short abbreviation ("Mr.", "Dept.") stays part of it.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  for (const m of text.matchAll(TOKEN_RE)) {
    let word = m[0];
    const start = m.index;
    const prev = tokens[tokens.length - 1];
    // paragraph break = new sentence
    const gap = prev ? text.slice(prev.end, start) : '\n';
    if (prev && /\n\s*\n/.test(gap)) sentenceStart = true;
    const lineStart = gap.includes('\n');
    if (word === '.' && prev && prev.end === start && isAbbreviation(prev.text)) {
      prev.text += '.';
      prev.end += 1;
      continue;
    }
    // "London-based", "South Dakota-sized": the name, then the rest as one token that is no name
    const compound = NAME_COMPOUND_RE.exec(word);
    if (compound) {
      const name = compound[1];
      tokens.push({ text: name, start, end: start + name.length, sentenceStart, lineStart });
      tokens.push({
        text: word.slice(name.length),
        start: start + name.length,
        end: start + word.length,
        sentenceStart: false,
        lineStart: false,
      });
      sentenceStart = false;
      continue;
    }
    if (POSSESSIVE_RE.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      tokens.push({ text: word, start, end: start + word.length, sentenceStart, lineStart });
      tokens.push({
        text: m[0].slice(-2),
        start: start + word.length,
        end: start + m[0].length,
        sentenceStart: false,
        lineStart: false,
      });
      sentenceStart = false;
      continue;
    }
    tokens.push({ text: word, start, end: start + word.length, sentenceStart, lineStart });
    if (SENTENCE_END.has(word)) sentenceStart = true;
    else if (!(sentenceStart && OPENERS.has(word))) sentenceStart = false;
  }
  markShoutedLines(text, tokens);
  return tokens;
}

/** Marks tokens on lines where most words are in capitals. */
function markShoutedLines(text: string, tokens: Token[]): void {
  let lineStart = 0;
  let i = 0;
  while (lineStart <= text.length && i < tokens.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const first = i;
    let words = 0;
    let caps = 0;
    while (i < tokens.length && tokens[i].start < lineEnd) {
      const w = tokens[i].text;
      if (/^\p{L}{2,}/u.test(w)) {
        words++;
        if (w === w.toUpperCase()) caps++;
      }
      i++;
    }
    if (words >= 1 && caps / words >= 0.7 && (words >= 2 || caps === words)) {
      for (let k = first; k < i; k++) tokens[k].shout = true;
    }
    lineStart = lineEnd + 1;
  }
}

const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Pres',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Lt',
  'Col',
  'Capt',
  'Sgt',
  'Maj',
  'Adm',
  'St',
  'Dept',
  'Inc',
  'Corp',
  'Co',
  'Ltd',
  'Jr',
  'Sr',
  'Rev',
  'Hon',
  'Mt',
  'Ft',
  'Gov',
  'Atty',
  'Supt',
  'Cmdr',
]);

function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
