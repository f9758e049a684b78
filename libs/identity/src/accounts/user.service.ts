import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { isStaff, Role } from '@mreza/shared/auth';
import type { Page } from '@mreza/shared/database';
import { TransactionRunner } from '@mreza/shared/database';
import { EventOutbox } from '@mreza/shared/events';
import { cursorFrom, ForbiddenError, rejectNulls } from '@mreza/shared/graphql';
import { SessionRepository } from '../sessions/session.repository';
import { LastAdministratorError, UserNotFoundError } from './account.errors';
import type { DirectoryFilterInput, UpdateProfileInput } from './dto/account.inputs';
import type { UserEntity } from './user.entity';
import { UserStatus } from './user.entity';
import { profileChanged, statusChanged } from './user.events';
import type { UserPatch } from './user.repository';
import { UserRepository } from './user.repository';

@Injectable()
export class UserService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly outbox: EventOutbox,
    private readonly transaction: TransactionRunner,
  ) {}

  async get(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw new UserNotFoundError();
    return user;
  }

  directory(
    viewer: AuthUser,
    filter: DirectoryFilterInput | undefined,
    first: number,
    after?: string,
  ): Promise<Page<UserEntity>> {
    if (filter?.includeInactive && !isStaff(viewer)) throw new ForbiddenError();
    return this.users.findDirectoryPage(
      {
        query: filter?.query?.trim() || undefined,
        organisationId: filter?.organisationId,
        position: filter?.position?.trim() || undefined,
        includeInactive: filter?.includeInactive ?? false,
      },
      cursorFrom(after),
      first,
    );
  }

  async updateProfile(viewer: AuthUser, input: UpdateProfileInput): Promise<UserEntity> {
    // Blank text clears a field; the fields that cannot be empty refuse it.
    const patch: UserPatch = {};
    for (const [key, value] of Object.entries(input) as [keyof UpdateProfileInput, unknown][]) {
      if (value === undefined) continue;
      const trimmed = typeof value === 'string' ? value.trim() : value;
      Object.assign(patch, { [key]: trimmed === '' ? null : trimmed });
    }
    rejectNulls(patch, [
      'firstName',
      'lastName',
      'expertise',
      'languages',
      'contactVisibility',
      'interfaceLanguage',
    ]);
    return this.changeAndPublish(viewer.id, patch);
  }

  /** Suspending or deactivating ends the user's sessions at once. */
  async setStatus(actor: AuthUser, userId: string, status: UserStatus): Promise<UserEntity> {
    const user = await this.get(userId);
    if (user.role === Role.ADMIN && status !== UserStatus.ACTIVE)
      await this.assertNotLastAdmin(user);
    if (actor.id === userId && status !== UserStatus.ACTIVE)
      throw new ForbiddenError('You cannot suspend yourself');
    return this.transaction.run(async (tx) => {
      await this.users.update(userId, { status }, tx);
      if (status !== UserStatus.ACTIVE)
        await this.sessions.revokeAllSessions(userId, `status-${status}`, tx);
      await this.outbox.record(tx, statusChanged({ id: userId, status }));
      return { ...user, status };
    });
  }

  async setRole(userId: string, role: Role, isLiaisonOfficer?: boolean): Promise<UserEntity> {
    const user = await this.get(userId);
    if (user.role === Role.ADMIN && role !== Role.ADMIN) await this.assertNotLastAdmin(user);
    await this.users.update(userId, {
      role,
      ...(isLiaisonOfficer === undefined ? {} : { isLiaisonOfficer }),
    });
    return this.get(userId);
  }

  /** Applies a change to a user and publishes the new profile in the same transaction. */
  async changeAndPublish(userId: string, patch: UserPatch): Promise<UserEntity> {
    return this.transaction.run(async (tx) => {
      const current = await this.users.findForUpdate(userId, tx);
      if (!current) throw new UserNotFoundError();
      await this.users.update(userId, patch, tx);
      const updated = { ...current, ...patch };
      await this.outbox.record(tx, profileChanged(updated));
      return updated;
    });
  }

  private async assertNotLastAdmin(user: UserEntity): Promise<void> {
    if (user.status === UserStatus.ACTIVE && (await this.users.countActiveAdmins()) <= 1) {
      throw new LastAdministratorError();
    }
  }
}
