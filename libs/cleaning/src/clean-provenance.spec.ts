import { cleanArticle, CleanInput } from './clean-article';
import { countWords } from './text-normalise';

const clean = (body: string, extra: Partial<CleanInput> = {}) =>
  cleanArticle({ body, contentType: 'text/plain', title: 'T', ...extra });

describe('edited copy: structure-preserving normalisation only', () => {
  it('turns HTML blocks into paragraphs, <br> into line breaks, list items and tables into own paragraphs', () => {
    const body =
      '<h2>Results</h2><p>Line one<br>line two</p><p>Before<br><br>after</p><ul><li>First item</li><li>Second ' +
      'item</li></ul>' +
      '<table><tr><th>Team</th><th>Pts</th></tr><tr><td>Arsenal</td><td>12</td></tr></table>' +
      '<script>track()</script><style>p{}</style><template><p>hidden</p></template><p>Tom &amp; Jerry &lt;3</p>';
    const r = cleanArticle({ body, contentType: 'text/html', title: 'T', provenance: 'edited' });
    expect(r.paragraphs).toEqual([
      'Results',
      'Line one\nline two',
      'Before',
      'after',
      'First item',
      'Second item',
      'Team\tPts\nArsenal\t12',
      'Tom & Jerry <3',
    ]);
  });

  it('decodes entities exactly once, and never into markup', () => {
    const r = cleanArticle({
      body: '<p>AT&amp;amp;T &amp;lt;b&amp;gt; &lt;script&gt;alert(1)&lt;/script&gt;done</p>',
      contentType: 'text/html',
      provenance: 'edited',
    });
    expect(r.text).toBe('AT&amp;T &lt;b&gt; done');
  });

  it('keeps plain text literal: entities, angle brackets and e-mail addresses stay as sent', () => {
    const r = clean('Fish &amp; chips, x<y and y>z.\n\nWrite to <letters@example.com> today.', {
      provenance: 'edited',
    });
    expect(r.paragraphs).toEqual(['Fish &amp; chips, x<y and y>z.', 'Write to <letters@example.com> today.']);
  });

  it('reads a text/plain body holding block markup as the HTML it is', () => {
    const r = clean('<p>First paragraph.</p>\n<p>Second\nparagraph.</p>', { provenance: 'edited' });
    expect(r.paragraphs).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('joins hard-wrapped lines (IPTC 7901 / ANPA) into paragraphs at indents and short lines', () => {
    const body = [
      'BERLIN, May 3 (dpa) - The German government on Monday announced a new',
      'plan to build two hospitals in the north of the country, a project that',
      'has been discussed for years.',
      '   Construction is due to begin next spring, the health ministry said in',
      'a statement. Both buildings should be open by the end of 2028.',
      '   Local doctors welcomed the plan.',
    ].join('\n');
    const r = clean(body, { provenance: 'edited' });
    expect(r.paragraphs).toHaveLength(3);
    expect(r.paragraphs[0]).toMatch(
      new RegExp(
        String.raw`^BERLIN, May 3 \(dpa\) - The German government .* a new plan to build .* ` +
          String.raw`a project that has been discussed for years\.$`,
      ),
    );
    expect(r.wordCount).toBe(countWords(body));
  });

  it('keeps tabular blocks (results, agate, market data) line by line, cells separated by tabs', () => {
    const body =
      'Premier League results:\nArsenal        2  Chelsea        1\nLiverpool      0  Everton        0\n\nDAX    ' +
      ' 15,234.50   +0.4%\nCAC 40   7,301.10   -0.2%';
    const r = clean(body, { provenance: 'edited' });
    expect(r.paragraphs).toEqual([
      'Premier League results:',
      'Arsenal\t2\tChelsea\t1\nLiverpool\t0\tEverton\t0',
      'DAX\t15,234.50\t+0.4%\nCAC 40\t7,301.10\t-0.2%',
    ]);
  });

  it('keeps metadata lines (byline, dateline) and chrome-looking lines: only learned chrome applies', () => {
    const r = clean('By Jane Doe\n\nPARIS, May 3 (AFP) - Talks resumed.\n\nShare this article', {
      provenance: 'edited',
    });
    expect(r.paragraphs).toEqual(['By Jane Doe', 'PARIS, May 3 (AFP) - Talks resumed.', 'Share this article']);
  });
});

describe('text of unknown origin: every word of clean copy survives', () => {
  const articles: Record<string, string[]> = {
    sv: [
      'Regeringen meddelade på måndagen att två nya sjukhus ska byggas i norr.',
      'Bygget ska börja till våren, enligt ministeriet.',
    ],
    pl: [
      'Rząd ogłosił w poniedziałek budowę dwóch nowych szpitali na północy kraju.',
      'Budowa ma się rozpocząć wiosną.',
    ],
    cs: ['Vláda v pondělí oznámila stavbu dvou nových nemocnic na severu.', 'Stavba má začít na jaře.'],
    uk: ['Уряд оголосив про будівництво двох нових лікарень на півночі.', 'Будівництво почнеться навесні.'],
    ja: ['政府は月曜日、北部に二つの新しい病院を建設すると発表した。', '工事は来年の春に始まる予定だ。'],
    zh: ['政府周一宣布将在北部新建两所医院。', '工程预计明年春天开工。'],
    ar: ['أعلنت الحكومة يوم الاثنين عن بناء مستشفيين جديدين في الشمال.', 'ومن المقرر أن يبدأ البناء في الربيع.'],
  };

  it.each(Object.entries(articles))('keeps a %s article, and each of its sentences as a flash', (_lang, paragraphs) => {
    const body = paragraphs.join('\n\n');
    const r = clean(body);
    expect(r.paragraphs).toEqual(paragraphs);
    expect(r.qualityFlags).not.toContain('cleaning_suspect');
    for (const flash of paragraphs) expect(clean(flash).text).toBe(flash);
  });

  it('keeps a two-paragraph brief (it used to be stored empty)', () => {
    const brief =
      'Train drivers will strike on Friday, the union said.\n\nThe walkout will affect all services in the region.';
    expect(clean(brief).text).toBe(brief);
  });
});

describe('never silently empty', () => {
  it('keeps the whole text and flags it when cleaning would remove more than half of it', () => {
    // Short story lines under a "See also" header look like teasers of other stories.
    const body =
      'Storm update\n\nSee also:\n\nThe storm hit the coast on Sunday\nPower is out in 200,000 homes\nPorts are ' +
      'closed until further notice';
    const r = clean(body);
    expect(r.qualityFlags).toContain('cleaning_suspect');
    expect(r.wordCount).toBe(r.inputWords);
  });

  it('empties a body that is only chrome, and says so', () => {
    const r = clean('Home\nMenu\nSearch\nShare this article\nSubscribe');
    expect(r.text).toBe('');
    expect(r.inputWords).toBe(7);
    expect(r.qualityFlags).toContain('empty_after_cleaning');
    expect(r.qualityFlags).not.toContain('cleaning_suspect');
  });

  it('falls back to the lines without chrome evidence when a declared scraped page would come out empty', () => {
    const r = clean('Share this article\nQuake of magnitude 6.1 hits off northern Japan coast\nShare', {
      provenance: 'scraped',
    });
    expect(r.text).toBe('Quake of magnitude 6.1 hits off northern Japan coast');
    expect(r.qualityFlags).toContain('cleaning_suspect');
  });

  it.each([
    ['only whitespace', ' \n\t\n ', 'text/plain'],
    ['only emoji', '😀😀 🎉', 'text/plain'],
    ['only markup', '<div><span></span><br></div>', 'text/html'],
    ['only punctuation', '... --- !!!', 'text/plain'],
  ] as const)('flags a body of %s as empty, whatever its provenance', (_what, body, contentType) => {
    for (const provenance of ['edited', 'unknown', 'scraped'] as const) {
      const r = cleanArticle({ body, contentType, provenance });
      expect(r.text).toBe('');
      expect(r.qualityFlags).toContain('empty_after_cleaning');
    }
  });

  it('cleans a 2 MB single line without losing it', () => {
    const body = 'word '.repeat(400_000);
    for (const provenance of ['edited', 'unknown', 'scraped'] as const) {
      const r = clean(body, { provenance });
      expect(r.wordCount).toBe(400_000);
    }
  });
});

describe('no markup ever leaves as text', () => {
  const xss = '&amp;lt;script&amp;gt;alert(document.cookie)&amp;lt;/script&amp;gt;';

  it.each(['edited', 'unknown', 'scraped'] as const)(
    'a double-escaped script in an HTML or text body never becomes a tag (%s)',
    (provenance) => {
      for (const contentType of ['text/html', 'text/plain'] as const) {
        const body =
          contentType === 'text/html' ? `<p>${xss} The ferry sails again.</p>` : `${xss} The ferry sails again.`;
        const r = cleanArticle({ body, contentType, title: 'Ferry', provenance });
        expect(r.text).not.toMatch(/<\/?script/i);
        expect(r.text).toContain('The ferry sails again.');
      }
    },
  );

  it('removes a tag that decoding reveals in a title', () => {
    expect(
      cleanArticle({ body: 'x', contentType: 'text/plain', title: '&amp;lt;img src=x onerror=alert(1)&amp;gt;Ferry' })
        .title,
    ).toBe('Ferry');
  });
});
