import { DomainError } from '@mreza/shared/graphql';

export class PostNotFoundError extends DomainError {
  constructor() {
    super('POST_NOT_FOUND', 'No such post');
  }
}

export class QuoteInvalidError extends DomainError {
  constructor() {
    super('QUOTE_INVALID', 'Only a published post of the same thread can be quoted');
  }
}

export class NotTheAuthorError extends DomainError {
  constructor() {
    super('NOT_THE_AUTHOR', 'Only the author can do this');
  }
}

export class PostNotEditableError extends DomainError {
  constructor(status: string) {
    super('POST_NOT_EDITABLE', `A ${status.toLowerCase()} post cannot be changed`);
  }
}
