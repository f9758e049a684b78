import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { OrganisationSummary } from '@web/organisations/organisation.types';

export type NetworkVisibility = 'OPEN' | 'CLOSED';
export type NetworkRole = 'MEMBER' | 'COORDINATOR';

interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

/** A network as lists and the network page show it, with the viewer's standing in it. */
export interface NetworkSummary {
  __typename?: 'Network';
  id: string;
  slug: string;
  nameLatin: string;
  nameCyrillic: string;
  nameEnglish: string;
  descriptionLatin: string;
  descriptionCyrillic: string;
  descriptionEnglish: string;
  visibility: NetworkVisibility;
  archivedAt: string | null;
  /** Null for a closed network the viewer does not belong to. */
  memberCount: number | null;
  viewerMembership: NetworkRole | null;
  viewerRequestPending: boolean;
}

const NETWORK_FIELDS = gql`
  fragment NetworkFields on Network {
    id
    slug
    nameLatin
    nameCyrillic
    nameEnglish
    descriptionLatin
    descriptionCyrillic
    descriptionEnglish
    visibility
    archivedAt
    memberCount
    viewerMembership
    viewerRequestPending
  }
`;

export interface NetworkFilter {
  query?: string;
  includeArchived?: boolean;
}

export const NETWORKS: TypedDocumentNode<
  { networks: { nodes: NetworkSummary[]; pageInfo: PageInfo } },
  { first: number; after?: string | null; filter?: NetworkFilter }
> = gql`
  query Networks($first: Int!, $after: String, $filter: NetworkFilterInput) {
    networks(first: $first, after: $after, filter: $filter) {
      nodes {
        ...NetworkFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${NETWORK_FIELDS}
`;

export const NETWORK: TypedDocumentNode<{ network: NetworkSummary }, { slug: string }> = gql`
  query Network($slug: String!) {
    network(slug: $slug) {
      ...NetworkFields
    }
  }
  ${NETWORK_FIELDS}
`;

/** A person in a network's member list or in a request to join, as identity describes them. */
export interface NetworkPerson {
  __typename?: 'User';
  id: string;
  displayName: string;
  position: string | null;
  /** Null when the person shows contacts to staff only. */
  email: string | null;
  organisation: Pick<OrganisationSummary, 'id' | 'nameLatin' | 'nameCyrillic'> | null;
}

const PERSON_FIELDS = gql`
  fragment NetworkPersonFields on User {
    id
    displayName
    position
    email
    organisation {
      id
      nameLatin
      nameCyrillic
    }
  }
`;

export interface NetworkMember {
  user: NetworkPerson;
  role: NetworkRole;
  joinedAt: string;
}

export interface MemberFilter {
  organisationId?: string;
  position?: string;
}

export const NETWORK_MEMBERS: TypedDocumentNode<
  { networkMembers: { nodes: NetworkMember[]; pageInfo: PageInfo } },
  { networkId: string; first: number; after?: string | null; filter?: MemberFilter }
> = gql`
  query NetworkMembers($networkId: ID!, $first: Int!, $after: String, $filter: MemberFilterInput) {
    networkMembers(networkId: $networkId, first: $first, after: $after, filter: $filter) {
      nodes {
        user {
          ...NetworkPersonFields
        }
        role
        joinedAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${PERSON_FIELDS}
`;

export interface MembershipRequest {
  __typename?: 'MembershipRequest';
  id: string;
  user: NetworkPerson;
  createdAt: string;
}

/** Pending requests to join, oldest first. */
export const MEMBERSHIP_REQUESTS: TypedDocumentNode<
  { membershipRequests: { nodes: MembershipRequest[]; pageInfo: PageInfo } },
  { networkId: string; first: number; after?: string | null }
> = gql`
  query MembershipRequests($networkId: ID!, $first: Int!, $after: String) {
    membershipRequests(networkId: $networkId, first: $first, after: $after) {
      nodes {
        id
        user {
          ...NetworkPersonFields
        }
        createdAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${PERSON_FIELDS}
`;

export interface JoinResult {
  __typename?: 'JoinResult';
  membership: { __typename?: 'NetworkMember'; networkId: string; role: NetworkRole } | null;
  request: {
    __typename?: 'MembershipRequest';
    id: string;
    networkId: string;
    status: string;
  } | null;
}

export const JOIN_NETWORK: TypedDocumentNode<{ joinNetwork: JoinResult }, { networkId: string }> =
  gql`
    mutation JoinNetwork($networkId: ID!) {
      joinNetwork(networkId: $networkId) {
        membership {
          networkId
          role
        }
        request {
          id
          networkId
          status
        }
      }
    }
  `;

export const LEAVE_NETWORK: TypedDocumentNode<{ leaveNetwork: boolean }, { networkId: string }> =
  gql`
    mutation LeaveNetwork($networkId: ID!) {
      leaveNetwork(networkId: $networkId)
    }
  `;

export const DECIDE_MEMBERSHIP: TypedDocumentNode<
  { decideMembership: { __typename?: 'MembershipRequest'; id: string; status: string } },
  { requestId: string; approve: boolean; reason?: string | null }
> = gql`
  mutation DecideMembership($requestId: ID!, $approve: Boolean!, $reason: String) {
    decideMembership(requestId: $requestId, approve: $approve, reason: $reason) {
      id
      status
    }
  }
`;
