import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';

interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

export type ThreadStatus = 'PUBLISHED' | 'HELD' | 'HIDDEN';
export type PostStatus = 'PUBLISHED' | 'HELD' | 'HIDDEN' | 'DELETED';
export type PostReaction = 'LIKE' | 'INSIGHTFUL' | 'THANKS' | 'AGREE';
export const POST_REACTIONS: readonly PostReaction[] = ['LIKE', 'INSIGHTFUL', 'THANKS', 'AGREE'];
export type FlagReason = 'OFF_TOPIC' | 'POLITICAL' | 'PERSONAL_ATTACK' | 'SPAM' | 'OTHER';
export const FLAG_REASONS: readonly FlagReason[] = [
  'OFF_TOPIC',
  'POLITICAL',
  'PERSONAL_ATTACK',
  'SPAM',
  'OTHER',
];
export type FlagAction = 'DISMISS' | 'HIDE' | 'DELETE' | 'WARN';
export const FLAG_ACTIONS: readonly FlagAction[] = ['DISMISS', 'HIDE', 'DELETE', 'WARN'];
export type ModerationAction =
  | 'POST_HIDDEN'
  | 'POST_RESTORED'
  | 'POST_DELETED'
  | 'POST_APPROVED'
  | 'POST_REJECTED'
  | 'FLAG_DISMISSED'
  | 'AUTHOR_WARNED'
  | 'THREAD_LOCKED'
  | 'THREAD_UNLOCKED'
  | 'THREAD_PINNED'
  | 'THREAD_UNPINNED'
  | 'THREAD_MOVED'
  | 'THREAD_MERGED'
  | 'MEMBER_MUTED'
  | 'MEMBER_UNMUTED'
  | 'RULES_CHANGED';

export interface Person {
  __typename?: 'User';
  id: string;
  displayName: string;
}

export interface ThreadNetwork {
  __typename?: 'Network';
  id: string;
  slug: string;
  nameLatin: string;
  nameCyrillic: string;
  nameEnglish: string;
}

/** A thread as lists and the thread page show it. */
export interface ThreadSummary {
  __typename?: 'Thread';
  id: string;
  title: string;
  tags: string[];
  status: ThreadStatus;
  locked: boolean;
  pinned: boolean;
  replyCount: number;
  createdAt: string;
  lastActivityAt: string;
  mergedIntoId: string | null;
  viewerIsModerator: boolean;
  author: Person;
  network: ThreadNetwork;
}

export interface ReactionCount {
  __typename?: 'ThreadPostReactionCount';
  reaction: PostReaction;
  count: number;
}

export interface ThreadPost {
  __typename?: 'ThreadPost';
  id: string;
  threadId: string;
  body: string | null;
  status: PostStatus;
  moderationReason: string | null;
  opening: boolean;
  quotePostId: string | null;
  createdAt: string;
  editedAt: string | null;
  reactions: ReactionCount[];
  viewerReactions: PostReaction[];
  viewerIsAuthor: boolean;
  author: Person;
}

const THREAD_FIELDS = gql`
  fragment ThreadFields on Thread {
    id
    title
    tags
    status
    locked
    pinned
    replyCount
    createdAt
    lastActivityAt
    mergedIntoId
    viewerIsModerator
    author {
      id
      displayName
    }
    network {
      id
      slug
      nameLatin
      nameCyrillic
      nameEnglish
    }
  }
`;

