import { Parser } from 'htmlparser2';
import { structurePlainText } from '../plain/plain-structure';
import { normaliseInline } from '../text-normalise';
import { installLinearParserStacks } from './htmlparser2-stack';

installLinearParserStacks();

/**
 * Structure-preserving HTML → text, in one streaming pass of htmlparser2 (no
 * DOM, linear in the input): block elements become paragraphs, `<br>` a line
 * break (two in a row a paragraph break), each list item a paragraph, a table
 * one paragraph with a line per row and a tab between cells, `<pre>` its lines
 * (tables in it recognised as in plain text). Character references are decoded
 * once, by the parser. Scripts, styles, templates, `<noscript>`, the document
 * head, inline SVG drawings and form widgets are dropped with their content;
 * every other text node is kept.
 */

export interface HtmlBlock {
  /** A paragraph (may hold "\n" line breaks), or a table's rows ("\n") of cells ("\t"). */
  text: string;
  table: boolean;
  /** Characters of the block inside links (for link density). */
  linkChars: number;
  /** The element that opened the block (`p`, `li`, `h2`, `td`…), lower case. */
  tag: string;
}

const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'svg',
  'select',
  'datalist',
  'iframe',
  'textarea',
  'button',
]);
const HTML_SPACE = /[\t\n\r\f ]+/g;
const BLOCK = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption ' +
    'figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary ul'
  ).split(' '),
);

interface Row {
  cells: string[];
}

class BlockBuilder {
  readonly blocks: HtmlBlock[] = [];
  private text = '';
  private linkChars = 0;
  private tag = 'div';
  private dropDepth = 0;
  private linkDepth = 0;
  private preDepth = 0;
  private brRun = 0;
  /** Open tables (nested ones are flattened into the outermost). */
  private tableDepth = 0;
  private rows: Row[] = [];
  private cell: string | null = null;

  open(name: string): void {
    if (this.dropDepth > 0 || DROPPED.has(name)) {
      this.dropDepth++;
      return;
    }
    if (name === 'br') return this.lineBreak();
    if (name === 'a') this.linkDepth++;
    if (this.tableDepth > 0) return this.openInTable(name);
    if (name === 'table') {
      this.flush();
      this.tableDepth = 1;
      this.rows = [];
      return;
    }
    if (name === 'pre') this.preDepth++;
    if (BLOCK.has(name)) {
      this.flush();
      this.tag = name;
    } else if (name === 'img' || name === 'td' || name === 'th') this.append(' ');
  }

  close(name: string): void {
    if (this.dropDepth > 0) {
      this.dropDepth--;
      return;
    }
    if (name === 'a' && this.linkDepth > 0) this.linkDepth--;
    if (this.tableDepth > 0) return this.closeInTable(name);
    if (BLOCK.has(name)) this.flush();
    if (name === 'pre' && this.preDepth > 0) this.preDepth--;
  }

  textNode(data: string): void {
    if (this.dropDepth > 0) return;
    if (data.trim().length > 0) this.brRun = 0;
    // Source line breaks are spaces in HTML; only <br> and blocks break lines (and <pre> keeps its own).
    this.append(this.preDepth > 0 ? data : data.replace(HTML_SPACE, ' '));
  }

  end(): void {
    if (this.tableDepth > 0) this.endTable();
    this.flush();
  }

  private append(data: string): void {
    if (this.tableDepth > 0) {
      this.cell = (this.cell ?? '') + data;
    } else {
      this.text += data;
    }
    if (this.linkDepth > 0) this.linkChars += data.trim().length;
  }

  private lineBreak(): void {
    if (this.tableDepth > 0) return this.append(' ');
    this.brRun++;
    if (this.brRun >= 2) this.flush();
    else this.text += '\n';
  }

  private openInTable(name: string): void {
    if (name === 'table') this.tableDepth++;
    else if (name === 'tr' && this.tableDepth === 1) this.endRow();
    else if ((name === 'td' || name === 'th') && this.tableDepth === 1) this.endCell();
    else this.append(' ');
  }

  private closeInTable(name: string): void {
    if (name === 'table') {
      this.tableDepth--;
      if (this.tableDepth === 0) this.endTable();
    } else if (name === 'tr' && this.tableDepth === 1) this.endRow();
    else if ((name === 'td' || name === 'th') && this.tableDepth === 1) this.endCell();
    else if (BLOCK.has(name)) this.append(' ');
  }

  private endCell(): void {
    if (this.cell === null) return;
    if (this.rows.length === 0) this.rows.push({ cells: [] });
    this.rows[this.rows.length - 1].cells.push(normaliseInline(this.cell));
    this.cell = null;
  }

  private endRow(): void {
    this.endCell();
    if (this.rows.length === 0 || this.rows[this.rows.length - 1].cells.length > 0) this.rows.push({ cells: [] });
  }

  private endTable(): void {
    this.endCell();
    this.tableDepth = 0;
    const lines = this.rows.map((r) => r.cells.filter((c) => c.length > 0).join('\t')).filter((l) => l.length > 0);
    const linkChars = this.linkChars;
    this.rows = [];
    this.linkChars = 0;
    if (lines.length === 0) return;
    // A one-cell "table" is a layout box: its text is a paragraph.
    const table = lines.length > 1 || lines[0].includes('\t');
    this.blocks.push({ text: lines.join('\n'), table, linkChars, tag: 'table' });
  }

  private flush(): void {
    const raw = this.text;
    const linkChars = this.linkChars;
    this.text = '';
    this.linkChars = 0;
    this.brRun = 0;
    if (raw.trim().length === 0) return;
    if (this.preDepth > 0) {
      for (const unit of structurePlainText(raw))
        this.blocks.push({ text: unit.text, table: unit.table, linkChars: 0, tag: 'pre' });
      return;
    }
    const lines = raw
      .split('\n')
      .map((l) => normaliseInline(l))
      .filter((l) => l.length > 0);
    if (lines.length > 0)
      this.blocks.push({
        text: lines.join('\n'),
        table: false,
        linkChars: Math.min(linkChars, raw.length),
        tag: this.tag,
      });
  }
}

/** Streams the HTML once and returns its blocks in document order. */
export function htmlToBlocks(html: string): HtmlBlock[] {
  const builder = new BlockBuilder();
  const parser = new Parser(
    {
      onopentagname: (name) => builder.open(name),
      onclosetag: (name) => builder.close(name),
      ontext: (data) => builder.textNode(data),
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeCDATA: false },
  );
  parser.write(html);
  parser.end();
  builder.end();
  return builder.blocks;
}
