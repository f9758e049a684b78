import { DomainError } from '@mreza/shared/graphql';

export class NetworkNotFoundError extends DomainError {
  constructor() {
    super('NETWORK_NOT_FOUND', 'No such network');
  }
}

export class NotAMemberError extends DomainError {
  constructor() {
    super('NOT_A_MEMBER', 'Only members of the chosen networks can add documents to them');
  }
}

export class NetworkArchivedError extends DomainError {
  constructor() {
    super('NETWORK_ARCHIVED', 'This network is archived and can only be read');
  }
}

export class AccountSuspendedError extends DomainError {
  constructor() {
    super('ACCOUNT_SUSPENDED', 'Your account is suspended');
  }
}

export class NotAnEditorError extends DomainError {
  constructor() {
    super(
      'FORBIDDEN',
      "Only the document's author, coordinators of its networks, staff and administrators can do this",
    );
  }
}

export class NotACuratorError extends DomainError {
  constructor() {
    super(
      'FORBIDDEN',
      "Only the network's coordinators, staff and administrators curate collections",
    );
  }
}

export class SignInRequiredError extends DomainError {
  constructor() {
    super('UNAUTHENTICATED', 'Sign in first');
  }
}
