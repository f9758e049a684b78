import { DomainError } from '@mreza/shared/graphql';

export class UnknownOrganisationError extends DomainError {
  constructor() {
    super('UNKNOWN_ORGANISATION', 'No such organisation');
  }
}

export class DuplicateOrganisationError extends DomainError {
  constructor(name: string) {
    super(
      'DUPLICATE_ORGANISATION',
      `An organisation named "${name}" already exists in this country`,
    );
  }
}
