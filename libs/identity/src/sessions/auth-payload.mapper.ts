import type { Request } from 'express';
import type { UserPresenter } from '../accounts/user.presenter';
import type { AuthPayloadObject } from './auth-payload.object';
import type { IssuedSession } from './session.service';

/** The new session, with the user as they see themselves. */
export function toAuthPayload(issued: IssuedSession, presenter: UserPresenter): AuthPayloadObject {
  const { user } = issued;
  const self = { id: user.id, role: user.role, organisationId: user.organisationId, sessionId: '' };
  return {
    accessToken: issued.accessToken,
    refreshToken: issued.refreshToken,
    expiresIn: issued.expiresIn,
    user: presenter.present(user, self),
  };
}

export const userAgentOf = (request: Request) =>
  request.headers['user-agent']?.slice(0, 300) ?? null;
