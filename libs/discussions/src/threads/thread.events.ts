import type {
  ThreadCreatedV1,
  ThreadRemovedV1,
  ThreadSnapshot,
  ThreadUpdatedV1,
} from '@mreza/shared/events';
import type { ThreadEntity } from './thread.entity';

const snapshotOf = (thread: ThreadEntity, actorId: string): ThreadSnapshot => ({
  threadId: thread.id,
  networkId: thread.networkId,
  authorId: thread.authorId,
  title: thread.title,
  tags: thread.tags,
  documentIds: thread.documentIds,
  locked: thread.locked,
  pinned: thread.pinned,
  status: thread.status,
  actorId,
});

export const threadCreated = (thread: ThreadEntity, actorId: string): ThreadCreatedV1 => ({
  type: 'discussions.thread.created',
  version: 1,
  payload: snapshotOf(thread, actorId),
});

export const threadUpdated = (thread: ThreadEntity, actorId: string): ThreadUpdatedV1 => ({
  type: 'discussions.thread.updated',
  version: 1,
  payload: snapshotOf(thread, actorId),
});

export const threadRemoved = (
  thread: ThreadEntity,
  mergedIntoId: string | null,
  actorId: string,
): ThreadRemovedV1 => ({
  type: 'discussions.thread.removed',
  version: 1,
  payload: { ...snapshotOf(thread, actorId), mergedIntoId },
});
