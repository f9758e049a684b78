import type { ReadScope, SearchFilter, SearchRequest } from '../search-engine';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../snippet';

/**
 * At most this many matches are ranked and counted per query. Below it, totals and facets are
 * exact and every match is ranked; above it, the newest this many matches are (`totalIsExact`
 * false: the total and facet counts are "at least"). It bounds a query's work whatever the
 * number of matches: a word in a third of a million items costs what a word in a thousand does.
 */
export const CANDIDATE_LIMIT = 1000;

/**
 * How much of a hit's text `ts_headline` looks at and the snippet is restored from (about a
 * page). Folding and parsing it is most of a page's cost; a match further in shows the start.
 */
export const SNIPPET_WINDOW = 3_000;
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "`;
/**
 * How a query's candidates are found, decided per query and language from a sample: the newest
 * SAMPLE_SIZE items are read, and if at least DENSE_SAMPLE of them are readable matches (1.25 %:
 * about where walking the date index, ~1.5 µs an item, costs what reading every match through
 * the GIN index does, ~7 µs a match, at a million items), the date index is walked until enough
 * match, at most WALK_LIMIT items (a sample that misleads costs that walk, then the GIN index is
 * read all the same). Otherwise every match is read through the GIN index and sorted by date.
 */
export const SAMPLE_SIZE = 2000;
export const DENSE_SAMPLE = 25;
export const WALK_LIMIT = 100_000;

/**
 * Settings for the search statement's transaction. `work_mem`: a word being typed (`zastit:*`)
 * matches through a bitmap of every item holding a word that starts so; above 4 MB it turns
 * lossy and every item on its pages is rechecked, long documents' `tsv` read from TOAST (3–5×
 * the time). No JIT: its compile time (50–250 ms) is paid whenever the estimated cost is high,
 * branches that do not run included. No parallel workers: starting them costs more than the few
 * thousand rows save. No sequential scan: every branch has an index, and a GIN branch must not
 * read the whole table when the statistics think a word is common.
 */
export const SEARCH_SETTINGS = `SELECT set_config('work_mem', '32MB', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true), set_config('enable_seqscan', 'off', true)`;

/** Below this `word_similarity`, a misspelt word does not match a title. */
export const TYPO_THRESHOLD = 0.5;

/** Where the next page starts: after the hit with this score, type and id. */
export interface Cursor {
  s: string;
  t: string;
  i: string;
}

export type Match = { mode: 'words'; tsText: string } | { mode: 'typos'; terms: string[] };

export interface Statement {
  /** Run first, in the same transaction: `set_config` calls local to it. */
  settings: string;
  sql: string;
  values: unknown[];
}

