import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { OrganisationSummary } from '@web/organisations/organisation.types';

export type Role = 'ADMIN' | 'STAFF' | 'MEMBER';
export type ContactVisibility = 'MEMBERS' | 'STAFF';
export type UserStatus = 'ACTIVE' | 'SUSPENDED' | 'DEACTIVATED';

/** The signed-in user, as every screen reads it from the cache. */
export interface Me {
  __typename?: 'User';
  id: string;
  email: string | null;
  firstName: string;
  lastName: string;
  displayName: string;
  organisationId: string | null;
  organisation: OrganisationSummary | null;
  position: string | null;
  expertise: string[];
  languages: string[];
  phone: string | null;
  contactVisibility: ContactVisibility;
  role: Role;
  status: UserStatus;
  isLiaisonOfficer: boolean;
  interfaceLanguage: string;
  recordConfirmedAt: string;
  recordReconfirmationDue: boolean;
  createdAt: string;
}

export interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: Me;
}

// `__typename` is spelled out: the refresh request is sent without Apollo, which adds it elsewhere.
export const ME_FIELDS = gql`
  fragment MeFields on User {
    __typename
    id
    email
    firstName
    lastName
    displayName
    organisationId
    organisation {
      __typename
      id
      nameLatin
      nameCyrillic
      kind
    }
    position
    expertise
    languages
    phone
    contactVisibility
    role
    status
    isLiaisonOfficer
    interfaceLanguage
    recordConfirmedAt
    recordReconfirmationDue
    createdAt
  }
`;

const AUTH_PAYLOAD_FIELDS = gql`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    refreshToken
    expiresIn
    user {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;

export const ME: TypedDocumentNode<{ me: Me }, Record<string, never>> = gql`
  query Me {
    me {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;

export const LOGIN: TypedDocumentNode<
  { login: AuthPayload },
  { input: { email: string; password: string } }
> = gql`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...AuthPayloadFields
    }
  }
  ${AUTH_PAYLOAD_FIELDS}
`;

export const REFRESH_SESSION: TypedDocumentNode<
  { refreshSession: AuthPayload },
  { refreshToken: string }
> = gql`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...AuthPayloadFields
    }
  }
  ${AUTH_PAYLOAD_FIELDS}
`;

export const LOGOUT: TypedDocumentNode<{ logout: boolean }, { input: { everywhere: boolean } }> =
  gql`
    mutation Logout($input: LogoutInput) {
      logout(input: $input)
    }
  `;

export const ACCEPT_INVITATION: TypedDocumentNode<
  { acceptInvitation: AuthPayload },
  { input: { token: string; password: string } }
> = gql`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...AuthPayloadFields
    }
  }
  ${AUTH_PAYLOAD_FIELDS}
`;
