import type { Tx } from '@mreza/shared/database';

/** What the index holds: discussion threads and replies, network posts, library documents, people, networks. */
export type SearchItemType = 'THREAD' | 'POST' | 'NETWORK_POST' | 'DOCUMENT' | 'PERSON' | 'NETWORK';

export const SEARCH_ITEM_TYPES: readonly SearchItemType[] = [
  'THREAD',
  'POST',
  'NETWORK_POST',
  'DOCUMENT',
  'PERSON',
  'NETWORK',
];

/**
 * Who may read an item:
 * - `PUBLIC`: everyone, anonymous callers included (public library documents);
 * - `SIGNED_IN`: anyone signed in (people, networks, documents for all members);
 * - `NETWORK`: readers of one of `networkIds` — anyone signed in for an open network, members
 *   (and staff) for a closed one (discussions and network posts);
 * - `NETWORK_MEMBERS`: members of one of `networkIds`, and staff (NETWORK library documents).
 */
export type SearchAccess = 'PUBLIC' | 'SIGNED_IN' | 'NETWORK' | 'NETWORK_MEMBERS';

/** Text search configurations: Serbian stemming for Serbian (and regional) text, English for English. */
export type SearchLanguage = 'sr' | 'en';

/** One searchable item as the indexer hands it to an engine. Text fields are the originals. */
export interface IndexItem {
  type: SearchItemType;
  id: string;
  /** Weighted highest. */
  title: string;
  /** What a hit shows as its title when `title` is not searchable (a reply shows its thread's). */
  displayTitle?: string;
  /** Weighted second: a summary, tags, names in other scripts, a position and expertise. */
  summary: string;
  /** Weighted third. `undefined` keeps the body the index already holds (metadata-only updates). */
  body?: string;
  language: SearchLanguage;
  access: SearchAccess;
  networkIds: string[];
  organisationId: string | null;
  /** The sort of item within its type: POST/ANNOUNCEMENT, a document kind. */
  kind: string | null;
  year: number | null;
  date: Date | null;
  /** A reply's thread, so thread changes reach its replies. */
  parentId: string | null;
  /** When the change this item reflects happened: an older write never replaces a newer one. */
  sourceAt: Date;
}

export interface ItemRef {
  type: SearchItemType;
  id: string;
}

/** What the asking user may read, resolved from the replicas before a query. */
export interface ReadScope {
  signedIn: boolean;
  /** Staff and administrators read everything but withdrawn content. */
  staff: boolean;
  /** Open networks and the viewer's own: discussions and network posts there are readable. */
  readableNetworkIds: string[];
  /** Networks the viewer is an active member of. */
  memberNetworkIds: string[];
}

export const ANONYMOUS_SCOPE: ReadScope = {
  signedIn: false,
  staff: false,
  readableNetworkIds: [],
  memberNetworkIds: [],
};

export interface SearchFilter {
  types?: SearchItemType[];
  networkIds?: string[];
  organisationIds?: string[];
  kinds?: string[];
  years?: number[];
  languages?: SearchLanguage[];
}

export interface SearchRequest {
  query: string;
  filter: SearchFilter;
  scope: ReadScope;
  first: number;
  after?: string;
}

export interface SearchHit {
  type: SearchItemType;
  id: string;
  title: string;
  /** An excerpt of the original text, HTML-escaped, with matched words in `<mark>`. */
  snippet: string;
  networkIds: string[];
  organisationId: string | null;
  kind: string | null;
  language: SearchLanguage;
  date: Date | null;
  score: number;
  /** The discussion thread of a THREAD or POST hit, to link a reply to its place. */
  threadId: string | null;
}

/** A thread is its own thread; a post's is its parent. */
export const threadIdOf = (type: SearchItemType, id: string, parentId: string | null) =>
  type === 'THREAD' ? id : type === 'POST' ? parentId : null;

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  types: FacetCount[];
  networkIds: FacetCount[];
  organisationIds: FacetCount[];
  kinds: FacetCount[];
  years: FacetCount[];
  languages: FacetCount[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many readable items match; a lower bound when `totalIsExact` is false. */
  total: number;
  /**
   * Whether `total` and the facet counts count every match. An engine that bounds the work of
   * a very common query counts only the matches it looked at: then they are "at least".
   */
  totalIsExact: boolean;
  facets: SearchFacets;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** A generation of the index being built by a reindex, switched to when complete. */
export interface IndexGeneration {
  readonly id: number;
  upsert(items: IndexItem[]): Promise<void>;
  /** Makes this generation the one searched and retires the previous one, atomically. */
  activate(): Promise<void>;
  /** Abandons it (a failed reindex); the active generation stays. */
  discard(): Promise<void>;
}

/**
 * A search engine behind the index: PostgreSQL full-text search (the default) or Meilisearch.
 * Writes take the consumer's transaction where the engine can join it (PostgreSQL); an engine
 * that cannot is idempotent, so a retried event writes the same again.
 */
export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Prepares the engine (settings, indexes) at start. */
  init(): Promise<void>;
  upsert(items: IndexItem[], tx?: Tx): Promise<void>;
  /** Withdraws items; a later write older than `at` does not bring them back. */
  remove(refs: ItemRef[], at: Date, tx?: Tx): Promise<void>;
  /** A thread changed: its replies follow its title, network and readability. */
  updateChildren(
    parentId: string,
    change: { displayTitle: string; networkIds: string[]; hidden: boolean },
    tx?: Tx,
  ): Promise<void>;
  /** Withdraws a thread's replies with it. */
  removeChildren(parentId: string, at: Date, tx?: Tx): Promise<void>;
  /**
   * Replaces only the body of an item (a document's extracted text). A removed item keeps it
   * unsearchable, for when a newer upsert brings the item back (a restored document: its
   * events may come in either order). False when the index does not know the item yet.
   */
  setBody(ref: ItemRef, body: string, tx?: Tx): Promise<boolean>;
  search(request: SearchRequest): Promise<SearchResult>;
  /** Documents like the given one, among those the scope may read. */
  similar(ref: ItemRef, scope: ReadScope, first: number): Promise<SearchHit[]>;
  /** Starts a new generation for a reindex; writes meanwhile go to it and to the active one. */
  beginGeneration(): Promise<IndexGeneration>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

export const emptyFacets = (): SearchFacets => ({
  types: [],
  networkIds: [],
  organisationIds: [],
  kinds: [],
  years: [],
  languages: [],
});
