/** The representations the store's article routes serve. */
export const NINJS_VERSIONS = ['2.0', '2.1', '2.2', '3.0', '3.1'] as const;
export type NinjsVersion = (typeof NINJS_VERSIONS)[number];
export type Representation = { kind: 'json' } | { kind: 'ninjs'; version: NinjsVersion };

export const NINJS_MEDIA_TYPE = 'application/ninjs+json';
/** ninjs 2.x unless the client names a 3.x version or profile. */
const DEFAULT_NINJS: Record<string, NinjsVersion> = { '2': '2.2', '3': '3.1' };

interface MediaRange {
  type: string;
  q: number;
  params: Record<string, string>;
}

function parseAccept(header: string): MediaRange[] {
  return header
    .split(',')
    .map((part) => {
      const [type, ...rest] = part.split(';').map((s) => s.trim());
      const params: Record<string, string> = {};
      for (const p of rest) {
        const eq = p.indexOf('=');
        if (eq > 0)
          params[p.slice(0, eq).trim().toLowerCase()] = p
            .slice(eq + 1)
            .trim()
            .replace(/^"(.*)"$/, '$1');
      }
      const q = params.q === undefined ? 1 : Number(params.q);
      return { type: type.toLowerCase(), q: Number.isFinite(q) ? q : 0, params };
    })
    .filter((r) => r.type !== '' && r.q > 0);
}

/**
 * The ninjs version a media range asks for: `version=3.1` (or `3`), or a
 * `profile` naming the schema (`…/ninjs-schema_3.0.json`); 2.x by default.
 * Undefined when it names a version this API does not serve.
 */
export function ninjsVersionOf(params: Record<string, string>): NinjsVersion | undefined {
  const named = params.version ?? /ninjs[-_]?(?:schema_)?(\d(?:\.\d)?)/i.exec(params.profile ?? '')?.[1];
  if (named === undefined) return DEFAULT_NINJS['2'];
  if (DEFAULT_NINJS[named]) return DEFAULT_NINJS[named];
  return (NINJS_VERSIONS as readonly string[]).includes(named) ? (named as NinjsVersion) : undefined;
}

/** The best representation the Accept header allows, or null (406). No header: JSON. */
export function negotiate(accept: string | undefined): Representation | null {
  if (!accept || accept.trim() === '') return { kind: 'json' };
  const ranges = parseAccept(accept).sort((a, b) => b.q - a.q);
  for (const r of ranges) {
    if (r.type === NINJS_MEDIA_TYPE) {
      const version = ninjsVersionOf(r.params);
      if (version) return { kind: 'ninjs', version };
      continue;
    }
    if (r.type === 'application/json' || r.type === 'application/*' || r.type === '*/*') return { kind: 'json' };
  }
  return null;
}
