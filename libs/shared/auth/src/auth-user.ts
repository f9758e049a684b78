export enum Role {
  ADMIN = 'ADMIN',
  STAFF = 'STAFF',
  MEMBER = 'MEMBER',
}

/** Claims of an access token issued by the identity service. */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  org: string | null;
  sid: string;
}

/** The signed-in user of a request, as every service sees it. */
export interface AuthUser {
  id: string;
  role: Role;
  organisationId: string | null;
  sessionId: string;
}

export const isStaff = (user: AuthUser) => user.role === Role.ADMIN || user.role === Role.STAFF;
