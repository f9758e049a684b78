import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { Role } from '@mreza/shared/auth';
import type { Page } from '@mreza/shared/database';
import { TransactionRunner } from '@mreza/shared/database';
import { BadInputError, cursorFrom, DomainError } from '@mreza/shared/graphql';
import { EmailTakenError } from '../accounts/account.errors';
import { UserRepository } from '../accounts/user.repository';
import { InvitationService } from '../invitations/invitation.service';
import { mailTemplates } from '../mail/mail-templates';
import { MailOutbox } from '../mail/mail-outbox';
import { OrganisationService } from '../organisations/organisation.service';
import type { DecideRegistrationInput, RequestRegistrationInput } from './dto/registration.inputs';
import type { RegistrationRequestEntity } from './registration-request.entity';
import { RegistrationStatus } from './registration-request.entity';
import { RegistrationRepository } from './registration.repository';

export class RegistrationPendingError extends DomainError {
  constructor() {
    super(
      'REGISTRATION_PENDING',
      'A request for this e-mail address is already waiting for a decision',
    );
  }
}

export class RegistrationNotPendingError extends DomainError {
  constructor() {
    super('REGISTRATION_NOT_PENDING', 'No such request waiting for a decision');
  }
}

/** Self-registration: a person asks, staff approve (an invitation follows) or reject with a reason. */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly registrations: RegistrationRepository,
    private readonly users: UserRepository,
    private readonly organisations: OrganisationService,
    private readonly invitations: InvitationService,
    private readonly mail: MailOutbox,
    private readonly transaction: TransactionRunner,
  ) {}

  async request(input: RequestRegistrationInput): Promise<RegistrationRequestEntity> {
    const email = input.email.trim().toLowerCase();
    await this.organisations.requireActive(input.organisationId);
    if (await this.users.findByEmail(email)) throw new EmailTakenError();
    if (await this.registrations.hasPending(email)) throw new RegistrationPendingError();
    return this.registrations.insert({
      email,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      organisationId: input.organisationId,
      position: input.position?.trim() || null,
      message: input.message?.trim() || null,
    });
  }

  async decide(
    actor: AuthUser,
    input: DecideRegistrationInput,
  ): Promise<RegistrationRequestEntity> {
    const reason = input.reason?.trim() || null;
    if (!input.approve && !reason)
      throw new BadInputError('Give a reason when rejecting a request');
    return this.transaction.run(async (tx) => {
      const request = await this.registrations.findForUpdate(input.requestId, tx);
      if (!request || request.status !== RegistrationStatus.PENDING)
        throw new RegistrationNotPendingError();
      const status = input.approve ? RegistrationStatus.APPROVED : RegistrationStatus.REJECTED;
      await this.registrations.decide(
        request.id,
        { status, decidedById: actor.id, decisionReason: reason },
        tx,
      );
      if (input.approve) {
        await this.invitations.create(
          {
            email: request.email,
            firstName: request.firstName,
            lastName: request.lastName,
            organisationId: request.organisationId,
            position: request.position,
            role: Role.MEMBER,
            predecessorId: null,
            invitedById: actor.id,
          },
          tx,
        );
      } else {
        await this.mail.queue(
          mailTemplates.registrationRejected(request.email, {
            name: `${request.firstName} ${request.lastName}`,
            reason: reason ?? '',
          }),
          tx,
        );
      }
      return { ...request, status, decisionReason: reason };
    });
  }

  list(
    status: RegistrationStatus,
    first: number,
    after?: string,
  ): Promise<Page<RegistrationRequestEntity>> {
    return this.registrations.findPage(status, cursorFrom(after, 'timestamp'), first);
  }
}
