import { searchText } from './search-text';

/** Search text is capped so a huge body cannot exceed tsvector's 1 MB limit. */
export const SEARCH_TEXT_CHARS = 100_000;

/**
 * The SQL expression of an article's search vector, from SQL expressions of
 * its text-search configuration (text), title and body, both already passed
 * through searchText (see searchRecordFields). Stemmed in the article's
 * language, plus the words as written ('simple') so that a query without a
 * language still matches; title weighted above body. Shared by the
 * repository's upsert, the re-index and the benchmark's generator so all
 * build the same thing.
 */
export function searchVectorSql(config: string, title: string, body: string): string {
  return `(setweight(to_tsvector(${config}::regconfig, ${title}), 'A')
      || setweight(to_tsvector(${config}::regconfig, left(${body}, ${SEARCH_TEXT_CHARS})), 'B')
      || CASE WHEN ${config} = 'simple' THEN ''::tsvector ELSE
           setweight(to_tsvector('simple', ${title}), 'A')
           || setweight(to_tsvector('simple', left(${body}, ${SEARCH_TEXT_CHARS})), 'B') END)`;
}

/**
 * The analysed title and body the vector is built from, for a row's JSON
 * record (`search_title`, `search_body`): computed here, in Node, because
 * PostgreSQL cannot segment Chinese or Japanese. The stored body is untouched.
 */
export function searchRecordFields(title: string, body: string): { search_title: string; search_body: string } {
  return {
    search_title: searchText(title),
    search_body: searchText(body.length > SEARCH_TEXT_CHARS ? body.slice(0, SEARCH_TEXT_CHARS) : body),
  };
}
