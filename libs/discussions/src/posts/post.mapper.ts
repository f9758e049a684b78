import type { PostRevision } from './post.repository';
import type { ThreadPostObject, ThreadPostRevisionObject } from './post.object';
import type { PostView } from './post-view';
import { bodyVisible } from './post-view';

export function toThreadPostObject(view: PostView): ThreadPostObject {
  const { post } = view;
  const readable = bodyVisible(view);
  return {
    id: post.id,
    threadId: post.threadId,
    author: { id: post.authorId },
    body: readable ? post.body : null,
    status: post.status,
    moderationReason: readable ? post.moderationReason : null,
    opening: post.opening,
    quotePostId: post.quotePostId,
    mentions: readable ? view.mentionedUserIds.map((id) => ({ id })) : [],
    createdAt: post.createdAt,
    editedAt: post.editedAt,
    reactions: view.reactions,
    viewerReactions: view.viewerReactions,
    viewerIsAuthor: post.authorId === view.viewerId,
  };
}

export const toRevisionObject = (revision: PostRevision): ThreadPostRevisionObject => ({
  body: revision.body,
  editedBy: { id: revision.editedBy },
  writtenAt: revision.writtenAt,
  replacedAt: revision.replacedAt,
});
