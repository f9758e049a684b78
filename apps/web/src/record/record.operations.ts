import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { Me } from '@web/auth/session.operations';
import { ME_FIELDS } from '@web/auth/session.operations';

/** Returns the whole user: `recordReconfirmationDue` turns false in the cache at once. */
export const CONFIRM_RECORD: TypedDocumentNode<
  { confirmRecord: Me },
  { input: { organisationId: string; position: string } }
> = gql`
  mutation ConfirmRecord($input: ConfirmRecordInput!) {
    confirmRecord(input: $input) {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;
