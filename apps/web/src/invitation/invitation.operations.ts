import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';

export interface InvitationPreview {
  email: string;
  firstName: string;
  lastName: string;
  organisationId: string | null;
  expiresAt: string;
}

/** Public: who an invitation link is for, before a password is set. */
export const INVITATION: TypedDocumentNode<{ invitation: InvitationPreview }, { token: string }> =
  gql`
    query Invitation($token: String!) {
      invitation(token: $token) {
        email
        firstName
        lastName
        organisationId
        expiresAt
      }
    }
  `;
