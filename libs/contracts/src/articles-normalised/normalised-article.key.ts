/** Key of `news.articles.normalised.v1`: the article id, as on the raw topic. */
export class NormalisedArticleKey {
  constructor(readonly articleId: string) {}

  encode(): string {
    return this.articleId;
  }

  static decode(key: Buffer | string | null | undefined): NormalisedArticleKey | null {
    if (key === null || key === undefined) return null;
    return new NormalisedArticleKey(key.toString());
  }
}
