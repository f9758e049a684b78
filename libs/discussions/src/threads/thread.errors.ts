import { DomainError } from '@mreza/shared/graphql';

export const MAX_TITLE_LENGTH = 200;
export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 40;
export const MAX_DOCUMENT_LINKS = 10;

export class ThreadNotFoundError extends DomainError {
  constructor() {
    super('THREAD_NOT_FOUND', 'No such thread');
  }
}

export class ThreadDeletedError extends DomainError {
  constructor() {
    super('THREAD_DELETED', 'This thread was deleted');
  }
}

export class ThreadLockedError extends DomainError {
  constructor() {
    super('THREAD_LOCKED', 'This thread is locked: nobody can reply');
  }
}

export class TitleInvalidError extends DomainError {
  constructor() {
    super('TITLE_INVALID', `A title has 1 to ${MAX_TITLE_LENGTH} characters`, {
      maxLength: MAX_TITLE_LENGTH,
    });
  }
}

export class TagsInvalidError extends DomainError {
  constructor() {
    super(
      'TAGS_INVALID',
      `A thread has at most ${MAX_TAGS} tags of 1 to ${MAX_TAG_LENGTH} characters each`,
    );
  }
}

export class TooManyDocumentLinksError extends DomainError {
  constructor() {
    super('TOO_MANY_DOCUMENTS', `A thread links at most ${MAX_DOCUMENT_LINKS} documents`);
  }
}
