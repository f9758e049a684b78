import { DomainError } from '@mreza/shared/graphql';

export class FlagOwnPostError extends DomainError {
  constructor() {
    super('FLAG_OWN_POST', 'You cannot flag your own post');
  }
}

export class AlreadyFlaggedError extends DomainError {
  constructor() {
    super('ALREADY_FLAGGED', 'You have already flagged this post');
  }
}

export class FlagNotFoundError extends DomainError {
  constructor() {
    super('FLAG_NOT_FOUND', 'No such flag');
  }
}

export class FlagAlreadyResolvedError extends DomainError {
  constructor() {
    super('FLAG_RESOLVED', 'This flag has already been resolved');
  }
}

export class ReasonRequiredError extends DomainError {
  constructor() {
    super('REASON_REQUIRED', 'Give a reason: the member will see it');
  }
}

export class PostNotHeldError extends DomainError {
  constructor() {
    super('POST_NOT_HELD', 'This post is not waiting for review');
  }
}

export class InvalidMoveError extends DomainError {
  constructor(message: string) {
    super('INVALID_MOVE', message);
  }
}

export class MuteDurationError extends DomainError {
  constructor(maxDays: number) {
    super('MUTE_DURATION_INVALID', `A mute lasts from 1 hour to ${maxDays} days`);
  }
}

export class CannotMuteModeratorError extends DomainError {
  constructor() {
    super('CANNOT_MUTE_MODERATOR', 'Coordinators, staff and administrators cannot be muted');
  }
}

export class TooManyPinnedThreadsError extends DomainError {
  constructor(limit: number) {
    super('TOO_MANY_PINNED', `A network can have at most ${limit} pinned threads`);
  }
}

export class RulesInvalidError extends DomainError {
  constructor(message: string) {
    super('RULES_INVALID', message);
  }
}
