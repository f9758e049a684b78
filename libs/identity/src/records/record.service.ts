import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { isStaff, Role } from '@mreza/shared/auth';
import type { Page } from '@mreza/shared/database';
import { TransactionRunner } from '@mreza/shared/database';
import { EventOutbox } from '@mreza/shared/events';
import { cursorFrom, DomainError, ForbiddenError } from '@mreza/shared/graphql';
import { UserNotFoundError } from '../accounts/account.errors';
import type { UserEntity } from '../accounts/user.entity';
import { UserStatus } from '../accounts/user.entity';
import { statusChanged } from '../accounts/user.events';
import { UserRepository } from '../accounts/user.repository';
import { UserService } from '../accounts/user.service';
import { IDENTITY_CONFIG, type IdentityConfig } from '../identity.config';
import type { InvitationEntity } from '../invitations/invitation.entity';
import { InvitationService } from '../invitations/invitation.service';
import { OrganisationService } from '../organisations/organisation.service';
import { SessionRepository } from '../sessions/session.repository';
import type { ConfirmRecordInput, RecordDepartureInput } from './dto/record.inputs';
import { staleBefore } from './record-freshness';

export class AlreadyLeftError extends DomainError {
  constructor() {
    super('ALREADY_LEFT', 'This member is already recorded as having left');
  }
}

export interface Departure {
  user: UserEntity;
  successorInvitation: InvitationEntity | null;
}

/** Keeps member records current: reconfirmation, stale records, departures and successors. */
@Injectable()
export class RecordService {
  constructor(
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly users: UserRepository,
    private readonly userService: UserService,
    private readonly organisations: OrganisationService,
    private readonly invitations: InvitationService,
    private readonly sessions: SessionRepository,
    private readonly outbox: EventOutbox,
    private readonly transaction: TransactionRunner,
  ) {}

  async confirm(viewer: AuthUser, input: ConfirmRecordInput): Promise<UserEntity> {
    await this.organisations.requireActive(input.organisationId);
    return this.userService.changeAndPublish(viewer.id, {
      organisationId: input.organisationId,
      position: input.position.trim(),
      recordConfirmedAt: new Date(),
    });
  }

  staleRecords(first: number, after?: string): Promise<Page<UserEntity>> {
    return this.users.findStalePage(
      staleBefore(new Date(), this.config.RECORD_CONFIRMATION_MONTHS),
      cursorFrom(after, 'timestamp'),
      first,
    );
  }

  /**
   * The member, the organisation's liaison officer, association staff or an administrator
   * records that someone left: the account is closed (their name stays on past posts) and the
   * successor, if named, is invited to take over.
   */
  async recordDeparture(actor: AuthUser, input: RecordDepartureInput): Promise<Departure> {
    const user = await this.users.findById(input.userId);
    if (!user) throw new UserNotFoundError();
    await this.assertMayRecordDeparture(actor, user);
    if (user.leftAt) throw new AlreadyLeftError();
    return this.transaction.run(async (tx) => {
      await this.users.update(user.id, { status: UserStatus.DEACTIVATED, leftAt: new Date() }, tx);
      await this.sessions.revokeAllSessions(user.id, 'left-organisation', tx);
      await this.outbox.record(tx, statusChanged({ id: user.id, status: UserStatus.DEACTIVATED }));
      const successor = input.successor;
      const successorInvitation = successor
        ? await this.invitations.create(
            {
              email: successor.email,
              firstName: successor.firstName.trim(),
              lastName: successor.lastName.trim(),
              organisationId: user.organisationId,
              position: successor.position?.trim() || user.position,
              role: user.role === Role.ADMIN ? Role.MEMBER : user.role,
              predecessorId: user.id,
              invitedById: actor.id,
            },
            tx,
          )
        : null;
      return {
        user: { ...user, status: UserStatus.DEACTIVATED, leftAt: new Date() },
        successorInvitation,
      };
    });
  }

  private async assertMayRecordDeparture(actor: AuthUser, user: UserEntity): Promise<void> {
    if (actor.id === user.id || isStaff(actor)) return;
    const colleague = await this.users.findById(actor.id);
    const isLiaisonColleague =
      colleague?.isLiaisonOfficer === true &&
      colleague.organisationId !== null &&
      colleague.organisationId === user.organisationId;
    if (!isLiaisonColleague) {
      throw new ForbiddenError(
        "Only the member, their organisation's liaison officer or association staff can record this",
      );
    }
  }
}
