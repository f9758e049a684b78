import { DomainError } from '@mreza/shared/graphql';

export class TopicNotFoundError extends DomainError {
  constructor() {
    super('TOPIC_NOT_FOUND', 'No such topic (or it is archived)');
  }
}

export class TopicSlugTakenError extends DomainError {
  constructor() {
    super('TOPIC_SLUG_TAKEN', 'Another topic has this slug');
  }
}

export class TopicInvalidError extends DomainError {
  constructor(message: string) {
    super('TOPIC_INVALID', message);
  }
}
