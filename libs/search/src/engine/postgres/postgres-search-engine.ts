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
  SearchHit,
  SearchItemType,
  SearchLanguage,
  SearchRequest,
  SearchResult,
} from '../search-engine';
import { emptyFacets, threadIdOf } from '../search-engine';
import { highlightWords, restoreSnippet } from '../snippet';
import type { Cursor, Match } from './search-statement';
import { Params, accessClause, searchStatement } from './search-statement';
import { toTsQueryText } from './tsquery';

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
  parent_id: string | null;
}

interface ResultRow {
  total: number;
  exact: boolean;
  more: boolean;
  stems: string[] | null;
  hits: HitRow[] | null;
  types: FacetCount[] | null;
  networks: FacetCount[] | null;
  organisations: FacetCount[] | null;
  kinds: FacetCount[] | null;
  years: FacetCount[] | null;
  languages: FacetCount[] | null;
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

  async setBody(ref: ItemRef, body: string, tx?: Tx): Promise<boolean> {
    return this.generations.write(tx, async (manager, ids) => {
      let known = false;
      for (const id of ids) {
        const [{ found }] = await manager.query(
          `WITH updated AS (UPDATE search.items_g${id} SET body = $3
             WHERE type = $1 AND id = $2 RETURNING 1)
           SELECT EXISTS (SELECT 1 FROM updated) AS found`,
          [ref.type, ref.id, body],
        );
        known ||= found;
      }
      return known;
    });
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const parsed = parseQuery(request.query);
    if (isEmptyQuery(parsed)) {
      return {
        hits: [],
        total: 0,
        totalIsExact: true,
        facets: emptyFacets(),
        endCursor: null,
        hasNextPage: false,
      };
    }
    const tsText = toTsQueryText(parsed);
    const exact = await this.run(request, { mode: 'words', tsText });
    if (exact.total > 0 || parsed.phrases.length > 0 || parsed.excluded.length > 0) return exact;
    // Nothing matched word for word: a misspelt word may still be close to a title's.
    return this.run(request, { mode: 'typos', terms: parsed.terms });
  }

  private async run(request: SearchRequest, match: Match): Promise<SearchResult> {
    const { settings, sql, values } = searchStatement(request, match, decodeCursor(request.after));
    const [row] = await this.dataSource.transaction(async (manager) => {
      await manager.query(settings);
      return manager.query<ResultRow[]>(sql, values);
    });
    const stems = row.stems ?? (match.mode === 'typos' ? match.terms : []);
    const page = row.hits ?? [];
    const hits = page.map((hit) => this.toHit(hit, stems));
    const last = page[page.length - 1];
    return {
      hits,
      total: row.total,
      totalIsExact: row.exact,
      facets: this.toFacets(row),
      endCursor: last ? encodeCursor({ s: String(last.score), t: last.type, i: last.id }) : null,
      hasNextPage: row.more,
    };
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
      threadId: threadIdOf(row.type, row.id, row.parent_id),
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

  async similar(ref: ItemRef, scope: ReadScope, first: number): Promise<SearchHit[]> {
    const params = new Params();
    const type = params.p(ref.type);
    const id = params.p(ref.id);
    const access = accessClause(scope, params);
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
              i.parent_id,
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
