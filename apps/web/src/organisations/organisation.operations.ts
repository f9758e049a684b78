import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { OrganisationKind, OrganisationSummary } from './organisation.types';

export interface OrganisationFilter {
  query?: string;
  kinds?: OrganisationKind[];
  district?: string;
  country?: string;
  includeArchived?: boolean;
}

export interface OrganisationPage {
  nodes: OrganisationSummary[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** Public: the registration form lists organisations before anyone signs in. */
export const ORGANISATIONS: TypedDocumentNode<
  { organisations: OrganisationPage },
  { first: number; after?: string; filter?: OrganisationFilter }
> = gql`
  query Organisations($first: Int!, $after: String, $filter: OrganisationFilterInput) {
    organisations(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        nameLatin
        nameCyrillic
        kind
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

export const ORGANISATION: TypedDocumentNode<
  { organisation: OrganisationSummary },
  { id: string }
> = gql`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      id
      nameLatin
      nameCyrillic
      kind
    }
  }
`;
