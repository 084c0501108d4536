import { Parser } from 'htmlparser2';
import { installLinearParserStacks, LINEAR_STACK_DEPTH } from './htmlparser2-stack';

/** Every callback the Parser makes, in order, for one document. */
function events(html: string): string[] {
  const out: string[] = [];
  const parser = new Parser({
    onopentag: (name) => out.push(`<${name}>`),
    onclosetag: (name, implied) => out.push(`</${name}${implied ? '~' : ''}>`),
    ontext: (t) => out.push(t),
  });
  parser.write(html);
  parser.end();
  return out;
}

const SAMPLES = [
  '<div><p>a<p>b</div><ul><li>x<li>y</ul>',
  '<table><tr><td>1<td>2<tr><td>3</table>',
  '<i><b>mis</i>nested</b> and </p> stray',
  '<svg><g/><path d="x"/></svg><math><mi>x</mi></math><br></br>',
  '<dl><dt>t<dd>d<dt>u</dl><select><option>a<option>b</select>',
  '<p>unclosed <i>tags <b>at the end',
  // Past the depth where the stack turns linear, then closed from inside, from outside and at the end.
  `<div>${'<i><b>'.repeat(LINEAR_STACK_DEPTH)}deep</i>${'</b>'.repeat(9)}<p>a<p>b</div><ul><li>x<li>y`,
  `${'<span>'.repeat(LINEAR_STACK_DEPTH + 1)}x${'</span>'.repeat(LINEAR_STACK_DEPTH + 1)}<td>after<svg><g/></svg>`,
];

describe('installLinearParserStacks', () => {
  it('installs on this htmlparser2 and leaves every callback exactly as before', () => {
    const before = SAMPLES.map(events);
    expect(installLinearParserStacks()).toBe(true);
    expect(SAMPLES.map(events)).toEqual(before);
  });

  it("keeps the Parser's own array while the stack is shallow and turns linear past the depth", () => {
    installLinearParserStacks();
    const parser = new Parser({});
    const stackOf = (p: Parser) => (p as unknown as { stack: unknown }).stack;
    parser.write('<div><p>a');
    expect(Array.isArray(stackOf(parser))).toBe(true);
    parser.write('<i>'.repeat(LINEAR_STACK_DEPTH + 1));
    expect(Array.isArray(stackOf(parser))).toBe(false);
    parser.end();
  });

  it('closes 100,000 unclosed elements innermost first at the end', () => {
    installLinearParserStacks();
    const out = events(`${'<i>x'.repeat(100_000)}</b>`);
    const closes = out.filter((e) => e.startsWith('</'));
    expect(closes).toHaveLength(100_000);
    expect(closes.every((e) => e === '</i~>')).toBe(true);
  });
});
