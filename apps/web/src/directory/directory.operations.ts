import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { OrganisationSummary } from '@web/organisations/organisation.types';

export interface DirectoryMember {
  id: string;
  displayName: string;
  firstName: string;
  lastName: string;
  position: string | null;
  /** Null when the member shows contacts to staff only. */
  email: string | null;
  phone: string | null;
  isLiaisonOfficer: boolean;
  organisation: OrganisationSummary | null;
}

export interface DirectoryFilter {
  query?: string;
  organisationId?: string;
}

export const DIRECTORY: TypedDocumentNode<
  {
    users: {
      nodes: DirectoryMember[];
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  },
  { first: number; after?: string | null; filter: DirectoryFilter }
> = gql`
  query Directory($first: Int!, $after: String, $filter: DirectoryFilterInput) {
    users(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        displayName
        firstName
        lastName
        position
        email
        phone
        isLiaisonOfficer
        organisation {
          id
          nameLatin
          nameCyrillic
          kind
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;
