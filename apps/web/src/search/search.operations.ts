import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';

export type SearchHitType = 'THREAD' | 'POST' | 'NETWORK_POST' | 'DOCUMENT' | 'PERSON' | 'NETWORK';
export const SEARCH_HIT_TYPES: readonly SearchHitType[] = [
  'DOCUMENT',
  'THREAD',
  'POST',
  'NETWORK_POST',
  'PERSON',
  'NETWORK',
];

export interface SearchHit {
  __typename?: 'SearchHit';
  type: SearchHitType;
  id: string;
  title: string;
  /** HTML-escaped text with the matched words in `<mark>`: render with `SearchSnippet`. */
  snippet: string;
  network: { __typename?: 'SearchNetwork'; id: string; name: string; slug: string } | null;
  organisationId: string | null;
  kind: string | null;
  language: string;
  date: string | null;
  /** The thread of a THREAD or POST hit. */
  threadId: string | null;
}

export interface FacetCount {
  __typename?: 'SearchFacetCount';
  value: string;
  count: number;
}

export interface SearchFacets {
  __typename?: 'SearchFacets';
  types: FacetCount[];
  networkIds: FacetCount[];
  organisationIds: FacetCount[];
  kinds: FacetCount[];
  years: FacetCount[];
  languages: FacetCount[];
}

export interface SearchFilter {
  types?: SearchHitType[];
  networkIds?: string[];
  organisationIds?: string[];
  kinds?: string[];
  years?: number[];
  languages?: ('sr' | 'en')[];
}

const HIT_FIELDS = gql`
  fragment SearchHitFields on SearchHit {
    type
    id
    title
    snippet
    network {
      id
      name
      slug
    }
    organisationId
    kind
    language
    date
    threadId
  }
`;

/** The suggestions under the header's search box: a few hits, no facets. */
export const SEARCH_SUGGESTIONS: TypedDocumentNode<
  { search: { nodes: SearchHit[]; total: number } },
  { query: string; first: number }
> = gql`
  query SearchSuggestions($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      nodes {
        ...SearchHitFields
      }
      total
    }
  }
  ${HIT_FIELDS}
`;

export const SEARCH: TypedDocumentNode<
  {
    search: {
      nodes: SearchHit[];
      /** A lower bound when `totalIsExact` is false, and so are the facet counts. */
      total: number;
      totalIsExact: boolean;
      facets: SearchFacets;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  },
  { query: string; filter: SearchFilter; first: number; after?: string | null }
> = gql`
  query Search($query: String!, $filter: SearchFilterInput, $first: Int!, $after: String) {
    search(query: $query, filter: $filter, first: $first, after: $after) {
      nodes {
        ...SearchHitFields
      }
      total
      totalIsExact
      facets {
        types {
          value
          count
        }
        networkIds {
          value
          count
        }
        organisationIds {
          value
          count
        }
        kinds {
          value
          count
        }
        years {
          value
          count
        }
        languages {
          value
          count
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${HIT_FIELDS}
`;

/** A document like another one: enough to name and link it. */
export type SimilarDocument = Pick<
  SearchHit,
  '__typename' | 'type' | 'id' | 'title' | 'kind' | 'date'
>;

/**
 * Documents like this one that the viewer may read. Without the snippet: a hit's snippet in the
 * cache is the search page's, with the matched words marked.
 */
export const SIMILAR_DOCUMENTS: TypedDocumentNode<
  { similarDocuments: SimilarDocument[] },
  { documentId: string; first: number }
> = gql`
  query SimilarDocuments($documentId: ID!, $first: Int!) {
    similarDocuments(documentId: $documentId, first: $first) {
      type
      id
      title
      kind
      date
    }
  }
`;

/** Where a hit opens in the app. */
export function hitPath(
  hit: Pick<SearchHit, 'type' | 'id' | 'title' | 'network' | 'threadId'>,
): string {
  switch (hit.type) {
    case 'DOCUMENT':
      return `/library/documents/${hit.id}`;
    case 'THREAD':
      return `/threads/${hit.id}`;
    case 'POST':
      if (hit.threadId) return `/threads/${hit.threadId}#post-${hit.id}`;
      return hit.network ? `/networks/${hit.network.slug}?tab=threads` : '/networks';
    case 'NETWORK_POST':
      return hit.network ? `/networks/${hit.network.slug}` : '/networks';
    case 'NETWORK':
      return hit.network ? `/networks/${hit.network.slug}` : '/networks';
    case 'PERSON':
      return `/directory?q=${encodeURIComponent(hit.title)}`;
  }
}
