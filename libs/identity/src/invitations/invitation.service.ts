import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { Role } from '@mreza/shared/auth';
import type { Page, Tx } from '@mreza/shared/database';
import { TransactionRunner } from '@mreza/shared/database';
import type { UserSucceededV1 } from '@mreza/shared/events';
import { EventOutbox } from '@mreza/shared/events';
import { cursorFrom, ForbiddenError } from '@mreza/shared/graphql';
import { EmailTakenError } from '../accounts/account.errors';
import { ContactVisibility, UserStatus } from '../accounts/user.entity';
import { profileChanged } from '../accounts/user.events';
import { UserRepository } from '../accounts/user.repository';
import { IDENTITY_CONFIG, type IdentityConfig } from '../identity.config';
import { mailTemplates } from '../mail/mail-templates';
import { MailOutbox } from '../mail/mail-outbox';
import { OrganisationService } from '../organisations/organisation.service';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertStrongPassword } from '../passwords/password-policy';
import { hashSecretToken, newSecretToken } from '../passwords/secret-token';
import type { IssuedSession } from '../sessions/session.service';
import { personalWords, SessionService } from '../sessions/session.service';
import type { InviteUserInput } from './dto/invitation.inputs';
import type { InvitationEntity } from './invitation.entity';
import { InvalidInvitationError, InvitationNotFoundError } from './invitation.errors';
import { InvitationRepository } from './invitation.repository';

export interface InvitationRequest {
  email: string;
  firstName: string;
  lastName: string;
  organisationId: string | null;
  position: string | null;
  role: Role;
  predecessorId: string | null;
  invitedById: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

@Injectable()
export class InvitationService {
  constructor(
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly invitations: InvitationRepository,
    private readonly users: UserRepository,
    private readonly organisations: OrganisationService,
    private readonly mail: MailOutbox,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly outbox: EventOutbox,
    private readonly transaction: TransactionRunner,
  ) {}

  /** Staff invite members; only administrators invite staff and administrators. */
  async invite(actor: AuthUser, input: InviteUserInput): Promise<InvitationEntity> {
    if (input.role !== Role.MEMBER && actor.role !== Role.ADMIN) {
      throw new ForbiddenError('Only administrators can invite staff or administrators');
    }
    await this.organisations.requireActive(input.organisationId);
    return this.transaction.run((tx) =>
      this.create(
        {
          email: input.email,
          firstName: input.firstName.trim(),
          lastName: input.lastName.trim(),
          organisationId: input.organisationId,
          position: input.position?.trim() || null,
          role: input.role,
          predecessorId: null,
          invitedById: actor.id,
        },
        tx,
      ),
    );
  }

  /** Writes the invitation and its e-mail in the caller's transaction. */
  async create(request: InvitationRequest, tx: Tx): Promise<InvitationEntity> {
    const email = request.email.trim().toLowerCase();
    if (await this.users.findByEmail(email, tx)) throw new EmailTakenError();
    await this.invitations.revokeOpenFor(email, tx);
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(Date.now() + this.config.INVITATION_TTL_DAYS * DAY_MS);
    const invitation = await this.invitations.insert(
      { ...request, email, tokenHash: hash, expiresAt },
      tx,
    );
    await this.mail.queue(
      mailTemplates.invitation(email, {
        name: `${request.firstName} ${request.lastName}`,
        link: `${this.config.PUBLIC_URL}/invitation?token=${token}`,
        expiresAt,
      }),
      tx,
    );
    return invitation;
  }

  async preview(token: string): Promise<InvitationEntity> {
    const invitation = await this.invitations.findByTokenHash(hashSecretToken(token));
    if (!invitation || !isOpen(invitation)) throw new InvalidInvitationError();
    return invitation;
  }

  /**
   * Creates the account with the chosen password and signs the person in. A successor takes
   * over the predecessor's place: the event lets networks move the memberships.
   */
  async accept(token: string, password: string, userAgent: string | null): Promise<IssuedSession> {
    const user = await this.transaction.run(async (tx) => {
      const invitation = await this.invitations.findByTokenForUpdate(hashSecretToken(token), tx);
      if (!invitation || !isOpen(invitation)) throw new InvalidInvitationError();
      if (await this.users.findByEmail(invitation.email, tx)) throw new EmailTakenError();
      assertStrongPassword(password, personalWords(invitation));
      const created = await this.users.insert(
        {
          email: invitation.email,
          passwordHash: await this.hasher.hash(password),
          role: invitation.role,
          status: UserStatus.ACTIVE,
          firstName: invitation.firstName,
          lastName: invitation.lastName,
          organisationId: invitation.organisationId,
          position: invitation.position,
          expertise: [],
          languages: [],
          phone: null,
          contactVisibility: ContactVisibility.MEMBERS,
          isLiaisonOfficer: false,
          interfaceLanguage: 'sr-Latn',
          recordConfirmedAt: new Date(),
        },
        tx,
      );
      await this.invitations.markAccepted(invitation.id, tx);
      await this.outbox.record(tx, profileChanged(created));
      if (invitation.predecessorId) {
        await this.users.update(invitation.predecessorId, { successorId: created.id }, tx);
        await this.outbox.record(
          tx,
          succeeded(invitation.predecessorId, created.id, created.organisationId),
        );
      }
      return created;
    });
    return this.sessions.startSession(user, userAgent);
  }

  async revoke(id: string): Promise<void> {
    if (!(await this.invitations.revoke(id))) throw new InvitationNotFoundError();
  }

  list(openOnly: boolean, first: number, after?: string): Promise<Page<InvitationEntity>> {
    return this.invitations.findPage(openOnly, cursorFrom(after, 'timestamp'), first);
  }
}

const isOpen = (invitation: InvitationEntity) =>
  !invitation.acceptedAt && !invitation.revokedAt && invitation.expiresAt > new Date();

const succeeded = (
  predecessorId: string,
  successorId: string,
  organisationId: string | null,
): UserSucceededV1 => ({
  type: 'identity.user.succeeded',
  version: 1,
  payload: { predecessorId, successorId, organisationId },
});
