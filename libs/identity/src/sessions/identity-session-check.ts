import { Global, Injectable, Module } from '@nestjs/common';
import type { AuthUser, SessionCheck } from '@mreza/shared/auth';
import { SESSION_CHECK } from '@mreza/shared/auth';
import { SessionRepository } from './session.repository';

/** In the identity service a suspended user or a revoked session is refused on the next request. */
@Injectable()
export class IdentitySessionCheck implements SessionCheck {
  constructor(private readonly sessions: SessionRepository) {}

  isActive(user: AuthUser): Promise<boolean> {
    return this.sessions.isSessionActive(user.sessionId, user.id);
  }
}

/** Global so the global auth guard, registered in AuthModule, can see it. */
@Global()
@Module({
  providers: [SessionRepository, { provide: SESSION_CHECK, useClass: IdentitySessionCheck }],
  exports: [SESSION_CHECK, SessionRepository],
})
export class IdentitySessionCheckModule {}