/** Builds a parameterised statement: `p(value)` returns the placeholder for a value. */
export class Params {
  readonly values: unknown[] = [];
  p(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The same rule as `accessClause`, as keys of `search.access_keys(access, network_ids)` (the
 * text indexes' second column, migration SearchAccessKeys1764000000600): the keys a viewer may
 * read, or undefined for staff, who may read everything. With it beside the words, the GIN index
 * leaves out what the viewer may not read before any row is read.
 */
export function accessKeys(scope: ReadScope): string[] | undefined {
  if (!scope.signedIn) return ['public'];
  if (scope.staff) return undefined;
  return [
    'public',
    'signed',
    ...scope.readableNetworkIds.map((id) => `r${id}`),
    ...scope.memberNetworkIds.map((id) => `m${id}`),
  ];
}

/** Who may read an item, as SQL on `search.items i`: decided inside the query, never after. */
export function accessClause(scope: ReadScope, params: Params): string {
  const rules = [`i.access = 'PUBLIC'`];
  if (scope.signedIn) {
    if (scope.staff) return 'true';
    rules.push(`i.access = 'SIGNED_IN'`);
    rules.push(
      `(i.access = 'NETWORK' AND i.network_ids && ${params.p(scope.readableNetworkIds)}::uuid[])`,
    );
    rules.push(
      `(i.access = 'NETWORK_MEMBERS' AND i.network_ids && ${params.p(scope.memberNetworkIds)}::uuid[])`,
    );
  }
  return `(${rules.join(' OR ')})`;
}

function filterClauses(filter: SearchFilter, params: Params): string[] {
  const clauses: string[] = [];
  if (filter.types?.length) clauses.push(`i.type = ANY(${params.p(filter.types)}::text[])`);
  if (filter.networkIds?.length) {
    clauses.push(`i.network_ids && ${params.p(filter.networkIds)}::uuid[]`);
  }
  if (filter.organisationIds?.length) {
    clauses.push(`i.organisation_id = ANY(${params.p(filter.organisationIds)}::uuid[])`);
  }
  if (filter.kinds?.length) clauses.push(`i.kind = ANY(${params.p(filter.kinds)}::text[])`);
  if (filter.years?.length) clauses.push(`i.year = ANY(${params.p(filter.years)}::int[])`);
  if (filter.languages?.length) {
    clauses.push(`i.language = ANY(${params.p(filter.languages)}::text[])`);
  }
  return clauses;
}

/**
 * The one statement a search runs (the bench runs this same text as its raw SQL). In steps:
 *
 * 1. `candidates`: the readable items that match, filter applied, newest first, at most
 *    CANDIDATE_LIMIT + 1 — found with the GIN index (few matches) or by walking the date index
 *    until enough match (many), as a sample of the newest items says. Access is a condition
 *    here, so nothing unreadable is ranked, counted or paged over.
 * 2. `ranked`: `ts_rank_cd` (title A, summary B, body C) on the first CANDIDATE_LIMIT only.
 * 3. the page: keyset (score, type, id) over `ranked`, which is the same list for every page
 *    of one query while the index does not change; headlines for the page only.
 * 4. `total` and the six facets count `ranked`; `exact` says whether that was every match.
 *
 * Typo mode (nothing matched word for word): titles whose folded text holds each word with a
 * trigram `word_similarity` above TYPO_THRESHOLD (set in `settings`), through the trigram index.
 */
export function searchStatement(
  request: Pick<SearchRequest, 'filter' | 'scope' | 'first'>,
  match: Match,
  cursor: Cursor | undefined,
): Statement {
  const params = new Params();
  const where = ['NOT i.removed', 'NOT i.parent_hidden', accessClause(request.scope, params)];
  where.push(...filterClauses(request.filter, params));
  const limit = params.p(CANDIDATE_LIMIT);
  const columns = `i.type, i.id, i.network_ids, i.organisation_id, i.kind, i.year, i.language, i.date`;
  let queryCte = '';
  const ctes: string[] = [];
  let matching: string;
  let score: string;
  if (match.mode === 'words') {
    const text = params.p(match.tsText);
    queryCte = `q AS (SELECT to_tsquery('serbian', ${text}) AS sr, to_tsquery('english', ${text}) AS en),`;
    // Each item is matched with the query stemmed in its own language: one branch per
    // language, each newest first and limited on its own. A sample of the newest items says how
    // dense the readable matches are (column statistics cannot: they multiply the words'
    // frequencies, but topic words come together, and do not know a common Serbian word is rare
    // in English items). Dense: walk the date index until enough match. Sparse, or a walk that
    // reached WALK_LIMIT without enough: every match through the GIN index, sorted by date (an
    // order no index has, so the planner cannot walk instead). A branch not needed is not run:
    // its condition on the sample or the walk is a one-time filter.
    const sample = params.p(SAMPLE_SIZE);
    const walk = params.p(WALK_LIMIT);
    const dense = params.p(DENSE_SAMPLE);
    const newest = `ORDER BY i.date DESC NULLS LAST, i.type, i.id`;
    const recent = (rows: string) =>
      `(SELECT * FROM search.items i WHERE NOT i.removed ${newest} LIMIT ${rows}) i`;
    const languages = [
      { name: 'sr', condition: `i.language <> 'en'`, config: 'serbian' },
      { name: 'en', condition: `i.language = 'en'`, config: 'english' },
    ];
    // The function behind `@@`: not an index condition, so a walk stays on the date index.
    const matches = (config: string) => `ts_match_vq(i.tsv, to_tsquery('${config}', ${text}))`;
    const readable = (condition: string) => [...where, condition].join(' AND ');
    const keys = accessKeys(request.scope);
    const indexedAccess = keys
      ? `AND search.access_keys(i.access, i.network_ids) && ${params.p(keys)}::text[]`
      : '';
    ctes.push(`sample AS MATERIALIZED (
      SELECT ${languages
        .map(
          (l) =>
            `count(*) FILTER (WHERE ${readable(l.condition)} AND ${matches(l.config)}) AS ${l.name}`,
        )
        .join(', ')}
      FROM ${recent(sample)}
    )`);
    const branch = (name: string, language: string, config: string) => {
      ctes.push(
        `${name}_walk AS MATERIALIZED (
          SELECT ${columns}, i.tsv FROM ${recent(walk)}
          WHERE (SELECT ${name} FROM sample) >= ${dense} AND ${readable(language)} AND ${matches(config)}
          ${newest} LIMIT ${limit} + 1
        )`,
        `${name}_gin AS MATERIALIZED (
          SELECT * FROM (
            SELECT ${columns}, i.tsv FROM search.items i
            WHERE ${readable(language)} AND i.tsv @@ to_tsquery('${config}', ${text}) ${indexedAccess}
            ORDER BY i.date + interval '0' DESC NULLS LAST, i.type, i.id LIMIT ${limit} + 1
          ) g WHERE (SELECT count(*) FROM ${name}_walk) <= ${limit}
        )`,
      );
      return `(SELECT * FROM ${name}_walk WHERE (SELECT count(*) FROM ${name}_walk) > ${limit}
        UNION ALL SELECT * FROM ${name}_gin)`;
    };
    matching = languages.map((l) => branch(l.name, l.condition, l.config)).join(' UNION ALL ');
    score = `round(ts_rank_cd(c.tsv, CASE WHEN c.language = 'en' THEN q.en ELSE q.sr END, 32)::numeric, 6)`;
  } else {
    // One condition per word, so the trigram index serves each.
    const terms = match.terms.map((term) => params.p(term));
    where.push(...terms.map((term) => `${term} OPERATOR(search.<%) i.title_folded`));
    matching = `SELECT ${columns}, i.title_folded FROM search.items i WHERE ${where.join(' AND ')}
      ORDER BY i.date DESC NULLS LAST, i.type, i.id LIMIT ${limit} + 1`;
    score = `round(((${terms.map((term) => `search.word_similarity(${term}, c.title_folded)`).join(' + ')}) / ${terms.length} * 0.5)::numeric, 6)`;
  }
  const keyset = cursor
    ? `WHERE score < ${params.p(cursor.s)}::numeric OR (score = ${params.p(cursor.s)}::numeric AND (type, id) > (${params.p(cursor.t)}, ${params.p(cursor.i)}::uuid))`
    : '';
  const first = params.p(request.first);
  const scope = request.scope;
  const visibleNetworks = scope.staff
    ? 'true'
    : `(v = ANY(${params.p(scope.readableNetworkIds)}::uuid[]) OR v = ANY(${params.p(scope.memberNetworkIds)}::uuid[]) OR r.type = 'NETWORK')`;
  const words = match.mode === 'words';
  const headline = words
    ? `ts_headline(CASE WHEN h.language = 'en' THEN 'english'::regconfig ELSE 'serbian'::regconfig END,
         search.fold(h.text), CASE WHEN h.language = 'en' THEN q.en ELSE q.sr END, ${params.p(HEADLINE_OPTIONS)})`
    : 'NULL::text';
  const stems = words
    ? `array(SELECT DISTINCT m[1] FROM q, regexp_matches((q.sr || q.en)::text, '''([^'']+)''', 'g') m)`
    : 'NULL::text[]';
  const facet = (column: string) =>
    `(SELECT json_agg(json_build_object('value', v::text, 'count', c) ORDER BY c DESC, v::text)
      FROM (SELECT ${column} AS v, count(*)::int AS c FROM ranked WHERE ${column} IS NOT NULL GROUP BY 1) f)`;
  const sql = `
    WITH ${queryCte}
    ${ctes.map((cte) => `${cte},`).join('\n')}
    candidates AS MATERIALIZED (
      SELECT * FROM (${matching}) m ORDER BY date DESC NULLS LAST, type, id LIMIT ${limit} + 1
    ),
    ranked AS MATERIALIZED (
      SELECT c.type, c.id, c.network_ids, c.organisation_id, c.kind, c.year, c.language, c.date,
             ${score} AS score
      FROM (SELECT * FROM candidates ORDER BY date DESC NULLS LAST, type, id LIMIT ${limit}) c
      ${words ? ', q' : ''}
    ),
    page AS MATERIALIZED (
      SELECT * FROM ranked ${keyset} ORDER BY score DESC, type, id LIMIT ${first} + 1
    ),
    hits AS (
      SELECT h.*, ${headline} AS headline
      FROM (
        SELECT p.*, i.title, i.display_title, i.summary, i.parent_id,
               left(CASE WHEN i.body <> '' THEN i.body ELSE i.summary END, ${SNIPPET_WINDOW}) AS text
        FROM (SELECT * FROM page ORDER BY score DESC, type, id LIMIT ${first}) p
        JOIN search.items i USING (type, id)
      ) h ${words ? ', q' : ''}
    )
    SELECT
      (SELECT count(*)::int FROM ranked) AS total,
      (SELECT count(*) <= ${limit} FROM candidates) AS exact,
      (SELECT count(*) > ${first} FROM page) AS more,
      ${stems} AS stems,
      (SELECT json_agg(hits ORDER BY score DESC, type, id) FROM hits) AS hits,
      ${facet('type')} AS types,
      (SELECT json_agg(json_build_object('value', v::text, 'count', c) ORDER BY c DESC, v::text)
        FROM (SELECT v, count(*)::int AS c FROM ranked r, unnest(r.network_ids) v
              WHERE ${visibleNetworks} GROUP BY 1) f) AS networks,
      ${facet('organisation_id')} AS organisations,
      ${facet('kind')} AS kinds,
      ${facet('year')} AS years,
      ${facet('language')} AS languages`;
  const settings =
    match.mode === 'typos'
      ? `${SEARCH_SETTINGS}, set_config('pg_trgm.word_similarity_threshold', '${TYPO_THRESHOLD}', true)`
      : SEARCH_SETTINGS;
  return { settings, sql, values: params.values };
}
