import { DomainError } from '@mreza/shared/graphql';

export class NetworkNotFoundError extends DomainError {
  constructor() {
    super('NETWORK_NOT_FOUND', 'No such network');
  }
}

export class NotAMemberError extends DomainError {
  constructor() {
    super('NOT_A_MEMBER', 'Only members of this network can do this');
  }
}

export class NotAModeratorError extends DomainError {
  constructor() {
    super('FORBIDDEN', 'Only coordinators of this network, staff and administrators can do this');
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

export class MemberMutedError extends DomainError {
  constructor(until: Date) {
    super('MEMBER_MUTED', `You cannot post in this network until ${until.toISOString()}`, {
      until: until.toISOString(),
    });
  }
}
