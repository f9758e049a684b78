import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@mreza/shared/graphql';

export enum SearchHitType {
  THREAD = 'THREAD',
  POST = 'POST',
  NETWORK_POST = 'NETWORK_POST',
  DOCUMENT = 'DOCUMENT',
  PERSON = 'PERSON',
  NETWORK = 'NETWORK',
}

registerEnumType(SearchHitType, {
  name: 'SearchHitType',
  description:
    'A discussion thread, a discussion post (opening or reply), a network feed post, a library document, a person, a network.',
});

@ObjectType('SearchNetwork', { description: 'The network a hit belongs to, by name.' })
export class SearchNetworkObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  slug!: string;
}

@ObjectType('SearchHit')
export class SearchHitObject {
  @Field(() => SearchHitType)
  type!: SearchHitType;

  @Field(() => ID, { description: 'The id of the thread, post, document, person or network.' })
  id!: string;

  @Field({ description: "The item's title (a post shows its thread's)." })
  title!: string;

  @Field({
    description:
      'An excerpt as written (Cyrillic stays Cyrillic), HTML-escaped, with the matched words in <mark>.',
  })
  snippet!: string;

  @Field(() => SearchNetworkObject, { nullable: true })
  network!: SearchNetworkObject | null;

  @Field(() => ID, { nullable: true })
  organisationId!: string | null;

  @Field(() => String, { nullable: true, description: 'Announcement or post; a document kind.' })
  kind!: string | null;

  @Field()
  language!: string;

  @Field(() => Date, { nullable: true })
  date!: Date | null;

  @Field(() => Float)
  score!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The discussion thread of a THREAD or POST hit (a reply links to its place).',
  })
  threadId!: string | null;
}

@ObjectType('SearchFacetCount')
export class FacetCountObject {
  @Field()
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SearchFacets', {
  description:
    'How many readable hits have each value, with the filter applied ("at least" when the total is not exact).',
})
export class SearchFacetsObject {
  @Field(() => [FacetCountObject])
  types!: FacetCountObject[];

  @Field(() => [FacetCountObject])
  networkIds!: FacetCountObject[];

  @Field(() => [FacetCountObject])
  organisationIds!: FacetCountObject[];

  @Field(() => [FacetCountObject])
  kinds!: FacetCountObject[];

  @Field(() => [FacetCountObject])
  years!: FacetCountObject[];

  @Field(() => [FacetCountObject])
  languages!: FacetCountObject[];
}

@ObjectType('SearchResults')
export class SearchResultsObject {
  @Field(() => [SearchHitObject])
  nodes!: SearchHitObject[];

  @Field(() => Int, {
    description:
      'How many readable items match, with the filter applied; "at least" when totalIsExact is false.',
  })
  total!: number;

  @Field({
    description:
      'Whether total and the facet counts count every match. A very common query counts (and ranks) only its newest matches, up to a limit: then they are lower bounds ("1,000+"), and paging ends at that limit.',
  })
  totalIsExact!: boolean;

  @Field(() => SearchFacetsObject)
  facets!: SearchFacetsObject;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
