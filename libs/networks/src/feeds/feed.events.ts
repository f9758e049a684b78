import type {
  PostCreatedV1,
  PostDeletedV1,
  PostPinnedV1,
  PostReactionAddedV1,
  PostReactionName,
  PostReactionRemovedV1,
  PostSnapshot,
  PostUnpinnedV1,
  PostUpdatedV1,
} from '@mreza/shared/events';
import { excerptOf } from '@mreza/shared/text';
import type { NetworkPostEntity } from './post.entity';

/** Builders of the feed events (contracts in `@mreza/shared/events`). */
const snapshotOf = (post: NetworkPostEntity, actorId: string): PostSnapshot => ({
  postId: post.id,
  networkId: post.networkId,
  authorId: post.authorId,
  kind: post.kind,
  pinned: post.pinned,
  excerpt: excerptOf(post.body),
  actorId,
});

export const postEvent = <T extends PostPinnedV1 | PostUnpinnedV1 | PostDeletedV1>(
  type: T['type'],
  post: NetworkPostEntity,
  actorId: string,
): T => ({ type, version: 1, payload: snapshotOf(post, actorId) }) as T;

/** A new post or announcement, with its whole body (search indexes it). */
export const postCreatedEvent = (post: NetworkPostEntity, actorId: string): PostCreatedV1 => ({
  type: 'networks.post.created',
  version: 1,
  payload: { ...snapshotOf(post, actorId), body: post.body },
});

/** The body was rewritten; `post` is the post as edited (its `editedAt` set). */
export const postUpdatedEvent = (post: NetworkPostEntity, actorId: string): PostUpdatedV1 => ({
  type: 'networks.post.updated',
  version: 1,
  payload: {
    ...snapshotOf(post, actorId),
    body: post.body,
    editedAt: (post.editedAt ?? new Date()).toISOString(),
  },
});

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
