import { DomainError } from '@mreza/shared/graphql';

export class DocumentNotFoundError extends DomainError {
  constructor() {
    super('DOCUMENT_NOT_FOUND', 'No such document');
  }
}

export class VersionNotFoundError extends DomainError {
  constructor() {
    super('VERSION_NOT_FOUND', 'No such version of this document');
  }
}

/** A metadata field broke its rule; `field` names it. */
export class DocumentInvalidError extends DomainError {
  constructor(field: string, message: string) {
    super('DOCUMENT_INVALID', message, { field });
  }
}
