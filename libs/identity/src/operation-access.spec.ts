import { operationAccess } from '@mreza/shared/auth';
import { UserResolver } from './accounts/user.resolver';
import { InvitationResolver } from './invitations/invitation.resolver';
import { MailResolver } from './mail/mail.resolver';
import { OrganisationResolver } from './organisations/organisation.resolver';
import { RecordResolver } from './records/record.resolver';
import { RegistrationResolver } from './registrations/registration.resolver';
import { SessionResolver } from './sessions/session.resolver';

describe('identity operation access', () => {
  it('matches the intended table: a new or changed operation must be added here on purpose', () => {
    const table = Object.fromEntries(
      operationAccess([
        OrganisationResolver,
        UserResolver,
        SessionResolver,
        InvitationResolver,
        RegistrationResolver,
        RecordResolver,
        MailResolver,
      ]).map(({ operation, access }) => [operation, access]),
    );
    expect(table).toEqual({
      'Mutation acceptInvitation': 'public',
      'Mutation changePassword': 'signed-in',
      'Mutation confirmRecord': 'signed-in',
      'Mutation createOrganisation': 'ADMIN',
      'Mutation decideRegistration': 'ADMIN | STAFF',
      'Mutation inviteUser': 'ADMIN | STAFF',
      'Mutation login': 'public',
      'Mutation logout': 'signed-in',
      'Mutation recordDeparture': 'signed-in',
      'Mutation refreshSession': 'public',
      'Mutation requestPasswordReset': 'public',
      'Mutation requestRegistration': 'public',
      'Mutation resetPassword': 'public',
      'Mutation revokeInvitation': 'ADMIN | STAFF',
      'Mutation setOrganisationArchived': 'ADMIN',
      'Mutation setUserRole': 'ADMIN',
      'Mutation setUserStatus': 'ADMIN',
      'Mutation updateOrganisation': 'ADMIN',
      'Mutation updateProfile': 'signed-in',
      'Query invitation': 'public',
      'Query invitations': 'ADMIN | STAFF',
      'Query mailOutbox': 'ADMIN',
      'Query me': 'signed-in',
      'Query organisation': 'public',
      'Query organisations': 'public',
      'Query registrationRequests': 'ADMIN | STAFF',
      'Query staleRecords': 'ADMIN | STAFF',
      'Query user': 'signed-in',
      'Query users': 'signed-in',
    });
  });
});
