import { WireFormatError } from './types';

/**
 * What may stand before the root element besides the DOCTYPE: the XML declaration, processing instructions, comments.
 */
const PROLOG_ITEM = /^(\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)/;

/**
 * Declarations an internal subset may hold because nothing here ever reads
 * them: comments, parameter-entity references, and parameter entities that
 * name a DTD module by a relative file name (NewsML 1.x files pull in NITF's
 * DTD as `<!ENTITY % nitf SYSTEM "nitf-3-0.dtd">`). One that names a URI
 * (`http:`, `file:`) is refused: it is the shape of an XXE probe, and no
 * wire needs it. Element, attribute-list and notation declarations are ignored.
 */
const HARMLESS_DECLARATION = new RegExp(
  String.raw`^(\s+|<!--[\s\S]*?-->|%[\w.:-]+;|<!ENTITY\s+%\s+[\w.:-]+\s+(SYSTEM\s+("[^":]*"|` +
    String.raw`'[^':]*')|PUBLIC\s+("[^"]*"|'[^']*')\s+("[^":]*"|'[^':]*'))\s*>|` +
    String.raw`<!(ELEMENT|ATTLIST|NOTATION)\s[^>]*>|<\?[\s\S]*?\?>)`,
);

/** A DOCTYPE that names a DTD and a few parameter entities is a few hundred characters. */
const MAX_DOCTYPE = 65_536;

/** Finds the end of a DOCTYPE declaration starting at `start` (skipping quoted strings and the internal subset). */
function doctypeEnd(xml: string, start: number): { end: number; subset?: string } {
  let i = start + '<!DOCTYPE'.length;
  let subsetStart = -1;
  while (i < xml.length) {
    if (i - start > MAX_DOCTYPE)
      throw new WireFormatError(`XML refused: the DOCTYPE declaration is longer than ${MAX_DOCTYPE} characters`);
    const c = xml[i];
    if (c === '"' || c === "'") {
      const close = xml.indexOf(c, i + 1);
      if (close < 0) break;
      i = close + 1;
      continue;
    }
    if (c === '[' && subsetStart < 0) subsetStart = i + 1;
    if (c === ']' && subsetStart >= 0) {
      const after = xml.slice(i + 1).match(/^\s*>/);
      if (after) return { end: i + 1 + after[0].length, subset: xml.slice(subsetStart, i) };
    }
    if (c === '<' && subsetStart >= 0) {
      // Declarations inside the subset may hold quoted '>' and ']': skip each one whole.
      const decl = /^<!--[\s\S]*?-->|^<![^"'>]*(("[^"]*"|'[^']*')[^"'>]*)*>|^<\?[\s\S]*?\?>/.exec(xml.slice(i));
      if (decl) {
        i += decl[0].length;
        continue;
      }
    }
    if (c === '>' && subsetStart < 0) return { end: i + 1 };
    i++;
  }
  throw new WireFormatError('XML is not well-formed: the DOCTYPE declaration is not closed');
}

function assertHarmlessSubset(subset: string): void {
  let rest = subset;
  while (rest.length > 0) {
    const m = HARMLESS_DECLARATION.exec(rest);
    if (!m) {
      const decl = rest.trimStart().slice(0, 60).split('>')[0];
      throw new WireFormatError(
        `XML whose DOCTYPE declares entities is refused (${decl}>): internal entity declarations are never ` +
          `expanded; the DOCTYPE itself may stay`,
      );
    }
    rest = rest.slice(m[0].length);
  }
}

/**
 * Removes the DOCTYPE, which is allowed (NITF and NewsML 1.x files carry one)
 * but never read: no external DTD is fetched and no entity is declared.
 * One that declares entities, or a declaration anywhere else, is refused.
 * Line breaks are kept so that later error positions stay right.
 */
export function stripDoctype(xml: string): string {
  let i = 0;
  for (let m = PROLOG_ITEM.exec(xml); m; m = PROLOG_ITEM.exec(xml.slice(i))) i += m[0].length;
  let out = xml;
  if (xml.startsWith('<!DOCTYPE', i)) {
    const { end, subset } = doctypeEnd(xml, i);
    if (subset !== undefined) assertHarmlessSubset(subset);
    out = xml.slice(0, i) + xml.slice(i, end).replace(/[^\n]/g, ' ') + xml.slice(end);
  }
  const stray = strayDeclaration(out);
  if (stray)
    throw new WireFormatError(
      `XML is not well-formed: a <!${stray} declaration outside the DOCTYPE (DTDs are not read)`,
    );
  return out;
}

/** A DOCTYPE or ENTITY declaration outside comments and CDATA sections (one pass, indexOf only). */
function strayDeclaration(xml: string): string | undefined {
  let i = 0;
  for (;;) {
    const at = xml.indexOf('<!', i);
    if (at < 0) return undefined;
    const skip = xml.startsWith('<!--', at) ? '-->' : xml.startsWith('<![CDATA[', at) ? ']]>' : undefined;
    if (skip) {
      const end = xml.indexOf(skip, at + 4);
      if (end < 0) return undefined;
      i = end + skip.length;
      continue;
    }
    const m = /^<!(DOCTYPE|ENTITY)\b/i.exec(xml.slice(at, at + 10));
    if (m) return m[1];
    i = at + 2;
  }
}
