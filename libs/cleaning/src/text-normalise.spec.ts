import { titleText } from './text-normalise';

describe('titleText', () => {
  it('drops markup, and scripts and styles with their content', () => {
    expect(titleText(`<script>alert('x')</script>Harbour <b>reopens</b><style>b{}</style>`)).toBe('Harbour reopens');
  });

  it('decodes entities and removes markup revealed by decoding (double-escaped feeds)', () => {
    expect(titleText('Profits &amp; losses')).toBe('Profits & losses');
    expect(titleText('&lt;em&gt;Breaking&lt;/em&gt;: floods')).toBe('Breaking: floods');
  });

  it('keeps plain titles, comparison signs included', () => {
    expect(titleText('  Inflation  < 2% for the first time ')).toBe('Inflation < 2% for the first time');
  });
});
