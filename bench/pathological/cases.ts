/** Hostile bodies that must not hold up the pipeline (docs/benchmarks.md), each as the request that carries it. */
export interface PathologicalCase {
  name: string;
  request(sourceId: string): string;
}

const one = (name: string, body: string, contentType = 'text/html'): PathologicalCase => ({
  name,
  request: (sourceId) =>
    JSON.stringify({ sourceId, externalId: `${name}-${Date.now()}`, title: name, body, contentType }),
});

export function pathologicalCases(): PathologicalCase[] {
  const emptyParagraphs = '<p></p>'.repeat(Math.floor((506 * 1024) / 7));
  return [
    one('170,000 unclosed <i>', `<p>Start ${'<i>'.repeat(170_000)} end</p>`),
    one('170,000 unclosed <p>', `${'<p>'.repeat(170_000)} end`),
    one('100,000 <td>', `<table><tr>${'<td>'.repeat(100_000)}</tr></table>`),
    one('50,000 <a href=x>', `<p>${'<a href=x>'.repeat(50_000)}</p>`),
    {
      name: '19 x 506 KiB of empty paragraphs, one request',
      request: (sourceId) =>
        JSON.stringify(
          Array.from({ length: 19 }, (_, i) => ({
            sourceId,
            externalId: `empty-${i}-${Date.now()}`,
            title: `empty ${i}`,
            body: `<p>Story ${i}.</p>${emptyParagraphs}`,
            contentType: 'text/html',
          })),
        ),
    },
  ];
}
