import { Controller, Get, Inject, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ArticleQueryRepository } from '@news/database';
import { callerOf, ConsumerGuard, RequireScope } from '../access/consumer.guard';
import { grants } from '../access/consumer-keys';
import { parseFields } from '../http/fields';
import { negotiate, Representation } from '../http/negotiate';
import { PROBLEM_TYPES, ProblemException } from '../http/problem';
import { answer, baseUrlOf } from '../http/respond';
import { ninjsForm } from '../ninjs/ninjs-forms';
import { toNinjs } from '../ninjs/to-ninjs';
import { versionToArticle } from '../persist/row-to-article';
import { STORE_PUBLIC_URL } from './public-url';
import { toVersionView } from './article-view';
import {
  ARTICLE_JSON_FIELDS,
  articleBody,
  JSON_TYPE,
  NINJS_FIELDS,
  ninjsType,
  searchJson,
  searchNinjs,
  selectNinjs,
} from './representations';
import { encodeCursor } from './search-cursor';
import { wantsHighlights } from './hit-fields';
import { parseSearchParams, ParamError } from './search-params';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Searches are counted exactly up to this many matches, estimated beyond. */
export const EXACT_TOTAL_BOUND = 1_000;
/** Answers change with every write: a client revalidates (cheaply, with its ETag) before each use. */
const REVALIDATE = 'private, no-cache';

function badRequest(errors: ParamError[]): ProblemException {
  const names = errors.map((e) => e.field).join(', ');
  return new ProblemException(400, {
    type: PROBLEM_TYPES.invalidParameters,
    title: 'Invalid parameters',
    detail: `invalid parameter(s): ${names}`,
    errors,
  });
}

function checkedId(id: string): string {
  if (!UUID.test(id)) throw badRequest([{ field: 'id', messages: ['must be a UUID'] }]);
  return id.toLowerCase();
}

function representation(req: Request): Representation {
  const rep = negotiate(req.header('accept'));
  if (rep) return rep;
  throw new ProblemException(406, {
    type: PROBLEM_TYPES.notAcceptable,
    title: 'Not acceptable',
    detail: 'this route answers application/json or application/ninjs+json (version=2.0…3.1; 2.2 by default)',
  });
}

function fieldsFor(raw: unknown, rep: Representation, allowedJson: readonly string[]): ReadonlySet<string> | null {
  const parsed = parseFields(raw, rep.kind === 'json' ? allowedJson : NINJS_FIELDS);
  if (!parsed.ok) throw badRequest(parsed.errors);
  return parsed.fields;
}

const notFound = (id: string) =>
  new ProblemException(404, { type: PROBLEM_TYPES.notFound, title: 'Not found', detail: `no article ${id}` });

@Controller('v1/articles')
@UseGuards(ConsumerGuard)
@RequireScope('read')
export class ArticlesController {
  constructor(
    @Inject(ArticleQueryRepository) private readonly articles: ArticleQueryRepository,
    @Inject(STORE_PUBLIC_URL) private readonly publicUrl: string | undefined,
  ) {}

  @Get()
  async search(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const rep = representation(req);
    const parsed = parseSearchParams(query);
    if (!parsed.ok) throw badRequest(parsed.errors);
    const { search, fingerprint, fields, facets } = parsed;
    // One row more than the page tells whether there is a next page.
    const found = await this.articles.search(
      { ...search, limit: search.limit + 1 },
      { snippets: wantsHighlights(fields), facets },
    );
    const { rows, matchMode, broad, facets: counts } = found;
    // Counted as the page matched: all terms, or any when the search fell back to them.
    const total = await this.articles.countSearch(
      { ...search, matchMode: matchMode ?? undefined, broad },
      EXACT_TOTAL_BOUND,
    );
    const hits = rows.slice(0, search.limit);
    const last = hits[hits.length - 1];
    const nextCursor =
      rows.length > search.limit && last
        ? encodeCursor(
            {
              sort: search.sort,
              key: last.sort_key,
              id: last.id,
              matchMode: matchMode ?? undefined,
              broad,
              asOf: search.asOf,
            },
            fingerprint,
          )
        : null;
    const base = baseUrlOf(req, this.publicUrl);
    const url = new URL(req.originalUrl, base);
    const selfHref = url.toString();
    if (nextCursor) url.searchParams.set('cursor', nextCursor);
    const nextHref = nextCursor ? url.toString() : null;
    const page = { hits, sort: search.sort, limit: search.limit, nextCursor, nextHref, total, selfHref };
    res.setHeader('X-Total-Count', String(total.value));
    res.setHeader('X-Total-Count-Exact', String(total.exact));
    const links = nextHref ? [`<${nextHref}>; rel="next"`] : [];
    if (rep.kind === 'json') {
      const body = {
        ...searchJson(page, fields),
        ...(matchMode ? { matchMode } : {}),
        ...(counts ? { facets: counts } : {}),
      };
      return answer(req, res, { body, contentType: JSON_TYPE, cacheControl: REVALIDATE, links });
    }
    const externalIds = await this.articles.externalIds(hits.map((h) => h.id));
    // fields= names the JSON hit's members; a ninjs hit is always the partial item.
    const body = ninjsForm(searchNinjs(page, externalIds, base, null), rep.version);
    answer(req, res, { body, contentType: ninjsType(rep.version), cacheControl: REVALIDATE, links });
  }

