import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { sign } from 'jsonwebtoken';
import { generateKeyPairSync } from 'node:crypto';
import { Role } from './auth-user';
import type { SessionCheck } from './auth.guard';
import { AuthGuard } from './auth.guard';
import { Public, Roles } from './decorators';
import { ACCESS_TOKEN_AUDIENCE, JwtVerifier } from './jwt-verifier';
import type { AuthenticatedRequest } from './request-of';

const keys = () =>
  generateKeyPairSync('ec', {
    namedCurve: 'prime256v1',
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
const trusted = keys();
const foreign = keys();

class Operations {
  open() {
    return 'open';
  }
  signedIn() {
    return 'signed in';
  }
  adminOnly() {
    return 'admin only';
  }
}
Public()(
  Operations.prototype,
  'open',
  Object.getOwnPropertyDescriptor(Operations.prototype, 'open')!,
);
Roles(Role.ADMIN)(
  Operations.prototype,
  'adminOnly',
  Object.getOwnPropertyDescriptor(Operations.prototype, 'adminOnly')!,
);

const token = (
  overrides: { key?: string; expiresIn?: number; audience?: string; role?: Role } = {},
) =>
  sign(
    { role: overrides.role ?? Role.MEMBER, org: null, sid: 'session-1' },
    overrides.key ?? trusted.privateKey,
    {
      algorithm: 'ES256',
      subject: 'user-1',
      issuer: 'mreza-identity',
      audience: overrides.audience ?? ACCESS_TOKEN_AUDIENCE,
      expiresIn: overrides.expiresIn ?? 600,
    },
  );

function call(operation: keyof Operations, bearer?: string, sessionCheck?: SessionCheck) {
  const request = {
    headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
  } as AuthenticatedRequest;
  const context = {
    getType: () => 'http',
    getHandler: () => Operations.prototype[operation],
    getClass: () => Operations,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  const verifier = new JwtVerifier({ publicKey: trusted.publicKey, issuer: 'mreza-identity' });
  const guard = new AuthGuard(new Reflector(), verifier, sessionCheck);
  return { result: guard.canActivate(context), request };
}

describe(AuthGuard.name, () => {
  it('lets a valid token through and puts its user on the request', async () => {
    const { result, request } = call('signedIn', token());
    await expect(result).resolves.toBe(true);
    expect(request.user).toEqual({
      id: 'user-1',
      role: Role.MEMBER,
      organisationId: null,
      sessionId: 'session-1',
    });
  });

  it('refuses operations without a token unless they are public', async () => {
    await expect(call('signedIn').result).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(call('open').result).resolves.toBe(true);
  });

  it.each([
    ['expired', token({ expiresIn: -10 })],
    ['signed with another key', token({ key: foreign.privateKey })],
    ['for another audience', token({ audience: 'elsewhere' })],
    ['malformed', 'not.a.jwt'],
  ])('refuses a token that is %s', async (_case, bad) => {
    await expect(call('signedIn', bad).result).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('enforces required roles', async () => {
    await expect(call('adminOnly', token()).result).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call('adminOnly', token({ role: Role.ADMIN })).result).resolves.toBe(true);
  });

  it('refuses a valid token whose session the service reports as ended', async () => {
    const ended: SessionCheck = { isActive: async () => false };
    await expect(call('signedIn', token(), ended).result).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const { result, request } = call('open', token(), ended);
    await expect(result).resolves.toBe(true);
    expect(request.user).toBeUndefined();
  });
});
