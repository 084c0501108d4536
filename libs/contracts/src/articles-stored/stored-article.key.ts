/** Key of `news.articles.stored.v1`: the article id, so one article's changes stay in order. */
export class StoredArticleKey {
  constructor(readonly articleId: string) {}

  encode(): string {
    return this.articleId;
  }

  static decode(key: Buffer | string | null | undefined): StoredArticleKey | null {
    if (key === null || key === undefined) return null;
    return new StoredArticleKey(key.toString());
  }
}
