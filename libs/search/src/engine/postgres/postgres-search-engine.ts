import type { DataSource, EntityManager } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { managerOf } from '@mreza/shared/database';
import { GenerationRegistry } from '../generation-registry';
import { isEmptyQuery, parseQuery } from '../query-parser';
import type {
  FacetCount,
  IndexGeneration,
  IndexItem,
  ItemRef,
  ReadScope,
  SearchEngine,
  SearchFacets,
  SearchFilter,
  SearchHit,
  SearchItemType,
  SearchLanguage,
  SearchRequest,
  SearchResult,
} from '../search-engine';
import { emptyFacets } from '../search-engine';
import { HIGHLIGHT_END, HIGHLIGHT_START, highlightWords, restoreSnippet } from '../snippet';
import { toTsQueryText } from './tsquery';

/** How much of a hit's text `ts_headline` looks at and the snippet is restored from. */
const SNIPPET_WINDOW = 10_000;
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "`;
/** Below this `word_similarity`, a misspelt word does not match a title. */
const TYPO_THRESHOLD = 0.5;

interface Cursor {
  s: string;
  t: string;
  i: string;
}

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decodeCursor(after: string | undefined): Cursor | undefined {
  if (!after) return undefined;
  try {
    const cursor = JSON.parse(Buffer.from(after, 'base64url').toString()) as Cursor;
    if (
      /^\d+(\.\d+)?$/.test(cursor.s) &&
      /^[A-Z_]+$/.test(cursor.t) &&
      /^[0-9a-f-]{36}$/i.test(cursor.i)
    ) {
      return cursor;
    }
  } catch {
    // fall through
  }
  return undefined;
}

interface HitRow {
  type: SearchItemType;
  id: string;
  title: string;
  display_title: string;
  summary: string;
  text: string;
  headline: string | null;
  network_ids: string[];
  organisation_id: string | null;
  kind: string | null;
  language: SearchLanguage;
  date: string | null;
  score: string;
}

interface ResultRow {
  total: number;
  hits: HitRow[] | null;
  types: FacetCount[] | null;
  networks: FacetCount[] | null;
  organisations: FacetCount[] | null;
  kinds: FacetCount[] | null;
  years: FacetCount[] | null;
  languages: FacetCount[] | null;
}

