import { DomainError } from '@mreza/shared/graphql';

export class PostNotFoundError extends DomainError {
  constructor() {
    super('POST_NOT_FOUND', 'No such post');
  }
}

export class NotAnAnnouncementError extends DomainError {
  constructor() {
    super('NOT_AN_ANNOUNCEMENT', 'Only announcements can be pinned');
  }
}

export class TooManyPinnedError extends DomainError {
  constructor(limit: number) {
    super('TOO_MANY_PINNED', `A network can have at most ${limit} pinned announcements`);
  }
}

/** A deleted post stays deleted: it cannot be edited (nor restored by an edit). */
export class PostDeletedError extends DomainError {
  constructor() {
    super('POST_DELETED', 'This post was deleted and can no longer be edited');
  }
}

/** `markAnnouncementsRead` takes at most this many ids at once. */
export const MAX_READ_IDS = 100;

export class TooManyPostIdsError extends DomainError {
  constructor() {
    super('TOO_MANY_POST_IDS', `Mark at most ${MAX_READ_IDS} announcements read at once`);
  }
}
