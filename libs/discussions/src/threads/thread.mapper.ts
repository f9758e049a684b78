import type { ThreadEntity } from './thread.entity';
import type { ThreadObject, ThreadStatus } from './thread.object';

export const toThreadObject = (thread: ThreadEntity, moderator: boolean): ThreadObject => ({
  id: thread.id,
  network: { id: thread.networkId },
  title: thread.title,
  tags: thread.tags,
  documentIds: thread.documentIds,
  author: { id: thread.authorId },
  status: thread.status as unknown as ThreadStatus,
  locked: thread.locked,
  pinned: thread.pinned,
  replyCount: thread.replyCount,
  createdAt: thread.createdAt,
  lastActivityAt: thread.lastActivityAt,
  mergedIntoId: thread.mergedIntoId,
  viewerIsModerator: moderator,
});
