import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';

export interface RequestRegistrationInput {
  email: string;
  firstName: string;
  lastName: string;
  organisationId: string;
  position?: string;
  message?: string;
}

/** Public: asks to join; the association's staff decide and send an invitation. */
export const REQUEST_REGISTRATION: TypedDocumentNode<
  { requestRegistration: { id: string; status: string } },
  { input: RequestRegistrationInput }
> = gql`
  mutation RequestRegistration($input: RequestRegistrationInput!) {
    requestRegistration(input: $input) {
      id
      status
    }
  }
`;
