import type { NinjsVersion } from '../http/negotiate';

/** A ninjs document as built in 2.x spelling (lower-case keys); `ninjsForm` turns it into the version asked for. */
export type NinjsDoc = Record<string, unknown>;

/** ninjs 3.x writes in camelCase what 2.x wrote in lower case; `embargoed` became `embargoedUntil`. */
const CAMEL: Record<string, string> = {
  representationtype: 'representationType',
  firstcreated: 'firstCreated',
  versioncreated: 'versionCreated',
  contentcreated: 'contentCreated',
  embargoed: 'embargoedUntil',
  pubstatus: 'pubStatus',
  copyrightholder: 'copyrightHolder',
  copyrightnotice: 'copyrightNotice',
  usageterms: 'usageTerms',
  ednote: 'edNote',
  infosources: 'infoSources',
  altids: 'altIds',
  trustindicators: 'trustIndicators',
  rightsinfo: 'rightsInfo',
  contenttype: 'contentType',
  charcount: 'charCount',
  wordcount: 'wordCount',
  sizeinbytes: 'sizeInBytes',
};

/** Concept members ninjs 2.0 does not have (added in 2.1). */
const NOT_IN_2_0 = new Set(['creator', 'relevance', 'confidence']);

function renamed(value: unknown, rename: (key: string) => string | null): unknown {
  if (Array.isArray(value)) return value.map((v) => renamed(v, rename));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const key = rename(k);
    if (key !== null) out[key] = renamed(v, rename);
  }
  return out;
}

export const NINJS_SCHEMA_URI = (version: NinjsVersion) => `http://www.iptc.org/std/ninjs/ninjs-schema_${version}.json`;

/** The same document in the spelling and members of the requested ninjs version. */
export function ninjsForm(doc: NinjsDoc, version: NinjsVersion): NinjsDoc {
  const standard = { name: 'ninjs', version, schema: NINJS_SCHEMA_URI(version) };
  const withStandard = { ...doc, standard };
  if (version.startsWith('3')) return renamed(withStandard, (k) => CAMEL[k] ?? k) as NinjsDoc;
  if (version === '2.0') return renamed(withStandard, (k) => (NOT_IN_2_0.has(k) ? null : k)) as NinjsDoc;
  return withStandard;
}
