import { DomainError } from '@mreza/shared/graphql';

export const MAX_COLLECTION_DOCUMENTS = 200;

export class CollectionNotFoundError extends DomainError {
  constructor() {
    super('COLLECTION_NOT_FOUND', 'No such collection');
  }
}

export class CollectionInvalidError extends DomainError {
  constructor(message: string) {
    super('COLLECTION_INVALID', message);
  }
}
