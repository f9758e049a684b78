import type { DomainEvent } from '@mreza/shared/events';
import type { NetworkPostEntity } from './post.entity';

/*
 * Events of network feeds. To move to `@mreza/shared/events` contracts; consumers to come:
 * search (index posts; a closed network's posts only for its members), notifications
 * (announcements), and read models of the home feed.
 */

export type PostKindName = 'POST' | 'ANNOUNCEMENT';
export type PostReactionName = 'LIKE' | 'INSIGHTFUL' | 'THANKS' | 'AGREE';

/** A post as consumers see it: the body only as a short plain excerpt. */
export interface PostSnapshot {
  postId: string;
  networkId: string;
  authorId: string;
  kind: PostKindName;
  pinned: boolean;
  /** The first {@link EXCERPT_LENGTH} characters of the Markdown, whitespace collapsed. */
  excerpt: string;
  /** Who did it: the author on creation, the coordinator or author on pin and delete. */
  actorId: string;
}

/** A member posted, or a coordinator published an announcement (`kind: 'ANNOUNCEMENT'`). */
export type PostCreatedV1 = DomainEvent<'networks.post.created', PostSnapshot>;
export type PostPinnedV1 = DomainEvent<'networks.post.pinned', PostSnapshot>;
export type PostUnpinnedV1 = DomainEvent<'networks.post.unpinned', PostSnapshot>;
/** Soft-deleted: consumers drop it from indexes and feeds. */
export type PostDeletedV1 = DomainEvent<'networks.post.deleted', PostSnapshot>;

export interface PostReactionPayload {
  postId: string;
  networkId: string;
  userId: string;
  reaction: PostReactionName;
}

export type PostReactionAddedV1 = DomainEvent<'networks.post.reaction-added', PostReactionPayload>;
export type PostReactionRemovedV1 = DomainEvent<
  'networks.post.reaction-removed',
  PostReactionPayload
>;

export type FeedEvent =
  | PostCreatedV1
  | PostPinnedV1
  | PostUnpinnedV1
  | PostDeletedV1
  | PostReactionAddedV1
  | PostReactionRemovedV1;

export const EXCERPT_LENGTH = 280;

export const excerptOf = (body: string): string => {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1)}…`;
};

export const postEvent = <T extends PostCreatedV1 | PostPinnedV1 | PostUnpinnedV1 | PostDeletedV1>(
  type: T['type'],
  post: NetworkPostEntity,
  actorId: string,
): T =>
  ({
    type,
    version: 1,
    payload: {
      postId: post.id,
      networkId: post.networkId,
      authorId: post.authorId,
      kind: post.kind,
      pinned: post.pinned,
      excerpt: excerptOf(post.body),
      actorId,
    },
  }) as T;

export const reactionEvent = (
  type: (PostReactionAddedV1 | PostReactionRemovedV1)['type'],
  post: Pick<NetworkPostEntity, 'id' | 'networkId'>,
  userId: string,
  reaction: PostReactionName,
): PostReactionAddedV1 | PostReactionRemovedV1 => ({
  type,
  version: 1,
  payload: { postId: post.id, networkId: post.networkId, userId, reaction },
});
