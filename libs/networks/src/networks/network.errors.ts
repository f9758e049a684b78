import { DomainError } from '@mreza/shared/graphql';

export class NetworkNotFoundError extends DomainError {
  constructor() {
    super('NETWORK_NOT_FOUND', 'No such network');
  }
}

export class NetworkArchivedError extends DomainError {
  constructor() {
    super('NETWORK_ARCHIVED', 'This network is archived and can no longer be changed');
  }
}

export class SlugTakenError extends DomainError {
  constructor(slug: string) {
    super('SLUG_TAKEN', `Another network already uses the address "${slug}"`);
  }
}
