import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { NetworkSummary } from '@web/networks/network.operations';

export type NotificationKind =
  | 'ANNOUNCEMENT'
  | 'JOIN_REQUESTED'
  | 'JOIN_APPROVED'
  | 'JOIN_REJECTED'
  | 'MENTION'
  | 'THREAD_REPLY'
  | 'MODERATION_WARNING';

/** A notification as the bell and the start page list it. */
export interface NotificationItem {
  __typename?: 'Notification';
  id: string;
  kind: NotificationKind;
  subjectId: string;
  excerpt: string | null;
  reason: string | null;
  /** The discussion thread of a mention, a reply or a warning. */
  threadId: string | null;
  threadTitle: string | null;
  createdAt: string;
  readAt: string | null;
  network: Pick<NetworkSummary, 'id' | 'slug' | 'nameLatin' | 'nameCyrillic' | 'nameEnglish'>;
}

export const UNREAD_NOTIFICATION_COUNT: TypedDocumentNode<
  { unreadNotificationCount: number },
  Record<string, never>
> = gql`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`;

export const NOTIFICATIONS: TypedDocumentNode<
  {
    notifications: {
      nodes: NotificationItem[];
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  },
  { first: number; unreadOnly?: boolean }
> = gql`
  query Notifications($first: Int!, $unreadOnly: Boolean) {
    notifications(first: $first, unreadOnly: $unreadOnly) {
      nodes {
        id
        kind
        subjectId
        excerpt
        reason
        threadId
        threadTitle
        createdAt
        readAt
        network {
          id
          slug
          nameLatin
          nameCyrillic
          nameEnglish
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

/** Without ids: all of the viewer's notifications. */
export const MARK_NOTIFICATIONS_READ: TypedDocumentNode<
  { markNotificationsRead: number },
  { ids?: string[] }
> = gql`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`;
