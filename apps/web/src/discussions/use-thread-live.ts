import type { ApolloCache, Reference } from '@apollo/client';
import { gql } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { Me } from '@web/auth/session.operations';
import type { ThreadPost } from './discussion.operations';
import type { LivePost } from './live-socket';
import { request, useLiveSocket } from './live-socket';
import type { MentionCandidate } from './markdown-editor';

const TYPING_SHOWN_MS = 5_000;
const TYPING_THROTTLE_MS = 3_000;

interface PostsField {
  nodes: Reference[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** A live post as the thread page shows posts. */
export function fromLive(post: LivePost, author: MentionCandidate, viewerId: string): ThreadPost {
  return {
    __typename: 'ThreadPost',
    id: post.id,
    threadId: post.threadId,
    body: post.body,
    status: 'PUBLISHED',
    moderationReason: null,
    opening: false,
    quotePostId: post.quotePostId,
    createdAt: post.createdAt,
    editedAt: post.editedAt,
    reactions: [],
    viewerReactions: [],
    viewerIsAuthor: post.authorId === viewerId,
    author: { __typename: 'User', id: author.id, displayName: author.displayName },
  };
}

/** Appends posts to the thread's cached list (when its last page is loaded), skipping known ones. */
export function appendPosts(cache: ApolloCache, threadId: string, posts: ThreadPost[]): void {
  if (posts.length === 0) return;
  const refs = posts.map((post) =>
    cache.writeFragment({
      data: post,
      fragment: POST_FRAGMENT,
    }),
  );
  const id = cache.identify({ __typename: 'Thread', id: threadId });
  let addedCount = 0;
  cache.modify({
    id,
    fields: {
      posts(value, { readField }) {
        const existing = value as PostsField | undefined;
        if (!existing || existing.pageInfo.hasNextPage) return value;
        const known = new Set(existing.nodes.map((node) => readField<string>('id', node)));
        const added = refs.filter(
          (ref): ref is Reference => !!ref && !known.has(readField<string>('id', ref)),
        );
        addedCount = added.length;
        return added.length
          ? ({ ...existing, nodes: [...existing.nodes, ...added] } as unknown as typeof value)
          : value;
      },
    },
  });
  if (addedCount > 0) {
    cache.modify({ id, fields: { replyCount: (count: number) => count + addedCount } });
  }
}

const POST_FRAGMENT = gql`
  fragment LiveThreadPost on ThreadPost {
    id
    threadId
    body
    status
    moderationReason
    opening
    quotePostId
    createdAt
    editedAt
    reactions {
      reaction
      count
    }
    viewerReactions
    viewerIsAuthor
    author {
      id
      displayName
    }
  }
`;

interface Options {
  threadId: string;
  viewer: Me;
  /** Whether the viewer sees hidden and deleted text (refetched rather than blanked). */
  moderator: boolean;
  /** The id of the last published post on screen, for the replay after a (re)join. */
  lastSeenPostId: string | null;
  people: MentionCandidate[];
  /** New posts by others arrived live. */
  onArrived: (posts: ThreadPost[]) => void;
  /** An author we cannot name, a hidden post a moderator should see: fetch again. */
  refetch: () => void;
  onMoved: (toThreadId: string) => void;
}

/**
 * The thread's room: joined on mount and after every reconnection with the last post on screen,
 * so the answer's `missed` posts fill any gap; live events are applied to the cache.
 */
export function useThreadLive(options: Options) {
  const socket = useLiveSocket();
  const client = useApolloClient();
  const latest = useRef(options);
  latest.current = options;
  const [typing, setTyping] = useState<Record<string, number>>({});
  const [connected, setConnected] = useState(true);
  const lastTypingEmit = useRef(0);
  const { threadId } = options;

  useEffect(() => {
    if (!socket) return;
    const { cache } = client;
    const postId = (id: string) => cache.identify({ __typename: 'ThreadPost', id });

    const receive = (posts: LivePost[]) => {
      const { people, viewer } = latest.current;
      const fresh = posts.filter((post) => post.threadId === threadId);
      if (fresh.length === 0) return;
      const named = new Map(people.map((person) => [person.id, person]));
      named.set(viewer.id, { id: viewer.id, displayName: viewer.displayName });
      if (fresh.some((post) => !named.has(post.authorId))) {
        latest.current.refetch();
        latest.current.onArrived([]);
        return;
      }
      const converted = fresh.map((post) =>
        fromLive(post, named.get(post.authorId) as MentionCandidate, viewer.id),
      );
      appendPosts(cache, threadId, converted);
      latest.current.onArrived(converted.filter((post) => !post.viewerIsAuthor));
    };

    const join = () => {
      setConnected(true);
      void request<{ missed: LivePost[] }>(socket, 'thread:join', {
        threadId,
        lastSeenPostId: latest.current.lastSeenPostId,
      }).then((ack) => {
        if (ack.ok) receive(ack.missed);
      });
    };
    const onCreated = ({ post }: { post: LivePost }) => receive([post]);
    const onUpdated = ({ post }: { post: LivePost }) => {
      if (post.threadId !== threadId) return;
      cache.modify({
        id: postId(post.id),
        fields: { body: () => post.body, editedAt: () => post.editedAt },
      });
    };
    const blank =
      (status: 'HIDDEN' | 'DELETED') => (event: { postId: string; threadId: string }) => {
        if (event.threadId !== threadId) return;
        if (latest.current.moderator) {
          latest.current.refetch();
          return;
        }
        cache.modify({
          id: postId(event.postId),
          fields: {
            status: () => status,
            body: (body: string | null, { readField }) =>
              status === 'HIDDEN' && readField<boolean>('viewerIsAuthor') ? body : null,
          },
        });
      };
    const onHidden = blank('HIDDEN');
    const onDeleted = blank('DELETED');
    const onLocked = (event: { threadId: string; locked: boolean }) => {
      if (event.threadId !== threadId) return;
      cache.modify({
        id: cache.identify({ __typename: 'Thread', id: threadId }),
        fields: { locked: () => event.locked },
      });
    };
    const onMoved = (event: { threadId: string; toThreadId: string }) => {
      if (event.threadId === threadId) latest.current.onMoved(event.toThreadId);
    };
    const onTyping = (event: { threadId: string; userId: string }) => {
      if (event.threadId !== threadId || event.userId === latest.current.viewer.id) return;
      setTyping((current) => ({ ...current, [event.userId]: Date.now() }));
    };
    const onDisconnect = () => setConnected(false);

    socket.on('connect', join);
    socket.on('disconnect', onDisconnect);
    socket.on('post:created', onCreated);
    socket.on('post:updated', onUpdated);
    socket.on('post:hidden', onHidden);
    socket.on('post:deleted', onDeleted);
    socket.on('thread:locked', onLocked);
    socket.on('thread:moved', onMoved);
    socket.on('typing', onTyping);
    if (socket.connected) join();
    return () => {
      socket.off('connect', join);
      socket.off('disconnect', onDisconnect);
      socket.off('post:created', onCreated);
      socket.off('post:updated', onUpdated);
      socket.off('post:hidden', onHidden);
      socket.off('post:deleted', onDeleted);
      socket.off('thread:locked', onLocked);
      socket.off('thread:moved', onMoved);
      socket.off('typing', onTyping);
      if (socket.connected) void request(socket, 'thread:leave', { threadId });
    };
  }, [socket, client, threadId]);

  // Typing indicators fade after a few seconds without news.
  useEffect(() => {
    if (Object.keys(typing).length === 0) return;
    const timer = setTimeout(() => {
      const now = Date.now();
      setTyping((current) =>
        Object.fromEntries(Object.entries(current).filter(([, at]) => now - at < TYPING_SHOWN_MS)),
      );
    }, 1_000);
    return () => clearTimeout(timer);
  }, [typing]);

  /** Tells the others the viewer is typing, at most every few seconds. */
  const emitTyping = () => {
    const now = Date.now();
    if (!socket?.connected || now - lastTypingEmit.current < TYPING_THROTTLE_MS) return;
    lastTypingEmit.current = now;
    void request(socket, 'typing', { threadId });
  };

  return { typingUserIds: Object.keys(typing), emitTyping, connected };
}
