import type { DomainEvent } from '../domain-event';

/*
 * Events of network feeds. Consumers: notifications (announcements) and search (posts, by their
 * whole body; a closed network's posts only for its members).
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
  /** The start of the Markdown (280 characters at most), whitespace collapsed. */
  excerpt: string;
  /** Who did it: the author on creation and edit, the coordinator or author on pin and delete. */
  actorId: string;
}

/**
 * A post with its whole text, in the events of a new or rewritten body. `body` was added to
 * version 1 compatibly: events recorded before it have none, so a consumer falls back on
 * `excerpt`.
 */
export interface PostWithBody extends PostSnapshot {
  /** The whole Markdown as the author wrote it. */
  body?: string;
}

/** A member posted, or a coordinator published an announcement (`kind: 'ANNOUNCEMENT'`). */
export type PostCreatedV1 = DomainEvent<'networks.post.created', PostWithBody>;
export type PostPinnedV1 = DomainEvent<'networks.post.pinned', PostSnapshot>;
export type PostUnpinnedV1 = DomainEvent<'networks.post.unpinned', PostSnapshot>;
/**
 * The author rewrote the body (`excerpt` is of the new text). Consumers re-index it and refresh
 * what they show of it.
 */
export type PostUpdatedV1 = DomainEvent<
  'networks.post.updated',
  PostWithBody & {
    /** When it was edited (ISO 8601). */
    editedAt: string;
  }
>;
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
  | PostUpdatedV1
  | PostPinnedV1
  | PostUnpinnedV1
  | PostDeletedV1
  | PostReactionAddedV1
  | PostReactionRemovedV1;
