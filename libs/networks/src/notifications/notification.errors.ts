import { DomainError } from '@mreza/shared/graphql';

/** `markNotificationsRead` takes at most this many ids at once; without ids it marks all. */
export const MAX_MARK_IDS = 500;

export class TooManyNotificationIdsError extends DomainError {
  constructor() {
    super(
      'TOO_MANY_NOTIFICATION_IDS',
      `Mark at most ${MAX_MARK_IDS} notifications at once, or leave out ids to mark all`,
    );
  }
}
