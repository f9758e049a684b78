import { DomainError } from '@mreza/shared/graphql';

export class AlreadyMemberError extends DomainError {
  constructor() {
    super('ALREADY_MEMBER', 'Already a member of this network');
  }
}

export class RequestPendingError extends DomainError {
  constructor() {
    super('REQUEST_PENDING', 'A request to join this network is already waiting for a decision');
  }
}

export class NotAMemberError extends DomainError {
  constructor() {
    super('NOT_A_MEMBER', 'Not a member of this network');
  }
}

export class LastCoordinatorError extends DomainError {
  constructor() {
    super('LAST_COORDINATOR', 'The network needs a coordinator: appoint another coordinator first');
  }
}

export class RequestNotFoundError extends DomainError {
  constructor() {
    super('REQUEST_NOT_FOUND', 'No such membership request');
  }
}

export class RequestAlreadyDecidedError extends DomainError {
  constructor() {
    super('REQUEST_ALREADY_DECIDED', 'This request has already been decided');
  }
}
