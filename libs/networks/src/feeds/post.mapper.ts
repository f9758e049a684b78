import type { PostView } from './feed.service';
import type { NetworkPostObject } from './post.object';

export const toPostObject = ({
  post,
  reactions,
  viewerReactions,
}: PostView): NetworkPostObject => ({
  id: post.id,
  networkId: post.networkId,
  author: { id: post.authorId },
  kind: post.kind,
  body: post.body,
  pinned: post.pinned,
  createdAt: post.createdAt,
  editedAt: post.editedAt,
  reactions,
  viewerReactions,
});
