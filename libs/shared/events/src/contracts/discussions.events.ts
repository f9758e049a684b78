import type { DomainEvent } from '../domain-event';

/*
 * Events of the discussions service. Consumers: notifications in the networks service
 * (mentions, replies to one's thread), search (threads and posts; a closed network's only for
 * its members, hidden and held posts never).
 */

export interface ThreadSnapshot {
  threadId: string;
  networkId: string;
  authorId: string;
  title: string;
  tags: string[];
  documentIds: string[];
  locked: boolean;
  pinned: boolean;
  /** Readers see the thread only when PUBLISHED. */
  status: 'PUBLISHED' | 'HELD' | 'HIDDEN';
  actorId: string;
}

export type ThreadCreatedV1 = DomainEvent<'discussions.thread.created', ThreadSnapshot>;
/** Locked, pinned, moved to another network, retitled, or its opening post held/hidden. */
export type ThreadUpdatedV1 = DomainEvent<'discussions.thread.updated', ThreadSnapshot>;
/** Deleted by its author, or merged into another thread (`mergedIntoId`). */
export type ThreadRemovedV1 = DomainEvent<
  'discussions.thread.removed',
  ThreadSnapshot & { mergedIntoId: string | null }
>;

export interface ThreadPostSnapshot {
  postId: string;
  threadId: string;
  networkId: string;
  authorId: string;
  threadAuthorId: string;
  threadTitle: string;
  /** The thread's first post. */
  opening: boolean;
  /** The whole Markdown body, for the search index. */
  body: string;
  /** The start of the body (280 characters at most), whitespace collapsed. */
  excerpt: string;
  quotePostId: string | null;
  mentionedUserIds: string[];
  actorId: string;
}

/** A post became readable: written and published, or approved after being held. */
export type ThreadPostPublishedV1 = DomainEvent<'discussions.post.published', ThreadPostSnapshot>;
export type ThreadPostEditedV1 = DomainEvent<'discussions.post.edited', ThreadPostSnapshot>;
/** No longer readable: hidden by a moderator, deleted, or held again after an edit. */
export type ThreadPostWithdrawnV1 = DomainEvent<
  'discussions.post.withdrawn',
  ThreadPostSnapshot & { status: 'HELD' | 'HIDDEN' | 'DELETED'; reason: string | null }
>;

/** A coordinator warned a member about a post; the member is notified with the reason. */
export type MemberWarnedV1 = DomainEvent<
  'discussions.member.warned',
  { networkId: string; userId: string; postId: string; reason: string; actorId: string }
>;

export type DiscussionsEvent =
  | ThreadCreatedV1
  | ThreadUpdatedV1
  | ThreadRemovedV1
  | ThreadPostPublishedV1
  | ThreadPostEditedV1
  | ThreadPostWithdrawnV1
  | MemberWarnedV1;
