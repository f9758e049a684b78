import { DomainError } from '@mreza/shared/graphql';

export class UserNotFoundError extends DomainError {
  constructor() {
    super('USER_NOT_FOUND', 'No such user');
  }
}

export class EmailTakenError extends DomainError {
  constructor() {
    super('EMAIL_TAKEN', 'An account with this e-mail address already exists');
  }
}

export class LastAdministratorError extends DomainError {
  constructor() {
    super('LAST_ADMINISTRATOR', 'The last active administrator cannot be demoted or deactivated');
  }
}
