import { cleanArticle, CleanResult, MAX_BODY_CHARS } from './clean-article';

/** Deterministic PRNG so a failure reproduces. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TAGS = ['div', 'p', 'span', 'a', 'table', 'tr', 'td', 'ul', 'li', 'script', 'style', 'article', 'nav', 'h1', 'br', 'img', 'svg', 'template', '!--', 'form'];

function randomMarkup(rand: () => number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    const r = rand();
    const tag = TAGS[Math.floor(rand() * TAGS.length)];
    if (r < 0.3) out += `<${tag} class="${rand() < 0.5 ? 'share' : 'content'}" ${rand() < 0.2 ? 'style="display:none"' : ''}>`;
    else if (r < 0.45) out += `</${tag}>`;
    else if (r < 0.5) out += ['<', '>', '&', '&#x', '&#99999999;', '"', "'", '<!', '<?xml', ']]>', '&amp'][Math.floor(rand() * 11)];
    else out += 'Some words of text, with punctuation. '.slice(0, 1 + Math.floor(rand() * 38));
  }
  return out;
}

function randomBytes(rand: () => number, n: number): string {
  const bytes = Buffer.alloc(n);
  for (let i = 0; i < n; i++) bytes[i] = Math.floor(rand() * 256);
  return bytes.toString(rand() < 0.5 ? 'latin1' : 'utf8');
}

/** Every output must be a clean result: no tags, entities, controls; NFC; blank-line paragraphs. */
function expectClean(r: CleanResult): void {
  expect(typeof r.text).toBe('string');
  expect(r.text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
  expect(r.text).not.toMatch(/<\/?(?:div|p|span|script|style|a|table)(?:\s[^<>]*)?>/i);
  expect(r.text).not.toMatch(/&(?:amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/i);
  expect(r.text.normalize('NFC')).toBe(r.text);
  expect(r.text).not.toMatch(/\n{3,}|^\s|\s$/);
  expect(r.contentHash).toMatch(/^[0-9a-f]{64}$/);
  if (!r.text) expect(r.qualityFlags).toContain('empty_after_cleaning');
}

/** The contract under fuzzing: a clean output, or a thrown Error (which the CLI/service turns into an error result). */
function run(body: string, contentType: 'text/html' | 'text/plain'): void {
  let result: CleanResult | undefined;
  try {
    result = cleanArticle({ body, contentType, url: 'https://example.com/x' });
  } catch (e) {
    expect(e).toBeInstanceOf(Error);
    return;
  }
  expectClean(result);
}

describe('cleanArticle under hostile input (fuzz)', () => {
  const rand = rng(42);

  it('survives 300 random malformed HTML documents and their plain-text twins', () => {
    for (let i = 0; i < 300; i++) {
      const body = randomMarkup(rand, 1 + Math.floor(rand() * 400));
      run(body, 'text/html');
      run(body, 'text/plain');
    }
  });

  it('survives binary junk', () => {
    for (let i = 0; i < 50; i++) {
      const body = randomBytes(rand, 1 + Math.floor(rand() * 5000));
      run(body, 'text/html');
      run(body, 'text/plain');
    }
  });

  it('handles empty and whitespace-only bodies', () => {
    for (const body of ['', ' ', '\n\n\n', '\u0000\u0000', '<html></html>', '<!doctype html>', '<body></body>', '&nbsp;']) {
      run(body, 'text/html');
      run(body, 'text/plain');
    }
  });

  it('handles deeply nested markup', () => {
    const depth = 20000;
    const deep = `${'<div>'.repeat(depth)}<p>Deep text sits here, and it is a real sentence.</p>${'</div>'.repeat(depth)}`;
    run(deep, 'text/html');
    // Too deep for Readability: the fallback still finds the text, and says so.
    const r = cleanArticle({ body: deep, contentType: 'text/html' });
    expect(r.text).toBe('Deep text sits here, and it is a real sentence.');
    expect(r.qualityFlags).toContain('extraction_fallback_used');
    run(`${'<span><b>'.repeat(5000)}x`, 'text/html');
  });

  it('cleans only the first MAX_BODY_CHARS of a huge body', () => {
    const paras = Array.from({ length: 60000 }, (_, i) => `<p>Paragraph ${i} of a very long article, and it keeps going.</p>`);
    const page = `<html><body><article>${paras.join('')}</article></body></html>`;
    const line = Array.from({ length: 200000 }, (_, i) => `Sentence ${i} of plain text that never ends.`).join(' ');
    expect(page.length).toBeGreaterThan(MAX_BODY_CHARS);
    expect(line.length).toBeGreaterThan(MAX_BODY_CHARS);
    for (const [body, contentType, last] of [
      [page, 'text/html', 'Paragraph 59999 '],
      [line, 'text/plain', 'Sentence 199999 '],
    ] as const) {
      const r = cleanArticle({ body, contentType, url: 'https://example.com/x' });
      expectClean(r);
      expect(r.text.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
      expect(r.text).toContain(contentType === 'text/html' ? 'Paragraph 0 ' : 'Sentence 0 ');
      expect(r.text).not.toContain(last);
    }
  });
});
