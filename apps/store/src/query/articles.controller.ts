import { BadRequestException, Controller, Get, GoneException, NotFoundException, Param } from '@nestjs/common';
import { ArticleRepository } from '@news/database';
import { toArticleView } from './article-view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Controller('v1/articles')
export class ArticlesController {
  constructor(private readonly articles: ArticleRepository) {}

  @Get(':id')
  async get(@Param('id') id: string) {
    if (!UUID.test(id)) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'invalid parameter', errors: [{ field: 'id', messages: ['must be a UUID'] }] });
    }
    const article = await this.articles.findById(id.toLowerCase());
    if (!article) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no article ${id}` });
    if (article.pubStatus === 'canceled') {
      throw new GoneException({ statusCode: 410, error: 'Gone', message: `article ${id} was killed`, killedAt: article.updatedAt.toISOString() });
    }
    return toArticleView(article);
  }
}
