import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { ReadScopes } from '../access/read-scope';
import type { SearchEngine, SearchFilter, SearchHit, SearchResult } from '../engine/search-engine';
import { SEARCH_ENGINE } from '../engine/search-engine';
import { ReplicaRepository } from '../replicas/replica.repository';

export interface HitNetwork {
  id: string;
  name: string;
  slug: string;
}

export type NamedHit = SearchHit & { network: HitNetwork | null };

/**
 * Search as a viewer: the scope of what they may read is resolved first and handed to the
 * engine, which filters inside the query, so hits, snippets, totals and facet counts never
 * include anything else.
 */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly scopes: ReadScopes,
    private readonly replicas: ReplicaRepository,
  ) {}

  async search(
    viewer: AuthUser | undefined,
    query: string,
    filter: SearchFilter,
    first: number,
    after?: string,
  ): Promise<Omit<SearchResult, 'hits'> & { hits: NamedHit[] }> {
    const scope = await this.scopes.of(viewer);
    const result = await this.engine.search({ query, filter, scope, first, after });
    return {
      ...result,
      hits: await this.named(result.hits, scope.staff ? null : scope.readableNetworkIds),
    };
  }

  async similarDocuments(viewer: AuthUser | undefined, documentId: string, first: number) {
    const scope = await this.scopes.of(viewer);
    const hits = await this.engine.similar({ type: 'DOCUMENT', id: documentId }, scope, first);
    return this.named(hits, scope.staff ? null : scope.readableNetworkIds);
  }

  /** Names each hit's first network the viewer may read (all of them for staff). */
  private async named(hits: SearchHit[], readable: string[] | null): Promise<NamedHit[]> {
    const names = await this.replicas.networkNames([...new Set(hits.flatMap((h) => h.networkIds))]);
    const allowed = readable ? new Set(readable) : null;
    return hits.map((hit) => {
      const networkId = hit.networkIds.find(
        (id) => !allowed || allowed.has(id) || hit.type === 'NETWORK',
      );
      const name = networkId ? names.get(networkId) : undefined;
      return { ...hit, network: networkId && name ? { id: networkId, ...name } : null };
    });
  }
}