  @Get(':id')
  async get(
    @Param('id') rawId: string,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const id = checkedId(rawId);
    const rep = representation(req);
    const fields = fieldsFor(query.fields, rep, ARTICLE_JSON_FIELDS);
    const includeEmbargoed = grants(callerOf(req).scopes, 'read:embargoed');
    const article = await this.articles.findCurrent(id, { includeEmbargoed });
    if (!article) throw notFound(id);
    if (article.pub_status === 'canceled') {
      throw new ProblemException(410, {
        type: PROBLEM_TYPES.killed,
        title: 'Killed',
        detail: `article ${id} was killed`,
        killedAt: (article.killed_at ?? article.updated_at).toISOString(),
        links: { versions: `/v1/articles/${id}/versions` },
      });
    }
    const { body, contentType } = articleBody(article, rep, fields, baseUrlOf(req, this.publicUrl));
    answer(req, res, { body, contentType, cacheControl: REVALIDATE });
  }

  @Get(':id/versions')
  async versions(@Param('id') rawId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const id = checkedId(rawId);
    const includeEmbargoed = grants(callerOf(req).scopes, 'read:embargoed');
    const versions = await this.articles.findVersions(id, { includeEmbargoed });
    if (!versions) throw notFound(id);
    const body = { id, items: versions.map(toVersionView), links: { article: `/v1/articles/${id}` } };
    answer(req, res, { body, contentType: JSON_TYPE, cacheControl: REVALIDATE });
  }

  /** One version number: its state that won by the rules (a later correction of the same number wins). */
  @Get(':id/versions/:n')
  async version(
    @Param('id') rawId: string,
    @Param('n') rawN: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const id = checkedId(rawId);
    if (!/^[1-9]\d{0,9}$/.test(rawN) || Number(rawN) > 2_147_483_647)
      throw badRequest([{ field: 'n', messages: ['must be a version number (a positive integer)'] }]);
    const rep = representation(req);
    const fields = fieldsFor(req.query.fields, rep, Object.keys(toVersionViewShape));
    const includeEmbargoed = grants(callerOf(req).scopes, 'read:embargoed');
    const version = (await this.articles.findVersions(id, { includeEmbargoed }))?.find(
      (v) => v.version === Number(rawN),
    );
    if (!version)
      throw new ProblemException(404, {
        type: PROBLEM_TYPES.notFound,
        title: 'Not found',
        detail: `no version ${rawN} of article ${id}`,
      });
    // A version's content never changes once recorded; which state of the number wins can, rarely.
    const cacheControl = 'private, max-age=60';
    if (rep.kind === 'json') {
      const view = toVersionView(version);
      return answer(req, res, {
        body: fields
          ? Object.fromEntries(Object.entries(view).filter(([k]) => fields.has(k) || k === 'version'))
          : view,
        contentType: JSON_TYPE,
        cacheControl,
      });
    }
    const doc = toNinjs({
      article: versionToArticle(version),
      sourceId: version.source_id,
      baseUrl: baseUrlOf(req, this.publicUrl),
    });
    answer(req, res, {
      body: ninjsForm(selectNinjs(doc, fields), rep.version),
      contentType: ninjsType(rep.version),
      cacheControl,
    });
  }
}

/** The members of a version's JSON, for `fields=` on /versions/:n. */
const toVersionViewShape = Object.fromEntries(
  [
    'version',
    'versionCreated',
    'pubStatus',
    'contentHash',
    'current',
    'applied',
    'sourceId',
    'url',
    'title',
    'text',
    'language',
    'publishedAt',
    'receivedAt',
    'wordCount',
    'qualityFlags',
    'detectedLanguage',
    'embargoedUntil',
    'authors',
    'siteName',
    'description',
    'leadImage',
    'modifiedAt',
    'feed',
    'tags',
    'eventId',
    'recordedAt',
  ].map((k) => [k, true]),
);
