import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { DatabaseModule } from '@mreza/shared/database';
import { EventOutbox, OutboxEventEntity } from '@mreza/shared/events';
import { loggingModule, subgraphImports } from '@mreza/shared/service';
import { UserLoader } from './accounts/user.loader';
import { UserPresenter } from './accounts/user.presenter';
import { UserRepository } from './accounts/user.repository';
import { UserResolver } from './accounts/user.resolver';
import { UserService } from './accounts/user.service';
import type { IdentityConfig } from './identity.config';
import { IDENTITY_CONFIG } from './identity.config';
import { identityEntities } from './identity.entities';
import { InvitationRepository } from './invitations/invitation.repository';
import { InvitationResolver } from './invitations/invitation.resolver';
import { InvitationService } from './invitations/invitation.service';
import { MailDispatcher } from './mail/mail-dispatcher';
import { MailOutbox } from './mail/mail-outbox';
import { MailRequestService } from './mail/mail-request.service';
import { MailRequestsConsumer } from './mail/mail-requests.consumer';
import { MailRepository } from './mail/mail.repository';
import { MailResolver } from './mail/mail.resolver';
import { SmtpTransport } from './mail/smtp-transport';
import { identityMigrations } from './migrations';
import { OrganisationLoader } from './organisations/organisation.loader';
import { OrganisationRepository } from './organisations/organisation.repository';
import { OrganisationResolver } from './organisations/organisation.resolver';
import { OrganisationService } from './organisations/organisation.service';
import { PasswordHasher } from './passwords/password-hasher';
import { RecordResolver } from './records/record.resolver';
import { RecordService } from './records/record.service';
import { RegistrationRepository } from './registrations/registration.repository';
import { RegistrationResolver } from './registrations/registration.resolver';
import { RegistrationService } from './registrations/registration.service';
import { SeedService } from './seed/seed.service';
import { IdentitySessionCheckModule } from './sessions/identity-session-check';
import { SessionResolver } from './sessions/session.resolver';
import { SessionService } from './sessions/session.service';
import { TokenIssuer } from './sessions/token-issuer';

const domainProviders = [
  OrganisationRepository,
  OrganisationService,
  UserRepository,
  UserService,
  UserPresenter,
  SessionService,
  TokenIssuer,
  PasswordHasher,
  InvitationRepository,
  InvitationService,
  RegistrationRepository,
  RegistrationService,
  RecordService,
  MailRepository,
  MailOutbox,
  MailRequestService,
  SmtpTransport,
];

/** The identity service: accounts, sessions, organisations, invitations and member records. */
@Module({})
export class IdentityModule {
  static forRoot(config: IdentityConfig): DynamicModule {
    return {
      module: IdentityModule,
      imports: [
        ...subgraphImports({
          name: 'identity',
          config,
          entities: identityEntities,
          migrations: identityMigrations,
        }),
        IdentitySessionCheckModule,
      ],
      providers: [
        { provide: IDENTITY_CONFIG, useValue: config },
        ...domainProviders,
        UserLoader,
        OrganisationLoader,
        MailDispatcher,
        MailRequestsConsumer,
        OrganisationResolver,
        UserResolver,
        SessionResolver,
        InvitationResolver,
        RegistrationResolver,
        RecordResolver,
        MailResolver,
      ],
    };
  }

  /** Just the database and the seed, for the `seed` command. */
  static forSeed(config: IdentityConfig): DynamicModule {
    return {
      module: IdentityModule,
      imports: [
        loggingModule('identity-seed', 'warn'),
        DatabaseModule.forService(() => ({
          schema: 'identity',
          url: config.DATABASE_URL,
          entities: [OutboxEventEntity, ...identityEntities],
          migrations: identityMigrations,
        })),
      ],
      providers: [
        { provide: IDENTITY_CONFIG, useValue: config },
        OrganisationRepository,
        UserRepository,
        PasswordHasher,
        EventOutbox,
        SeedService,
      ],
    };
  }
}
