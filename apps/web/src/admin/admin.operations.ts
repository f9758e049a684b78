import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { Role, UserStatus } from '@web/auth/session.operations';
import type { NetworkSummary, NetworkVisibility } from '@web/networks/network.operations';
import type { OrganisationKind, OrganisationSummary } from '@web/organisations/organisation.types';

export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

interface PageVariables {
  first: number;
  after?: string | null;
}

// ---- Organisations -------------------------------------------------------------------------

export interface AdminOrganisation extends OrganisationSummary {
  acronym: string | null;
  district: string | null;
  country: string;
  archivedAt: string | null;
}

export interface OrganisationInput {
  nameLatin: string;
  nameCyrillic: string;
  acronym?: string;
  kind: OrganisationKind;
  district?: string;
  country: string;
}

const ADMIN_ORGANISATION_FIELDS = gql`
  fragment AdminOrganisationFields on Organisation {
    id
    nameLatin
    nameCyrillic
    acronym
    kind
    district
    country
    archivedAt
  }
`;

export const ADMIN_ORGANISATIONS: TypedDocumentNode<
  { organisations: Page<AdminOrganisation> },
  PageVariables & { filter: { query?: string; includeArchived: boolean } }
> = gql`
  query AdminOrganisations($first: Int!, $after: String, $filter: OrganisationFilterInput) {
    organisations(first: $first, after: $after, filter: $filter) {
      nodes {
        ...AdminOrganisationFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${ADMIN_ORGANISATION_FIELDS}
`;

export const CREATE_ORGANISATION: TypedDocumentNode<
  { createOrganisation: AdminOrganisation },
  { input: OrganisationInput }
> = gql`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      ...AdminOrganisationFields
    }
  }
  ${ADMIN_ORGANISATION_FIELDS}
`;

export const UPDATE_ORGANISATION: TypedDocumentNode<
  { updateOrganisation: AdminOrganisation },
  { input: OrganisationInput & { id: string } }
> = gql`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      ...AdminOrganisationFields
    }
  }
  ${ADMIN_ORGANISATION_FIELDS}
`;

export const SET_ORGANISATION_ARCHIVED: TypedDocumentNode<
  { setOrganisationArchived: AdminOrganisation },
  { id: string; archived: boolean }
> = gql`
  mutation SetOrganisationArchived($id: ID!, $archived: Boolean!) {
    setOrganisationArchived(id: $id, archived: $archived) {
      ...AdminOrganisationFields
    }
  }
  ${ADMIN_ORGANISATION_FIELDS}
`;

// ---- Networks ------------------------------------------------------------------------------

export interface NetworkInput {
  slug: string;
  nameLatin: string;
  nameCyrillic: string;
  nameEnglish: string;
  descriptionLatin: string;
  descriptionCyrillic: string;
  descriptionEnglish: string;
  visibility: NetworkVisibility;
}

