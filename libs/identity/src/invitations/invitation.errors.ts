import { DomainError } from '@mreza/shared/graphql';

export class InvalidInvitationError extends DomainError {
  constructor() {
    super('INVALID_INVITATION', 'This invitation is not valid, has expired or was already used');
  }
}

export class InvitationNotFoundError extends DomainError {
  constructor() {
    super('INVITATION_NOT_FOUND', 'No such open invitation');
  }
}
