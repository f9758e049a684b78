import type { Preferences } from './notification-preferences.repository';
import type { NotificationPreferencesObject } from './notification-preferences.object';

export const toPreferencesObject = ({
  digest,
  announcementEmails,
}: Preferences): NotificationPreferencesObject => ({ digest, announcementEmails });