const ADMIN_NETWORK_FIELDS = gql`
  fragment AdminNetworkFields on Network {
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

export const ADMIN_NETWORKS: TypedDocumentNode<
  { networks: Page<NetworkSummary> },
  PageVariables & { filter: { query?: string; includeArchived: boolean } }
> = gql`
  query AdminNetworks($first: Int!, $after: String, $filter: NetworkFilterInput) {
    networks(first: $first, after: $after, filter: $filter) {
      nodes {
        ...AdminNetworkFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${ADMIN_NETWORK_FIELDS}
`;

export const CREATE_NETWORK: TypedDocumentNode<
  { createNetwork: NetworkSummary },
  { input: NetworkInput }
> = gql`
  mutation CreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      ...AdminNetworkFields
    }
  }
  ${ADMIN_NETWORK_FIELDS}
`;

export const UPDATE_NETWORK: TypedDocumentNode<
  { updateNetwork: NetworkSummary },
  { input: Partial<NetworkInput> & { id: string } }
> = gql`
  mutation UpdateNetwork($input: UpdateNetworkInput!) {
    updateNetwork(input: $input) {
      ...AdminNetworkFields
    }
  }
  ${ADMIN_NETWORK_FIELDS}
`;

export const SET_NETWORK_ARCHIVED: TypedDocumentNode<
  { setNetworkArchived: NetworkSummary },
  { id: string; archived: boolean }
> = gql`
  mutation SetNetworkArchived($id: ID!, $archived: Boolean!) {
    setNetworkArchived(id: $id, archived: $archived) {
      ...AdminNetworkFields
    }
  }
  ${ADMIN_NETWORK_FIELDS}
`;

export const ROLES: readonly Role[] = ['MEMBER', 'STAFF', 'ADMIN'];

// ---- Accounts ------------------------------------------------------------------------------

export interface Account {
  __typename?: 'User';
  id: string;
  email: string | null;
  firstName: string;
  lastName: string;
  displayName: string;
  position: string | null;
  organisation: OrganisationSummary | null;
  role: Role;
  status: UserStatus;
  isLiaisonOfficer: boolean;
  recordConfirmedAt: string;
}

const ACCOUNT_FIELDS = gql`
  fragment AccountFields on User {
    id
    email
    firstName
    lastName
    displayName
    position
    organisation {
      id
      nameLatin
      nameCyrillic
      kind
    }
    role
    status
    isLiaisonOfficer
    recordConfirmedAt
  }
`;

export const ACCOUNTS: TypedDocumentNode<
  { users: Page<Account> },
  PageVariables & { filter: { query?: string; includeInactive: boolean } }
> = gql`
  query Accounts($first: Int!, $after: String, $filter: DirectoryFilterInput) {
    users(first: $first, after: $after, filter: $filter) {
      nodes {
        ...AccountFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${ACCOUNT_FIELDS}
`;

export const SET_USER_STATUS: TypedDocumentNode<
  { setUserStatus: Account },
  { input: { userId: string; status: UserStatus } }
> = gql`
  mutation SetUserStatus($input: SetUserStatusInput!) {
    setUserStatus(input: $input) {
      ...AccountFields
    }
  }
  ${ACCOUNT_FIELDS}
`;

export const SET_USER_ROLE: TypedDocumentNode<
  { setUserRole: Account },
  { input: { userId: string; role: Role; isLiaisonOfficer?: boolean } }
> = gql`
  mutation SetUserRole($input: SetUserRoleInput!) {
    setUserRole(input: $input) {
      ...AccountFields
    }
  }
  ${ACCOUNT_FIELDS}
`;

export const STALE_RECORDS: TypedDocumentNode<{ staleRecords: Page<Account> }, PageVariables> = gql`
  query StaleRecords($first: Int!, $after: String) {
    staleRecords(first: $first, after: $after) {
      nodes {
        ...AccountFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${ACCOUNT_FIELDS}
`;

// ---- Invitations and registration requests -------------------------------------------------

export interface Invitation {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  organisationId: string;
  position: string | null;
  role: Role;
  createdAt: string;
  expiresAt: string;
}

export interface InviteInput {
  email: string;
  firstName: string;
  lastName: string;
  position?: string;
  organisationId: string;
  role: Role;
}

const INVITATION_FIELDS = gql`
  fragment InvitationFields on Invitation {
    id
    email
    firstName
    lastName
    organisationId
    position
    role
    createdAt
    expiresAt
  }
`;

export const INVITATIONS: TypedDocumentNode<{ invitations: Page<Invitation> }, PageVariables> = gql`
  query Invitations($first: Int!, $after: String) {
    invitations(first: $first, after: $after, openOnly: true) {
      nodes {
        ...InvitationFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${INVITATION_FIELDS}
`;

export const INVITE_USER: TypedDocumentNode<{ inviteUser: Invitation }, { input: InviteInput }> =
  gql`
    mutation InviteUser($input: InviteUserInput!) {
      inviteUser(input: $input) {
        ...InvitationFields
      }
    }
    ${INVITATION_FIELDS}
  `;

export const REVOKE_INVITATION: TypedDocumentNode<{ revokeInvitation: boolean }, { id: string }> =
  gql`
    mutation RevokeInvitation($id: ID!) {
      revokeInvitation(id: $id)
    }
  `;

export interface RegistrationRequest {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  organisationId: string;
  position: string | null;
  message: string | null;
  status: 'PENDING' | 'APPROVED' | 'REJECTED';
  createdAt: string;
}

const REGISTRATION_FIELDS = gql`
  fragment RegistrationFields on RegistrationRequest {
    id
    email
    firstName
    lastName
    organisationId
    position
    message
    status
    createdAt
  }
`;

export const REGISTRATION_REQUESTS: TypedDocumentNode<
  { registrationRequests: Page<RegistrationRequest> },
  PageVariables
> = gql`
  query RegistrationRequests($first: Int!, $after: String) {
    registrationRequests(first: $first, after: $after, status: PENDING) {
      nodes {
        ...RegistrationFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${REGISTRATION_FIELDS}
`;

export const DECIDE_REGISTRATION: TypedDocumentNode<
  { decideRegistration: RegistrationRequest },
  { input: { requestId: string; approve: boolean; reason?: string } }
> = gql`
  mutation DecideRegistration($input: DecideRegistrationInput!) {
    decideRegistration(input: $input) {
      ...RegistrationFields
    }
  }
  ${REGISTRATION_FIELDS}
`;

// ---- Mail ----------------------------------------------------------------------------------

export interface MailMessage {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  createdAt: string;
  sentAt: string | null;
  lastError: string | null;
}

export const MAIL_OUTBOX: TypedDocumentNode<{ mailOutbox: Page<MailMessage> }, PageVariables> = gql`
  query MailOutbox($first: Int!, $after: String) {
    mailOutbox(first: $first, after: $after) {
      nodes {
        id
        recipient
        subject
        body
        createdAt
        sentAt
        lastError
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;
