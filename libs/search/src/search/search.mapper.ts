import type { FacetCount, SearchFacets } from '../engine/search-engine';
import type { NamedHit } from './search.service';
import type { SearchFacetsObject, SearchHitObject } from './search.object';
import { SearchHitType } from './search.object';

export const toSearchHitObject = (hit: NamedHit): SearchHitObject => ({
  type: SearchHitType[hit.type],
  id: hit.id,
  title: hit.title,
  snippet: hit.snippet,
  network: hit.network,
  organisationId: hit.organisationId,
  kind: hit.kind,
  language: hit.language,
  date: hit.date,
  score: hit.score,
  threadId: hit.threadId,
});

const counts = (facets: FacetCount[]) => facets.map(({ value, count }) => ({ value, count }));

export const toFacetsObject = (facets: SearchFacets): SearchFacetsObject => ({
  types: counts(facets.types),
  networkIds: counts(facets.networkIds),
  organisationIds: counts(facets.organisationIds),
  kinds: counts(facets.kinds),
  years: counts(facets.years),
  languages: counts(facets.languages),
});
