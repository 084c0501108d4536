import { parseHTML } from 'linkedom';
import { elementsByTagNames } from './dom-walk';

const PAGE = `<html><head><title>t</title><meta name="a" content="b"></head><body>
<div><p>one <a href="#">x</a></p><ul><li><p>two</p></li></ul><table><tr><td><p>three</p></td></tr></table></div>
<template><p>inside template</p></template><section><h1>h</h1><p>four<br>five</p></section><p>six</p></body></html>`;

describe('elementsByTagNames', () => {
  const { document } = parseHTML(PAGE);

  it.each([
    [['p']],
    [['p', 'a']],
    [['br']],
    [['h1', 'h2']],
    [['meta', 'title', 'p', 'li']],
    [['template', 'p']],
    [['TABLE', 'ul']],
  ])('finds the same elements, in the same order, as querySelectorAll(%j)', (tags) => {
    const expected = Array.from(document.querySelectorAll(tags.join(',')));
    expect(elementsByTagNames(document as unknown as ParentNode, tags)).toEqual(expected);
    const div = document.querySelector('div')!;
    expect(elementsByTagNames(div, tags)).toEqual(Array.from(div.querySelectorAll(tags.join(','))));
  });

  it('never includes the root, and finds nothing under an empty element', () => {
    const p = document.querySelector('section p')!;
    expect(elementsByTagNames(p, ['p'])).toEqual([]);
    expect(elementsByTagNames(p, ['br'])).toHaveLength(1);
  });
});
