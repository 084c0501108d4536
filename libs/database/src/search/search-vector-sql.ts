/** Search text is capped so a huge body cannot exceed tsvector's 1 MB limit. */
export const SEARCH_TEXT_CHARS = 100_000;

/**
 * The SQL expression of an article's search vector, from SQL expressions of
 * its text-search configuration (text), title and body. Stemmed in the
 * article's language, plus the words as written ('simple') so that a query
 * without a language still matches; title weighted above body. Shared by the
 * repository's upsert and the benchmark's generator so both build the same thing.
 */
export function searchVectorSql(config: string, title: string, body: string): string {
  return `(setweight(to_tsvector(${config}::regconfig, ${title}), 'A')
      || setweight(to_tsvector(${config}::regconfig, left(${body}, ${SEARCH_TEXT_CHARS})), 'B')
      || CASE WHEN ${config} = 'simple' THEN ''::tsvector ELSE
           setweight(to_tsvector('simple', ${title}), 'A')
           || setweight(to_tsvector('simple', left(${body}, ${SEARCH_TEXT_CHARS})), 'B') END)`;
}
