import type { ThreadPostEntity } from './post.entity';
import { PostReaction, PostStatus } from './post.entity';

export const REACTIONS = Object.values(PostReaction);

/** A post as one viewer sees it. */
export interface PostView {
  post: ThreadPostEntity;
  viewerId: string;
  /** The viewer moderates the post's network. */
  moderator: boolean;
  reactions: { reaction: PostReaction; count: number }[];
  viewerReactions: PostReaction[];
  mentionedUserIds: string[];
}

/** A post just written: no reactions yet, nothing to ask the database. */
export const newPostView = (
  viewer: { id: string },
  post: ThreadPostEntity,
  moderator: boolean,
  mentionedUserIds: string[],
): PostView => ({
  post,
  viewerId: viewer.id,
  moderator,
  reactions: REACTIONS.map((reaction) => ({ reaction, count: 0 })),
  viewerReactions: [],
  mentionedUserIds,
});

/**
 * Whether the viewer may read the post's text: published posts for all readers; held and
 * hidden ones for their author and moderators; deleted ones for moderators (the record).
 */
export function bodyVisible({ post, viewerId, moderator }: PostView): boolean {
  switch (post.status) {
    case PostStatus.PUBLISHED:
      return true;
    case PostStatus.HELD:
    case PostStatus.HIDDEN:
      return moderator || post.authorId === viewerId;
    case PostStatus.DELETED:
      return moderator;
  }
}
