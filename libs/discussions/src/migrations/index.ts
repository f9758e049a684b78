import { inboxMigration, outboxMigration } from '@mreza/shared/events';
import { DiscussionsAccess1764000000200 } from './1764000000200-discussions-access';
import { Threads1764000000300 } from './1764000000300-threads';
import { Moderation1764000000400 } from './1764000000400-moderation';

export const discussionsMigrations = [
  outboxMigration('discussions', 1764000000000),
  inboxMigration('discussions', 1764000000100),
  DiscussionsAccess1764000000200,
  Threads1764000000300,
  Moderation1764000000400,
];
