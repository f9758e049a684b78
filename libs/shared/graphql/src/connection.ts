import type { Type } from '@nestjs/common';
import { Directive, Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'Where a page of a list ends; pass `endCursor` as `after` for the next.',
})
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

export interface ConnectionShape<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** A cursor-paginated list type, e.g. `Connection(User)` → `UserConnection`. */
export function Connection<T>(node: Type<T>): Type<ConnectionShape<T>> {
  @ObjectType(`${node.name.replace(/Object$/, '')}Connection`, { isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType as Type<ConnectionShape<T>>;
}

/** Maps a repository page to a connection. */
export function toConnection<R, T>(
  page: { items: R[]; endCursor: string | null; hasNextPage: boolean },
  map: (row: R) => T,
): ConnectionShape<T> {
  return {
    nodes: page.items.map(map),
    pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
  };
}
