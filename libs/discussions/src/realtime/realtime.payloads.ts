import type { ThreadPostEntity } from '../posts/post.entity';
import type { ThreadEntity } from '../threads/thread.entity';

/** A post as it travels to live clients: only published posts are ever broadcast. */
export interface LivePost {
  id: string;
  threadId: string;
  seq: string;
  authorId: string;
  body: string;
  quotePostId: string | null;
  status: string;
  createdAt: string;
  editedAt: string | null;
}

export const livePost = (post: ThreadPostEntity): LivePost => ({
  id: post.id,
  threadId: post.threadId,
  seq: post.seq,
  authorId: post.authorId,
  body: post.body,
  quotePostId: post.quotePostId,
  status: post.status,
  createdAt: post.createdAt.toISOString(),
  editedAt: post.editedAt?.toISOString() ?? null,
});

export interface LiveThread {
  id: string;
  networkId: string;
  title: string;
  locked: boolean;
  pinned: boolean;
}

export const liveThread = (thread: ThreadEntity): LiveThread => ({
  id: thread.id,
  networkId: thread.networkId,
  title: thread.title,
  locked: thread.locked,
  pinned: thread.pinned,
});

/** What a client gets back for each message it sends (Socket.IO acknowledgement). */
export type Ack<T = Record<string, never>> =
  ({ ok: true } & T) | { ok: false; error: { code: string; message: string } };
