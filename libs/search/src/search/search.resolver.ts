import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser, Public } from '@mreza/shared/auth';
import { IdArg } from '@mreza/shared/graphql';
import type { SearchItemType } from '../engine/search-engine';
import { SearchArgs } from './search.inputs';
import { toFacetsObject, toSearchHitObject } from './search.mapper';
import { SearchHitObject, SearchResultsObject } from './search.object';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Public()
  @Query(() => SearchResultsObject, {
    description:
      'Threads, posts, network posts, documents, people and networks the caller may read; anonymous callers find public documents.',
  })
  async search(
    @CurrentUser() viewer: AuthUser | undefined,
    @Args() { query, filter, first, after }: SearchArgs,
  ): Promise<SearchResultsObject> {
    const result = await this.service.search(
      viewer,
      query,
      { ...filter, types: filter?.types as SearchItemType[] | undefined },
      first,
      after,
    );
    return {
      nodes: result.hits.map(toSearchHitObject),
      total: result.total,
      totalIsExact: result.totalIsExact,
      facets: toFacetsObject(result.facets),
      pageInfo: { endCursor: result.endCursor, hasNextPage: result.hasNextPage },
    };
  }

  @Public()
  @Query(() => [SearchHitObject], {
    description: 'Library documents like this one, among those the caller may read.',
  })
  async similarDocuments(
    @CurrentUser() viewer: AuthUser | undefined,
    @IdArg('documentId') documentId: string,
    @Args('first', { type: () => Int, defaultValue: 5 }) first: number,
  ): Promise<SearchHitObject[]> {
    const hits = await this.service.similarDocuments(
      viewer,
      documentId,
      Math.min(Math.max(first, 1), 20),
    );
    return hits.map(toSearchHitObject);
  }
}
