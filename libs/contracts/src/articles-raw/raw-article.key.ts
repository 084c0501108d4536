/**
 * Key of `news.articles.raw.v1`: the article id as UTF-8. Every version of
 * one story shares it, so they land on one partition, in order.
 */
export class RawArticleKey {
  constructor(readonly articleId: string) {}

  encode(): string {
    return this.articleId;
  }

  static decode(key: Buffer | string | null | undefined): RawArticleKey | null {
    if (key === null || key === undefined) return null;
    return new RawArticleKey(key.toString());
  }
}
