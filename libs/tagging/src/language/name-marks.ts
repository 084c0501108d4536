/*
 * Name marking for Latin-script text: which tokens are names (capitalised
 * words inside a sentence, with their particles) and which open a sentence.
 * The language detector scores names apart from the plain words around them.
 */

function isLatin(text: string): boolean {
  return /^[\p{Script=Latin}\p{N}\p{P}\p{S}\p{M}\s]*$/u.test(text);
}

export type NameMarks = ReturnType<typeof markNames>;

/** The names of a Latin-script text marked; undefined for other scripts (no capitals to read). */
export function latinMarks(text: string): NameMarks | undefined {
  return isLatin(text) ? markNames(text) : undefined;
}

/** Tokens of a Latin-script text, which are names (capitalised, not opening a sentence) and which open a sentence. */
function markNames(text: string): { tokens: string[]; isName: boolean[]; sentenceStart: boolean[] } {
  const tokens = text.match(/\S+/g) ?? [];
  const words = tokens.map((t) => t.replace(/^[^\p{L}\p{N}]+/u, ''));
  // "al-Sisi", "bin-Salman": a lowercase particle joined to a capitalised name
  const capital = words.map((w) => /^\p{Lu}/u.test(w) || /^\p{Ll}{1,3}-\p{Lu}/u.test(w));
  const starts = new Array<boolean>(tokens.length).fill(false);
  const isName = new Array<boolean>(tokens.length).fill(false);
  let sentenceStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const ends = /[.!?:]["'”’)]*$/u.test(tokens[i]);
    starts[i] = sentenceStart;
    if (capital[i]) {
      // a capitalised word inside a sentence, or one opening it before another ("Luiz Inácio …")
      isName[i] = !sentenceStart || (capital[i + 1] === true && !ends);
    } else if (
      i > 0 &&
      isName[i - 1] &&
      NAME_PARTICLES.has(words[i].toLowerCase()) &&
      (capital[i + 1] || (NAME_PARTICLES.has(words[i + 1]?.toLowerCase() ?? '') && capital[i + 2]))
    ) {
      isName[i] = true; // "Lula da Silva", "Ursula von der Leyen"
    }
    if (/\p{L}|\p{N}/u.test(tokens[i])) sentenceStart = ends;
  }
  return { tokens, isName, sentenceStart: starts };
}

/** Lowercase words inside personal and place names. */
const NAME_PARTICLES = new Set(
  'da de di do dos das del della der den van von ten ter al el bin ibn bint la le du des y e zu af'.split(' '),
);