/** Builds a parameterised statement: `p(value)` returns the placeholder for a value. */
class Params {
  readonly values: unknown[] = [];
  p(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The default engine: PostgreSQL full-text search in the `search` schema. Text is folded by
 * `search.fold` (the SQL twin of `foldSerbian`) and stemmed per item (`serbian` or `english`);
 * title, summary and body weigh A, B, C. A query that matches nothing by words tries titles by
 * trigram similarity, for typos. Snippets come from `ts_headline` over the folded text, shown
 * in the original words.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;
  private readonly generations: GenerationRegistry;

  constructor(private readonly dataSource: DataSource) {
    this.generations = new GenerationRegistry(dataSource);
  }

  async init(): Promise<void> {
    // The migrations made everything; check the text search configurations exist here.
    await this.dataSource.query(`SELECT 'serbian'::regconfig, 'english'::regconfig`);
  }

  async upsert(items: IndexItem[], tx?: Tx): Promise<void> {
    if (items.length === 0) return;
    await this.generations.write(tx, async (manager, ids) => {
      for (const id of ids) await this.upsertInto(manager, id, items);
    });
  }

  private async upsertInto(manager: EntityManager, generation: number, items: IndexItem[]) {
    // Metadata-only updates (no body) keep the body the index holds.
    const withBody = items.filter((item) => item.body !== undefined);
    const withoutBody = items.filter((item) => item.body === undefined);
    if (withBody.length > 0) await this.insertRows(manager, generation, withBody, true);
    if (withoutBody.length > 0) await this.insertRows(manager, generation, withoutBody, false);
  }

  private async insertRows(
    manager: EntityManager,
    generation: number,
    items: IndexItem[],
    replaceBody: boolean,
  ) {
    const column = <T>(pick: (item: IndexItem) => T) => items.map(pick);
    await manager.query(
      `INSERT INTO search.items_g${generation} AS i (type, id, title, display_title, summary, body, language,
         access, network_ids, organisation_id, kind, year, date, parent_id, source_at, removed)
       SELECT u.type, u.id, u.title, u.display_title, u.summary, u.body, u.language, u.access,
         ARRAY(SELECT jsonb_array_elements_text(u.network_ids)::uuid), u.organisation_id,
         u.kind, u.year, u.date, u.parent_id, u.source_at, false
       FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
         $8::text[], $9::jsonb[], $10::uuid[], $11::text[], $12::int[], $13::timestamptz[],
         $14::uuid[], $15::timestamptz[])
         AS u(type, id, title, display_title, summary, body, language, access, network_ids,
           organisation_id, kind, year, date, parent_id, source_at)
       ON CONFLICT (type, id) DO UPDATE SET
         title = excluded.title, display_title = excluded.display_title,
         summary = excluded.summary, ${replaceBody ? 'body = excluded.body,' : ''}
         language = excluded.language, access = excluded.access,
         network_ids = excluded.network_ids, organisation_id = excluded.organisation_id,
         kind = excluded.kind, year = excluded.year, date = excluded.date,
         parent_id = excluded.parent_id, source_at = excluded.source_at, removed = false
       WHERE i.source_at <= excluded.source_at`,
      [
        column((i) => i.type),
        column((i) => i.id),
        column((i) => i.title),
        column((i) => i.displayTitle ?? ''),
        column((i) => i.summary),
        column((i) => i.body ?? ''),
        column((i) => i.language),
        column((i) => i.access),
        column((i) => JSON.stringify(i.networkIds)),
        column((i) => i.organisationId),
        column((i) => i.kind),
        column((i) => i.year),
        column((i) => i.date?.toISOString() ?? null),
        column((i) => i.parentId),
        column((i) => i.sourceAt.toISOString()),
      ],
    );
  }

  async remove(refs: ItemRef[], at: Date, tx?: Tx): Promise<void> {
    if (refs.length === 0) return;
    await this.generations.write(tx, async (manager, ids) => {
      for (const id of ids) {
        // A tombstone: an older upsert that arrives later cannot bring the item back.
        await manager.query(
          `INSERT INTO search.items_g${id} AS i (type, id, access, source_at, removed)
           SELECT type, id, 'PUBLIC', $3, true FROM unnest($1::text[], $2::uuid[]) AS u(type, id)
           ON CONFLICT (type, id) DO UPDATE SET removed = true, source_at = excluded.source_at,
             title = '', display_title = '', summary = '', body = ''
           WHERE i.source_at <= excluded.source_at`,
          [refs.map((ref) => ref.type), refs.map((ref) => ref.id), at.toISOString()],
        );
      }
    });
  }

  async updateChildren(
    parentId: string,
    change: { displayTitle: string; networkIds: string[]; hidden: boolean },
    tx?: Tx,
  ): Promise<void> {
    await this.generations.write(tx, async (manager, ids) => {
      for (const id of ids) {
        await manager.query(
          `UPDATE search.items_g${id} SET display_title = $2, network_ids = $3::uuid[], parent_hidden = $4
           WHERE parent_id = $1`,
          [parentId, change.displayTitle, change.networkIds, change.hidden],
        );
      }
    });
  }

  async removeChildren(parentId: string, at: Date, tx?: Tx): Promise<void> {
    await this.generations.write(tx, async (manager, ids) => {
      for (const id of ids) {
        await manager.query(
          `UPDATE search.items_g${id} SET removed = true, source_at = greatest(source_at, $2),
             title = '', display_title = '', summary = '', body = ''
           WHERE parent_id = $1`,
          [parentId, at.toISOString()],
        );
      }
    });
  }

  async setBody(ref: ItemRef, body: string, tx?: Tx): Promise<void> {
    await this.generations.write(tx, async (manager, ids) => {
      for (const id of ids) {
        await manager.query(
          `UPDATE search.items_g${id} SET body = $3 WHERE type = $1 AND id = $2 AND NOT removed`,
          [ref.type, ref.id, body],
        );
      }
    });
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const parsed = parseQuery(request.query);
    if (isEmptyQuery(parsed)) {
      return { hits: [], total: 0, facets: emptyFacets(), endCursor: null, hasNextPage: false };
    }
    const tsText = toTsQueryText(parsed);
    const exact = await this.run(request, { mode: 'words', tsText });
    if (exact.total > 0 || parsed.phrases.length > 0 || parsed.excluded.length > 0) return exact;
    // Nothing matched word for word: a misspelt word may still be close to a title's.
    return this.run(request, { mode: 'typos', terms: parsed.terms });
  }

  private async run(
    request: SearchRequest,
    match: { mode: 'words'; tsText: string } | { mode: 'typos'; terms: string[] },
  ): Promise<SearchResult> {
    const params = new Params();
    const where = [
      'NOT i.removed',
      'NOT i.parent_hidden',
      this.accessClause(request.scope, params),
    ];
    where.push(...this.filterClauses(request.filter, params));
    let queryCte = '';
    let score: string;
    if (match.mode === 'words') {
      const text = params.p(match.tsText);
      // Each item is matched with the query stemmed in its own language.
      queryCte = `q AS (SELECT to_tsquery('serbian', ${text}) AS sr, to_tsquery('english', ${text}) AS en),`;
      where.push(
        `((i.tsv @@ q.sr AND i.language <> 'en') OR (i.tsv @@ q.en AND i.language = 'en'))`,
      );
      score = `round(ts_rank_cd(i.tsv, CASE WHEN i.language = 'en' THEN q.en ELSE q.sr END, 32)::numeric, 6)`;
    } else {
      const terms = params.p(match.terms);
      where.push(
        `(SELECT bool_and(t <% i.title_folded) FROM unnest(${terms}::text[]) t)`.replace(
          '<%',
          'OPERATOR(search.<%)',
        ),
      );
      score = `round(((SELECT avg(search.word_similarity(t, i.title_folded)) FROM unnest(${terms}::text[]) t) * 0.5)::numeric, 6)`;
    }
    const cursor = decodeCursor(request.after);
    const keyset = cursor
      ? `WHERE score < ${params.p(cursor.s)}::numeric OR (score = ${params.p(cursor.s)}::numeric AND (type, id) > (${params.p(cursor.t)}, ${params.p(cursor.i)}::uuid))`
      : '';
    const limit = params.p(request.first + 1);
    const scope = request.scope;
    const visibleNetworks = scope.staff
      ? 'true'
      : `(v = ANY(${params.p(scope.readableNetworkIds)}::uuid[]) OR v = ANY(${params.p(scope.memberNetworkIds)}::uuid[]) OR m.type = 'NETWORK')`;
    const headline =
      match.mode === 'words'
        ? `ts_headline(CASE WHEN h.language = 'en' THEN 'english'::regconfig ELSE 'serbian'::regconfig END,
             search.fold(h.text), CASE WHEN h.language = 'en' THEN q.en ELSE q.sr END, ${params.p(HEADLINE_OPTIONS)})`
        : 'NULL::text';
    const facet = (column: string) =>
      `(SELECT json_agg(json_build_object('value', v::text, 'count', c) ORDER BY c DESC, v::text)
        FROM (SELECT ${column} AS v, count(*)::int AS c FROM matched WHERE ${column} IS NOT NULL GROUP BY 1) f)`;
    const sql = `
      WITH ${queryCte}
      matched AS MATERIALIZED (
        SELECT i.type, i.id, i.network_ids, i.organisation_id, i.kind, i.year, i.language, i.date,
               ${score} AS score
        FROM search.items i ${match.mode === 'words' ? ', q' : ''}
        WHERE ${where.join(' AND ')}
      ),
      page AS (
        SELECT * FROM matched ${keyset} ORDER BY score DESC, type, id LIMIT ${limit}
      ),
      hits AS (
        SELECT h.*, ${headline} AS headline
        FROM (
          SELECT p.*, i.title, i.display_title, i.summary,
                 left(CASE WHEN i.body <> '' THEN i.body ELSE i.summary END, ${SNIPPET_WINDOW}) AS text
          FROM page p JOIN search.items i USING (type, id)
        ) h ${match.mode === 'words' ? ', q' : ''}
      )
      SELECT
        (SELECT count(*)::int FROM matched) AS total,
        (SELECT json_agg(hits ORDER BY score DESC, type, id) FROM hits) AS hits,
        ${facet('type')} AS types,
        (SELECT json_agg(json_build_object('value', v::text, 'count', c) ORDER BY c DESC, v::text)
          FROM (SELECT v, count(*)::int AS c FROM matched m, unnest(m.network_ids) v
                WHERE ${visibleNetworks} GROUP BY 1) f) AS networks,
        ${facet('organisation_id')} AS organisations,
        ${facet('kind')} AS kinds,
        ${facet('year')} AS years,
        ${facet('language')} AS languages`;
    const runQuery = async (manager: EntityManager) => {
      if (match.mode === 'typos') {
        await manager.query(
          `SELECT set_config('pg_trgm.word_similarity_threshold', '${TYPO_THRESHOLD}', true)`,
        );
      }
      return manager.query<ResultRow[]>(sql, params.values);
    };
    const [row] = await this.dataSource.transaction(runQuery);
    const stems = match.mode === 'words' ? await this.stemsOf(match.tsText) : match.terms;
    const page = row.hits ?? [];
    const hasNextPage = page.length > request.first;
    const hits = page.slice(0, request.first).map((hit) => this.toHit(hit, stems));
    const last = page[Math.min(page.length, request.first) - 1];
    return {
      hits,
      total: row.total,
      facets: this.toFacets(row),
      endCursor: last ? encodeCursor({ s: String(last.score), t: last.type, i: last.id }) : null,
      hasNextPage,
    };
  }

  /** The lexemes a query looks for, to mark words when no engine fragment can be placed. */
  private async stemsOf(tsText: string): Promise<string[]> {
    const [row] = await this.dataSource.query<{ lexemes: string[] }[]>(
      `SELECT array(SELECT DISTINCT m[1] FROM regexp_matches(
         (to_tsquery('serbian', $1) || to_tsquery('english', $1))::text, '''([^'']+)''', 'g') m) AS lexemes`,
      [tsText],
    );
    return row.lexemes;
  }

  private toHit(row: HitRow, stems: string[]): SearchHit {
    const original = row.text;
    const snippet =
      (row.headline && restoreSnippet(row.headline, original)) ||
      highlightWords(original || row.title || row.display_title, stems);
    return {
      type: row.type,
      id: row.id,
      title: row.title || row.display_title,
      snippet,
      networkIds: row.network_ids,
      organisationId: row.organisation_id,
      kind: row.kind,
      language: row.language,
      date: row.date ? new Date(row.date) : null,
      score: Number(row.score),
    };
  }

  private toFacets(row: ResultRow): SearchFacets {
    return {
      types: row.types ?? [],
      networkIds: row.networks ?? [],
      organisationIds: row.organisations ?? [],
      kinds: row.kinds ?? [],
      years: row.years ?? [],
      languages: row.languages ?? [],
    };
  }

  private accessClause(scope: ReadScope, params: Params): string {
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

  private filterClauses(filter: SearchFilter, params: Params): string[] {
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

  async similar(ref: ItemRef, scope: ReadScope, first: number): Promise<SearchHit[]> {
    const params = new Params();
    const type = params.p(ref.type);
    const id = params.p(ref.id);
    const access = this.accessClause(scope, params);
    const rows = await this.dataSource.query<HitRow[]>(
      `WITH source AS (
         SELECT i.tsv FROM search.items i WHERE i.type = ${type} AND i.id = ${id}::uuid
           AND NOT i.removed AND ${access}
       ),
       q AS (
         SELECT string_agg(quote_literal(l), ' | ')::tsquery AS query
         FROM (SELECT l FROM source, unnest(tsvector_to_array(ts_filter(source.tsv, '{a,b}'))) l
               WHERE length(l) >= 3 LIMIT 40) words
       )
       SELECT i.type, i.id, i.title, i.display_title, i.summary, left(i.summary, 300) AS text,
              NULL AS headline, i.network_ids, i.organisation_id, i.kind, i.language, i.date,
              round(ts_rank(i.tsv, q.query)::numeric, 6) AS score
       FROM search.items i, q
       WHERE q.query IS NOT NULL AND i.tsv @@ q.query AND i.type = 'DOCUMENT'
         AND NOT (i.type = ${type} AND i.id = ${id}::uuid) AND NOT i.removed AND ${access}
       ORDER BY score DESC, i.id LIMIT ${params.p(first)}`,
      params.values,
    );
    return rows.map((row) => this.toHit(row, []));
  }

  async beginGeneration(): Promise<IndexGeneration> {
    const id = await this.generations.begin(async (manager, next) => {
      await manager.query(`SELECT search.create_items_table($1)`, [next]);
    });
    return {
      id,
      upsert: (items) =>
        this.dataSource.transaction((manager) => this.upsertInto(manager, id, items)),
      activate: async () => {
        await this.dataSource.query(`ANALYZE search.items_g${id}`);
        await this.generations.activate(id, async (manager, previous) => {
          await manager.query(
            `CREATE OR REPLACE VIEW search.items AS SELECT * FROM search.items_g${id}`,
          );
          await manager.query(`DROP TABLE search.items_g${previous}`);
        });
      },
      discard: () =>
        this.generations.discard(id, (manager) =>
          manager.query(`DROP TABLE IF EXISTS search.items_g${id}`).then(() => undefined),
        ),
    };
  }

  /** For tests and the bench: the folded form of a text, by the SQL function. */
  async fold(texts: string[], tx?: Tx): Promise<string[]> {
    const rows = await managerOf(this.dataSource, tx).query<{ folded: string }[]>(
      `SELECT search.fold(t) AS folded FROM unnest($1::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n`,
      [texts],
    );
    return rows.map((row) => row.folded);
  }
}
