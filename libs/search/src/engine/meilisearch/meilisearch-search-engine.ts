import { MeiliSearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { foldSerbian } from '@mreza/shared/text';
import { GenerationRegistry } from '../generation-registry';
import { isEmptyQuery, parseQuery, positiveWords } from '../query-parser';
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
import { emptyFacets, threadIdOf } from '../search-engine';
import { HIGHLIGHT_END, HIGHLIGHT_START, highlightWords, restoreSnippet } from '../snippet';

/** A document in Meilisearch: the originals to show, the folded twins to search. */
interface MeiliDocument {
  key: string;
  type: SearchItemType;
  id: string;
  title: string;
  displayTitle: string;
  summary: string;
  body: string;
  titleFolded: string;
  summaryFolded: string;
  bodyFolded: string;
  language: SearchLanguage;
  access: string;
  networkIds: string[];
  organisationId: string | null;
  kind: string | null;
  year: number | null;
  date: number | null;
  parentId: string | null;
  parentHidden: boolean;
  removed: boolean;
  sourceAt: number;
}

const FACETS = ['type', 'networkIds', 'organisationId', 'kind', 'year', 'language'] as const;

const SETTINGS = {
  // The order is the weight: title, then summary, then body.
  searchableAttributes: ['titleFolded', 'displayTitle', 'summaryFolded', 'bodyFolded'],
  filterableAttributes: [...FACETS, 'access', 'removed', 'parentId', 'parentHidden', 'key'],
  sortableAttributes: ['date'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 200 },
};

const keyOf = (ref: ItemRef) => `${ref.type}-${ref.id}`;
const quote = (value: string) => `"${value.replace(/["\\]/g, '')}"`;
const list = (values: (string | number)[]) =>
  `[${values.map((value) => (typeof value === 'number' ? value : quote(value))).join(', ')}]`;

function toDocument(item: IndexItem, body: string): MeiliDocument {
  return {
    key: keyOf(item),
    type: item.type,
    id: item.id,
    title: item.title,
    displayTitle: item.displayTitle ?? '',
    summary: item.summary,
    body,
    // One normaliser for every engine: the same `foldSerbian` that folds the queries.
    titleFolded: foldSerbian(item.title),
    summaryFolded: foldSerbian(item.summary),
    bodyFolded: foldSerbian(body),
    language: item.language,
    access: item.access,
    networkIds: item.networkIds,
    organisationId: item.organisationId,
    kind: item.kind,
    year: item.year,
    date: item.date?.getTime() ?? null,
    parentId: item.parentId,
    parentHidden: false,
    removed: false,
    sourceAt: item.sourceAt.getTime(),
  };
}

/**
 * Meilisearch, for large installations (`MEILISEARCH_URL`). Meilisearch folds Latin diacritics
 * but does not transliterate Cyrillic, so every text field has a twin folded by `foldSerbian`,
 * the same function that folds queries; searches run on the twins, snippets show the
 * originals. It has no stemming: prefix matching and typo tolerance stand in for it. Which
 * generation of the index is live is kept in PostgreSQL with the rest of the service's state.
 */
export class MeilisearchSearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: MeiliSearch;
  private readonly generations: GenerationRegistry;

  constructor(dataSource: DataSource, options: { url: string; apiKey?: string; prefix?: string }) {
    this.client = new MeiliSearch({ host: options.url, apiKey: options.apiKey });
    this.generations = new GenerationRegistry(dataSource);
    this.prefix = options.prefix ?? 'mreza_items';
  }

  private readonly prefix: string;

  private uid(generation: number) {
    return `${this.prefix}_g${generation}`;
  }

  private index(generation: number) {
    return this.client.index<MeiliDocument>(this.uid(generation));
  }

  async init(): Promise<void> {
    await this.prepare(await this.generations.active());
  }

  private async prepare(generation: number): Promise<void> {
    await this.client
      .createIndex(this.uid(generation), { primaryKey: 'key' })
      .waitTask()
      .catch(() => undefined); // it exists
    await this.index(generation).updateSettings(SETTINGS).waitTask();
  }

  private async existing(generation: number, keys: string[]): Promise<Map<string, MeiliDocument>> {
    if (keys.length === 0) return new Map();
    const { results } = await this.index(generation).getDocuments({
      filter: `key IN ${list(keys)}`,
      limit: keys.length,
    });
    return new Map(results.map((doc) => [doc.key, doc]));
  }

  private async upsertInto(generation: number, items: IndexItem[]): Promise<void> {
    const current = await this.existing(generation, items.map(keyOf));
    const documents = items
      .filter((item) => {
        const before = current.get(keyOf(item));
        return !before || before.sourceAt <= item.sourceAt.getTime();
      })
      .map((item) => toDocument(item, item.body ?? current.get(keyOf(item))?.body ?? ''));
    if (documents.length > 0) await this.index(generation).addDocuments(documents).waitTask();
  }

  async upsert(items: IndexItem[], tx?: Tx): Promise<void> {
    if (items.length === 0) return;
    await this.generations.write(tx, async (_, ids) => {
      for (const id of ids) await this.upsertInto(id, items);
    });
  }

  async remove(refs: ItemRef[], at: Date, tx?: Tx): Promise<void> {
    if (refs.length === 0) return;
    await this.generations.write(tx, async (_, ids) => {
      for (const id of ids) {
        const current = await this.existing(id, refs.map(keyOf));
        const tombstones = refs
          .filter((ref) => (current.get(keyOf(ref))?.sourceAt ?? 0) <= at.getTime())
          .map((ref) => ({
            ...toDocument(
              {
                ...ref,
                title: '',
                summary: '',
                language: 'sr',
                access: 'PUBLIC',
                networkIds: [],
                organisationId: null,
                kind: null,
                year: null,
                date: null,
                parentId: null,
                sourceAt: at,
              },
              '',
            ),
            removed: true,
          }));
        if (tombstones.length > 0) await this.index(id).addDocuments(tombstones).waitTask();
      }
    });
  }

  private async children(generation: number, parentId: string): Promise<MeiliDocument[]> {
    const { results } = await this.index(generation).getDocuments({
      filter: `parentId = ${quote(parentId)}`,
      limit: 10_000,
    });
    return results;
  }

  async updateChildren(
    parentId: string,
    change: { displayTitle: string; networkIds: string[]; hidden: boolean },
    tx?: Tx,
  ): Promise<void> {
    await this.generations.write(tx, async (_, ids) => {
      for (const id of ids) {
        const updates = (await this.children(id, parentId)).map((doc) => ({
          key: doc.key,
          displayTitle: change.displayTitle,
          networkIds: change.networkIds,
          parentHidden: change.hidden,
        }));
        if (updates.length > 0) await this.index(id).updateDocuments(updates).waitTask();
      }
    });
  }

  async removeChildren(parentId: string, at: Date, tx?: Tx): Promise<void> {
    await this.generations.write(tx, async (_, ids) => {
      for (const id of ids) {
        const updates = (await this.children(id, parentId)).map((doc) => ({
          key: doc.key,
          removed: true,
          body: '',
          bodyFolded: '',
          sourceAt: Math.max(doc.sourceAt, at.getTime()),
        }));
        if (updates.length > 0) await this.index(id).updateDocuments(updates).waitTask();
      }
    });
  }

  async setBody(ref: ItemRef, body: string, tx?: Tx): Promise<boolean> {
    return this.generations.write(tx, async (_, ids) => {
      let known = false;
      for (const id of ids) {
        const current = (await this.existing(id, [keyOf(ref)])).get(keyOf(ref));
        if (!current) continue;
        known = true;
        await this.index(id)
          .updateDocuments([{ key: current.key, body, bodyFolded: foldSerbian(body) }])
          .waitTask();
      }
      return known;
    });
  }

  private accessFilter(scope: ReadScope): string {
    if (scope.signedIn && scope.staff) return 'removed = false';
    const rules = ['access = "PUBLIC"'];
    if (scope.signedIn) {
      rules.push('access = "SIGNED_IN"');
      if (scope.readableNetworkIds.length > 0) {
        rules.push(`(access = "NETWORK" AND networkIds IN ${list(scope.readableNetworkIds)})`);
      }
      if (scope.memberNetworkIds.length > 0) {
        rules.push(
          `(access = "NETWORK_MEMBERS" AND networkIds IN ${list(scope.memberNetworkIds)})`,
        );
      }
    }
    return `removed = false AND (${rules.join(' OR ')})`;
  }

  private filters(filter: SearchFilter): string[] {
    const clauses: string[] = [];
    if (filter.types?.length) clauses.push(`type IN ${list(filter.types)}`);
    if (filter.networkIds?.length) clauses.push(`networkIds IN ${list(filter.networkIds)}`);
    if (filter.organisationIds?.length) {
      clauses.push(`organisationId IN ${list(filter.organisationIds)}`);
    }
    if (filter.kinds?.length) clauses.push(`kind IN ${list(filter.kinds)}`);
    if (filter.years?.length) clauses.push(`year IN ${list(filter.years)}`);
    if (filter.languages?.length) clauses.push(`language IN ${list(filter.languages)}`);
    return clauses;
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
    // Meilisearch's own syntax: "phrases", -exclusions, the last word a prefix unless a space follows.
    const text = [
      ...parsed.terms,
      ...parsed.phrases.map((words) => `"${words.join(' ')}"`),
      ...parsed.excluded.map((words) =>
        words.length === 1 ? `-${words[0]}` : `-"${words.join(' ')}"`,
      ),
    ].join(' ');
    const query = parsed.prefix ? text : `${text} `;
    const offset = Number(/^\d+$/.test(request.after ?? '') ? request.after : 0);
    const filter = [
      this.accessFilter(request.scope),
      'parentHidden = false',
      ...this.filters(request.filter),
    ].join(' AND ');
    const response = await this.index(await this.generations.active()).search(query, {
      filter,
      offset,
      limit: request.first + 1,
      facets: [...FACETS],
      showRankingScore: true,
      matchingStrategy: 'all',
      attributesToCrop: ['bodyFolded', 'summaryFolded'],
      cropLength: 30,
      attributesToHighlight: ['bodyFolded', 'summaryFolded'],
      highlightPreTag: HIGHLIGHT_START,
      highlightPostTag: HIGHLIGHT_END,
    });
    const words = positiveWords(parsed);
    const hits = response.hits.slice(0, request.first).map((hit) => {
      const formatted = (hit._formatted ?? {}) as Partial<MeiliDocument>;
      const [folded, original] = hit.body
        ? [formatted.bodyFolded, hit.body]
        : [formatted.summaryFolded, hit.summary];
      return this.toHit(hit, hit._rankingScore ?? 0, folded, original, words);
    });
    const hasNextPage = response.hits.length > request.first;
    return {
      hits,
      total: response.estimatedTotalHits ?? hits.length,
      // Meilisearch estimates totals (offset/limit paging); a single short page is exact.
      totalIsExact: offset === 0 && !hasNextPage,
      facets: this.toFacets(response.facetDistribution ?? {}, request.scope),
      endCursor: hits.length > 0 ? String(offset + hits.length) : null,
      hasNextPage,
    };
  }

  private toHit(
    doc: MeiliDocument,
    score: number,
    folded: string | undefined,
    original: string,
    words: string[],
  ): SearchHit {
    const snippet =
      (folded && folded.includes(HIGHLIGHT_START) && restoreSnippet(folded, original)) ||
      highlightWords(original || doc.title || doc.displayTitle, words);
    return {
      type: doc.type,
      id: doc.id,
      title: doc.title || doc.displayTitle,
      snippet,
      networkIds: doc.networkIds,
      organisationId: doc.organisationId,
      kind: doc.kind,
      language: doc.language,
      date: doc.date === null ? null : new Date(doc.date),
      score: Math.round(score * 1e6) / 1e6,
      threadId: threadIdOf(doc.type, doc.id, doc.parentId),
    };
  }

  private toFacets(
    distribution: Record<string, Record<string, number>>,
    scope: ReadScope,
  ): SearchFacets {
    const counts = (name: string, keep: (value: string) => boolean = () => true): FacetCount[] =>
      Object.entries(distribution[name] ?? {})
        .filter(([value]) => keep(value))
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    const visible = new Set([...scope.readableNetworkIds, ...scope.memberNetworkIds]);
    const facets = emptyFacets();
    facets.types = counts('type');
    facets.networkIds = counts('networkIds', (id) => scope.staff || visible.has(id));
    facets.organisationIds = counts('organisationId');
    facets.kinds = counts('kind');
    facets.years = counts('year');
    facets.languages = counts('language');
    return facets;
  }

  async similar(ref: ItemRef, scope: ReadScope, first: number): Promise<SearchHit[]> {
    const generation = await this.generations.active();
    const source = (await this.existing(generation, [keyOf(ref)])).get(keyOf(ref));
    if (!source || source.removed) return [];
    const filter = `${this.accessFilter(scope)} AND key = ${quote(source.key)}`;
    const readable = await this.index(generation).search('', { filter, limit: 1 });
    if (readable.hits.length === 0) return [];
    const response = await this.index(generation).search(
      `${source.titleFolded} ${source.summaryFolded}`.slice(0, 500),
      {
        filter: `${this.accessFilter(scope)} AND type = "DOCUMENT" AND key != ${quote(source.key)}`,
        limit: first,
        matchingStrategy: 'last',
        showRankingScore: true,
      },
    );
    return response.hits.map((hit) =>
      this.toHit(hit, hit._rankingScore ?? 0, undefined, hit.summary, []),
    );
  }

  async beginGeneration(): Promise<IndexGeneration> {
    const id = await this.generations.begin(async (_, next) => this.prepare(next));
    return {
      id,
      upsert: (items) => this.upsertInto(id, items),
      activate: async () => {
        const previous = await this.generations.activate(id, async () => undefined);
        await this.client.deleteIndex(this.uid(previous)).waitTask();
      },
      discard: () =>
        this.generations.discard(id, async () => {
          await this.client.deleteIndex(this.uid(id)).waitTask();
        }),
    };
  }
}
