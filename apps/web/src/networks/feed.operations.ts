import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';

export type PostKind = 'POST' | 'ANNOUNCEMENT';
export type PostLinkKind = 'DOCUMENT' | 'THREAD';

/** A link in a post's body to a library document or a thread, found by the server. */
export interface PostLink {
  kind: PostLinkKind;
  id: string;
  url: string;
}

export interface FeedPost {
  __typename?: 'NetworkPost';
  id: string;
  networkId: string;
  kind: PostKind;
  body: string;
  pinned: boolean;
  createdAt: string;
  editedAt: string | null;
  /** Announcements, for the network's members; null otherwise. */
  readerCount: number | null;
  viewerHasRead: boolean | null;
  author: { __typename?: 'User'; id: string; displayName: string };
  links: PostLink[];
}

const POST_FIELDS = gql`
  fragment FeedPostFields on NetworkPost {
    id
    networkId
    kind
    body
    pinned
    createdAt
    editedAt
    readerCount
    viewerHasRead
    author {
      id
      displayName
    }
    links {
      kind
      id
      url
    }
  }
`;

export const NETWORK_FEED: TypedDocumentNode<
  {
    networkFeed: {
      nodes: FeedPost[];
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  },
  { networkId: string; first: number; after?: string | null }
> = gql`
  query NetworkFeed($networkId: ID!, $first: Int!, $after: String) {
    networkFeed(networkId: $networkId, first: $first, after: $after) {
      nodes {
        ...FeedPostFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${POST_FIELDS}
`;

export const EDIT_POST: TypedDocumentNode<
  { editPost: FeedPost },
  { postId: string; body: string }
> = gql`
  mutation EditPost($postId: ID!, $body: String!) {
    editPost(postId: $postId, body: $body) {
      ...FeedPostFields
    }
  }
  ${POST_FIELDS}
`;

export const MARK_ANNOUNCEMENTS_READ: TypedDocumentNode<
  { markAnnouncementsRead: number },
  { postIds: string[] }
> = gql`
  mutation MarkAnnouncementsRead($postIds: [ID!]!) {
    markAnnouncementsRead(postIds: $postIds)
  }
`;

export const CREATE_POST: TypedDocumentNode<
  { createPost: FeedPost },
  { input: { networkId: string; body: string } }
> = gql`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...FeedPostFields
    }
  }
  ${POST_FIELDS}
`;
