import { randomUUID } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { Role } from '@mreza/shared/auth';
import { testKeyPair } from './test-keys';

export interface TestUser {
  id: string;
  role: Role;
  organisationId: string | null;
}

/** Someone the identity service would have issued a token to. */
export const aUser = (role = Role.MEMBER, organisationId: string | null = null): TestUser => ({
  id: randomUUID(),
  role,
  organisationId,
});

/** An access token as identity signs it, with the run's test key. */
export function tokenFor(user: TestUser): string {
  return sign(
    { role: user.role, org: user.organisationId, sid: randomUUID() },
    testKeyPair().privateKey,
    {
      algorithm: 'ES256',
      subject: user.id,
      issuer: 'mreza-identity',
      audience: 'mreza',
      expiresIn: 600,
    },
  );
}
