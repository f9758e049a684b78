import type {
  ThreadPostEditedV1,
  ThreadPostPublishedV1,
  ThreadPostSnapshot,
  ThreadPostWithdrawnV1,
} from '@mreza/shared/events';
import { excerptOf } from '@mreza/shared/text';
import type { ThreadEntity } from '../threads/thread.entity';
import type { PostStatus, ThreadPostEntity } from './post.entity';

const snapshotOf = (
  thread: ThreadEntity,
  post: ThreadPostEntity,
  mentionedUserIds: string[],
  actorId: string,
): ThreadPostSnapshot => ({
  postId: post.id,
  threadId: thread.id,
  networkId: thread.networkId,
  authorId: post.authorId,
  threadAuthorId: thread.authorId,
  threadTitle: thread.title,
  opening: post.opening,
  body: post.body,
  excerpt: excerptOf(post.body),
  quotePostId: post.quotePostId,
  mentionedUserIds,
  actorId,
});

export const postPublished = (
  thread: ThreadEntity,
  post: ThreadPostEntity,
  mentionedUserIds: string[],
  actorId: string,
): ThreadPostPublishedV1 => ({
  type: 'discussions.post.published',
  version: 1,
  payload: snapshotOf(thread, post, mentionedUserIds, actorId),
});

export const postEdited = (
  thread: ThreadEntity,
  post: ThreadPostEntity,
  mentionedUserIds: string[],
  actorId: string,
): ThreadPostEditedV1 => ({
  type: 'discussions.post.edited',
  version: 1,
  payload: snapshotOf(thread, post, mentionedUserIds, actorId),
});

export const postWithdrawn = (
  thread: ThreadEntity,
  post: ThreadPostEntity,
  status: PostStatus.HELD | PostStatus.HIDDEN | PostStatus.DELETED,
  reason: string | null,
  actorId: string,
): ThreadPostWithdrawnV1 => ({
  type: 'discussions.post.withdrawn',
  version: 1,
  payload: { ...snapshotOf(thread, post, [], actorId), status, reason },
});
