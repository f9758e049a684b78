import { inboxMigration, outboxMigration } from '@mreza/shared/events';
import { NetworksMembership1764000000200 } from './1764000000200-networks-membership';
import { NetworkFeeds1764000000400 } from './1764000000400-network-feeds';
import { Notifications1764000000500 } from './1764000000500-notifications';
import { NotificationPreferences1764000000600 } from './1764000000600-notification-preferences';
import { AnnouncementReadsAndSerbianOrder1764000000700 } from './1764000000700-announcement-reads-and-serbian-order';
import { DiscussionNotifications1764000000800 } from './1764000000800-discussion-notifications';
import { RepeatedWarnings1764000000900 } from './1764000000900-repeated-warnings';

export const networksMigrations = [
  outboxMigration('networks', 1764000000000),
  NetworksMembership1764000000200,
  inboxMigration('networks', 1764000000300),
  NetworkFeeds1764000000400,
  Notifications1764000000500,
  NotificationPreferences1764000000600,
  AnnouncementReadsAndSerbianOrder1764000000700,
  DiscussionNotifications1764000000800,
  RepeatedWarnings1764000000900,
];
