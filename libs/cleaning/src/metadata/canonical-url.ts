/** Query parameters that only track a click, never select content. */
const TRACKING_PARAM = new RegExp(
  String.raw`^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|` +
    String.raw`igshid|yclid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ocid|cmpid|icid|ncid|` +
    String.raw`spm|share|ref|ref_src|ref_url|soc_src|soc_trk|smid|s_cid|at_medium|` +
    String.raw`at_campaign|at_custom\d|cid|sr_share|taid|__twitter_impression)$`,
  'i',
);

/**
 * Absolute http(s) URL without tracking parameters and fragment, or null when
 * the value is not a usable URL.
 */
export function canonicaliseUrl(raw: string | null | undefined, base?: string | null): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  for (const key of Array.from(url.searchParams.keys())) {
    if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  }
  url.hash = '';
  return url.toString();
}
