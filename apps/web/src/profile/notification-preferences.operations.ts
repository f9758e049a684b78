import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';

export type DigestFrequency = 'NONE' | 'DAILY' | 'WEEKLY';

export const DIGEST_FREQUENCIES: readonly DigestFrequency[] = ['DAILY', 'WEEKLY', 'NONE'];

export interface NotificationPreferences {
  __typename?: 'NotificationPreferences';
  digest: DigestFrequency;
  announcementEmails: boolean;
}

export const NOTIFICATION_PREFERENCES: TypedDocumentNode<
  { notificationPreferences: NotificationPreferences },
  Record<string, never>
> = gql`
  query NotificationPreferences {
    notificationPreferences {
      digest
      announcementEmails
    }
  }
`;

/** A field left out keeps its value. */
export const UPDATE_NOTIFICATION_PREFERENCES: TypedDocumentNode<
  { updateNotificationPreferences: NotificationPreferences },
  { input: Partial<NotificationPreferences> }
> = gql`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      digest
      announcementEmails
    }
  }
`;