const POST_FIELDS = gql`
  fragment ThreadPostFields on ThreadPost {
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

export const THREADS: TypedDocumentNode<
  { threads: { nodes: ThreadSummary[]; pageInfo: PageInfo } },
  { networkId: string; first: number; after?: string | null }
> = gql`
  query Threads($networkId: ID!, $first: Int!, $after: String) {
    threads(networkId: $networkId, first: $first, after: $after) {
      nodes {
        ...ThreadFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${THREAD_FIELDS}
`;

export const THREAD: TypedDocumentNode<
  {
    thread: ThreadSummary & { posts: { nodes: ThreadPost[]; pageInfo: PageInfo } };
  },
  { id: string; first: number; after?: string | null }
> = gql`
  query Thread($id: ID!, $first: Int!, $after: String) {
    thread(id: $id) {
      ...ThreadFields
      posts(first: $first, after: $after) {
        nodes {
          ...ThreadPostFields
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
  ${THREAD_FIELDS}
  ${POST_FIELDS}
`;

export const CREATE_THREAD: TypedDocumentNode<
  { createThread: ThreadSummary },
  { input: { networkId: string; title: string; body: string; tags?: string[] } }
> = gql`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      ...ThreadFields
    }
  }
  ${THREAD_FIELDS}
`;

export const REPLY: TypedDocumentNode<
  { reply: ThreadPost },
  { input: { threadId: string; body: string; quotePostId?: string | null } }
> = gql`
  mutation Reply($input: ReplyInput!) {
    reply(input: $input) {
      ...ThreadPostFields
    }
  }
  ${POST_FIELDS}
`;

export const EDIT_THREAD_POST: TypedDocumentNode<
  { editThreadPost: ThreadPost },
  { postId: string; body: string }
> = gql`
  mutation EditThreadPost($postId: ID!, $body: String!) {
    editThreadPost(postId: $postId, body: $body) {
      ...ThreadPostFields
    }
  }
  ${POST_FIELDS}
`;

export const DELETE_THREAD_POST: TypedDocumentNode<
  { deleteThreadPost: boolean },
  { postId: string }
> = gql`
  mutation DeleteThreadPost($postId: ID!) {
    deleteThreadPost(postId: $postId)
  }
`;

export const REACT: TypedDocumentNode<
  { reactToThreadPost: ThreadPost },
  { postId: string; reaction: PostReaction }
> = gql`
  mutation ReactToThreadPost($postId: ID!, $reaction: ThreadPostReaction!) {
    reactToThreadPost(postId: $postId, reaction: $reaction) {
      ...ThreadPostFields
    }
  }
  ${POST_FIELDS}
`;

export const UNREACT: TypedDocumentNode<
  { unreactToThreadPost: ThreadPost },
  { postId: string; reaction: PostReaction }
> = gql`
  mutation UnreactToThreadPost($postId: ID!, $reaction: ThreadPostReaction!) {
    unreactToThreadPost(postId: $postId, reaction: $reaction) {
      ...ThreadPostFields
    }
  }
  ${POST_FIELDS}
`;

export const FLAG_POST: TypedDocumentNode<
  { flagPost: { __typename?: 'Flag'; id: string } },
  { input: { postId: string; reason: FlagReason; note?: string | null } }
> = gql`
  mutation FlagPost($input: FlagPostInput!) {
    flagPost(input: $input) {
      id
    }
  }
`;

// ---- Moderation ----

export interface FlagInQueue {
  __typename?: 'FlagWithContext';
  id: string;
  reason: FlagReason;
  note: string | null;
  createdAt: string;
  flaggedBy: Person;
  post: ThreadPost;
  thread: ThreadSummary;
}

export const MODERATION_QUEUE: TypedDocumentNode<
  { moderationQueue: { nodes: FlagInQueue[]; pageInfo: PageInfo } },
  { networkId: string; first: number; after?: string | null }
> = gql`
  query ModerationQueue($networkId: ID!, $first: Int!, $after: String) {
    moderationQueue(networkId: $networkId, first: $first, after: $after) {
      nodes {
        id
        reason
        note
        createdAt
        flaggedBy {
          id
          displayName
        }
        post {
          ...ThreadPostFields
        }
        thread {
          ...ThreadFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${THREAD_FIELDS}
  ${POST_FIELDS}
`;

export const OPEN_FLAG_COUNT: TypedDocumentNode<{ openFlagCount: number }, { networkId: string }> =
  gql`
    query OpenFlagCount($networkId: ID!) {
      openFlagCount(networkId: $networkId)
    }
  `;

export const RESOLVE_FLAG: TypedDocumentNode<
  { resolveFlag: { __typename?: 'Flag'; id: string } },
  { input: { flagId: string; action: FlagAction; reason?: string | null } }
> = gql`
  mutation ResolveFlag($input: ResolveFlagInput!) {
    resolveFlag(input: $input) {
      id
    }
  }
`;

export interface HeldPost {
  __typename?: 'HeldPost';
  post: ThreadPost;
  thread: ThreadSummary;
}

export const HELD_POSTS: TypedDocumentNode<
  { heldPosts: { nodes: HeldPost[]; pageInfo: PageInfo } },
  { networkId: string; first: number; after?: string | null }
> = gql`
  query HeldPosts($networkId: ID!, $first: Int!, $after: String) {
    heldPosts(networkId: $networkId, first: $first, after: $after) {
      nodes {
        post {
          ...ThreadPostFields
        }
        thread {
          ...ThreadFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${THREAD_FIELDS}
  ${POST_FIELDS}
`;

export const REVIEW_HELD_POST: TypedDocumentNode<
  { reviewHeldPost: ThreadPost },
  { postId: string; approve: boolean; reason?: string | null }
> = gql`
  mutation ReviewHeldPost($postId: ID!, $approve: Boolean!, $reason: String) {
    reviewHeldPost(postId: $postId, approve: $approve, reason: $reason) {
      ...ThreadPostFields
    }
  }
  ${POST_FIELDS}
`;

export const HIDE_POST: TypedDocumentNode<
  { hidePost: ThreadPost },
  { postId: string; reason: string }
> = gql`
  mutation HidePost($postId: ID!, $reason: String!) {
    hidePost(postId: $postId, reason: $reason) {
      ...ThreadPostFields
    }
  }
  ${POST_FIELDS}
`;

export const RESTORE_POST: TypedDocumentNode<{ restorePost: ThreadPost }, { postId: string }> = gql`
  mutation RestorePost($postId: ID!) {
    restorePost(postId: $postId) {
      ...ThreadPostFields
    }
  }
  ${POST_FIELDS}
`;

export const LOCK_THREAD: TypedDocumentNode<
  { lockThread: ThreadSummary },
  { threadId: string; locked: boolean }
> = gql`
  mutation LockThread($threadId: ID!, $locked: Boolean!) {
    lockThread(threadId: $threadId, locked: $locked) {
      ...ThreadFields
    }
  }
  ${THREAD_FIELDS}
`;

export const PIN_THREAD: TypedDocumentNode<
  { pinThread: ThreadSummary },
  { threadId: string; pinned: boolean }
> = gql`
  mutation PinThread($threadId: ID!, $pinned: Boolean!) {
    pinThread(threadId: $threadId, pinned: $pinned) {
      ...ThreadFields
    }
  }
  ${THREAD_FIELDS}
`;

export const MOVE_THREAD: TypedDocumentNode<
  { moveThread: ThreadSummary },
  { threadId: string; networkId: string }
> = gql`
  mutation MoveThread($threadId: ID!, $networkId: ID!) {
    moveThread(threadId: $threadId, networkId: $networkId) {
      ...ThreadFields
    }
  }
  ${THREAD_FIELDS}
`;

export const MERGE_THREADS: TypedDocumentNode<
  { mergeThreads: ThreadSummary },
  { sourceThreadId: string; targetThreadId: string }
> = gql`
  mutation MergeThreads($sourceThreadId: ID!, $targetThreadId: ID!) {
    mergeThreads(sourceThreadId: $sourceThreadId, targetThreadId: $targetThreadId) {
      ...ThreadFields
    }
  }
  ${THREAD_FIELDS}
`;

export interface Mute {
  __typename?: 'Mute';
  id: string;
  reason: string;
  createdAt: string;
  expiresAt: string;
  member: Person;
  mutedBy: Person;
}

export const MUTED_MEMBERS: TypedDocumentNode<{ mutedMembers: Mute[] }, { networkId: string }> =
  gql`
    query MutedMembers($networkId: ID!) {
      mutedMembers(networkId: $networkId) {
        id
        reason
        createdAt
        expiresAt
        member {
          id
          displayName
        }
        mutedBy {
          id
          displayName
        }
      }
    }
  `;

export const MUTE_MEMBER: TypedDocumentNode<
  { muteMember: { __typename?: 'Mute'; id: string } },
  { input: { networkId: string; userId: string; until: string; reason: string } }
> = gql`
  mutation MuteMember($input: MuteMemberInput!) {
    muteMember(input: $input) {
      id
    }
  }
`;

export const UNMUTE_MEMBER: TypedDocumentNode<
  { unmuteMember: boolean },
  { networkId: string; userId: string }
> = gql`
  mutation UnmuteMember($networkId: ID!, $userId: ID!) {
    unmuteMember(networkId: $networkId, userId: $userId)
  }
`;

export interface ModerationRules {
  __typename?: 'ModerationRules';
  holdNewMembersDays: number;
  heldKeywords: string[];
  heldLinkDomains: string[];
}

export const MODERATION_RULES: TypedDocumentNode<
  { moderationRules: ModerationRules },
  { networkId: string }
> = gql`
  query ModerationRules($networkId: ID!) {
    moderationRules(networkId: $networkId) {
      holdNewMembersDays
      heldKeywords
      heldLinkDomains
    }
  }
`;

export const UPDATE_MODERATION_RULES: TypedDocumentNode<
  { updateModerationRules: ModerationRules },
  {
    networkId: string;
    input: { holdNewMembersDays: number; heldKeywords: string[]; heldLinkDomains: string[] };
  }
> = gql`
  mutation UpdateModerationRules($networkId: ID!, $input: ModerationRulesInput!) {
    updateModerationRules(networkId: $networkId, input: $input) {
      holdNewMembersDays
      heldKeywords
      heldLinkDomains
    }
  }
`;

export interface ModerationLogEntry {
  __typename?: 'ModerationLogEntry';
  id: string;
  action: ModerationAction;
  targetType: string;
  targetId: string;
  reason: string | null;
  createdAt: string;
  actor: Person;
  subject: Person | null;
}

export const MODERATION_LOG: TypedDocumentNode<
  { moderationLog: { nodes: ModerationLogEntry[]; pageInfo: PageInfo } },
  { networkId: string; first: number; after?: string | null }
> = gql`
  query ModerationLog($networkId: ID!, $first: Int!, $after: String) {
    moderationLog(networkId: $networkId, first: $first, after: $after) {
      nodes {
        id
        action
        targetType
        targetId
        reason
        createdAt
        actor {
          id
          displayName
        }
        subject {
          id
          displayName
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

/** The networks the viewer belongs to, for moving a thread to another one they moderate. */
export const MY_NETWORKS: TypedDocumentNode<
  {
    networks: {
      nodes: (ThreadNetwork & { viewerMembership: 'MEMBER' | 'COORDINATOR' | null })[];
    };
  },
  { first: number }
> = gql`
  query MyNetworksForMove($first: Int!) {
    networks(first: $first) {
      nodes {
        id
        slug
        nameLatin
        nameCyrillic
        nameEnglish
        viewerMembership
      }
    }
  }
`;
