import { UserEntity } from './accounts/user.entity';
import { InvitationEntity } from './invitations/invitation.entity';
import { MailMessageEntity } from './mail/mail-message.entity';
import { OrganisationEntity } from './organisations/organisation.entity';
import { RegistrationRequestEntity } from './registrations/registration-request.entity';
import { PasswordResetEntity } from './sessions/password-reset.entity';
import { RefreshTokenEntity } from './sessions/refresh-token.entity';
import { SessionEntity } from './sessions/session.entity';

export const identityEntities = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  RefreshTokenEntity,
  PasswordResetEntity,
  InvitationEntity,
  RegistrationRequestEntity,
  MailMessageEntity,
];
