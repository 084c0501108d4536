import { RawArticleEvent, toContract } from '@news/contracts';
import { normaliseRawEvent } from './normalise-article';

/**
 * Runs the cleaning and tagging cores on built-in samples before the consumer
 * joins its group. The first call loads the tagging data (gazetteer, language
 * profiles, topic cues, run model) and every code path starts cold; a replica
 * that joined first would make the first articles after each deploy or restart
 * wait for that, and they would be the run's slowest. Nothing is learned from
 * the samples (docs/normaliser.md).
 */
export function warmUpNormaliser(budgetMs = 400, maxRounds = 40): { rounds: number; ms: number } {
  const started = performance.now();
  const samples = warmUpSamples();
  let rounds = 0;
  while (rounds < maxRounds && (rounds === 0 || performance.now() - started < budgetMs)) {
    for (const s of samples) normaliseRawEvent(s, undefined, false);
    rounds++;
  }
  return { rounds, ms: Math.round(performance.now() - started) };
}

const STORY = [
  'Russian President Vladimir Putin told US President Barack Obama on Saturday that Moscow reserved the right to ' +
    'protect its interests in Ukraine, the Kremlin said.',
  'The two leaders spoke for 90 minutes by telephone as European Union foreign ministers prepared to meet in ' +
    'Brussels on Monday to discuss the crisis.',
  'Shares in London and Frankfurt fell sharply as investors weighed the risk of sanctions, while the price of ' +
    'oil rose by more than two per cent.',
  'Manchester United beat Liverpool 2-1 at Old Trafford, with Wayne Rooney scoring the winner ten minutes from ' +
    'time in front of a crowd of 75,000.',
  '"We will not stand by," said Dmitry Peskov, a spokesman for the Kremlin, adding that talks in Geneva would ' +
    'continue next week.',
];

export function warmUpSamples(): RawArticleEvent[] {
  const page = `<!doctype html><html><head><title>Putin warns Obama over Ukraine | Example News</title>
<meta property="og:title" content="Putin warns Obama over Ukraine"><meta name="author" content="Staff Reporter">
<meta property="article:published_time" content="2026-03-01T10:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article><h1>Putin warns Obama over Ukraine</h1><div class="byline">By Staff Reporter</div>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}
<div class="share">Share on Facebook Share on Twitter</div></article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></aside></main>
<footer>© Example News. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>`;
  const event = (id: string, body: string, contentType: string) =>
    toContract(RawArticleEvent, {
      envelope: {
        eventId: `00000000-0000-4000-8000-00000000000${id}`,
        schemaVersion: 1,
        sourceId: 'warm-up',
        receivedAt: new Date(0),
        correlationId: 'warm-up',
      },
      article: {
        articleId: `00000000-0000-4000-8000-0000000000a${id}`,
        externalId: `warm-up-${id}`,
        title: 'Putin warns Obama over Ukraine',
        body,
        contentType,
        version: 1,
        pubStatus: 'usable',
      },
    });
  return [event('1', page, 'text/html'), event('2', STORY.join('\n\n'), 'text/plain')];
}
