import { BadRequestException, Controller, Get, GoneException, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ArticleQueryRepository } from '@news/database';
import { toArticleView, toSearchHitView, toVersionView } from './article-view';
import { encodeCursor } from './search-cursor';
import { parseSearchParams, ParamError } from './search-params';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function badRequest(errors: ParamError[]): BadRequestException {
  const names = errors.map((e) => e.field).join(', ');
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `invalid parameter(s): ${names}`, errors });
}

function checkedId(id: string): string {
  if (!UUID.test(id)) throw badRequest([{ field: 'id', messages: ['must be a UUID'] }]);
  return id.toLowerCase();
}

@Controller('v1/articles')
export class ArticlesController {
  constructor(@Inject(ArticleQueryRepository) private readonly articles: ArticleQueryRepository) {}

  @Get()
  async search(@Query() query: Record<string, unknown>) {
    const parsed = parseSearchParams(query);
    if (!parsed.ok) throw badRequest(parsed.errors);
    const { search, fingerprint } = parsed;
    // One row more than the page tells whether there is a next page.
    const rows = await this.articles.search({ ...search, limit: search.limit + 1 });
    const page = rows.slice(0, search.limit);
    const last = page[page.length - 1];
    const nextCursor =
      rows.length > search.limit && last ? encodeCursor({ sort: search.sort, key: last.sort_key, id: last.id }, fingerprint) : null;
    return {
      items: page.map(toSearchHitView),
      sort: search.sort,
      limit: search.limit,
      nextCursor,
    };
  }

  @Get(':id')
  async get(@Param('id') rawId: string) {
    const id = checkedId(rawId);
    const article = await this.articles.findCurrent(id);
    if (!article) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no article ${id}` });
    if (article.pub_status === 'canceled') {
      throw new GoneException({
        statusCode: 410,
        error: 'Gone',
        message: `article ${id} was killed`,
        killedAt: (article.killed_at ?? article.updated_at).toISOString(),
        links: { versions: `/v1/articles/${id}/versions` },
      });
    }
    return toArticleView(article);
  }

  @Get(':id/versions')
  async versions(@Param('id') rawId: string) {
    const id = checkedId(rawId);
    const versions = await this.articles.findVersions(id);
    if (!versions) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no article ${id}` });
    return { id, items: versions.map(toVersionView), links: { article: `/v1/articles/${id}` } };
  }
}
