import type { NotificationData } from '@mantine/notifications';

/**
 * Shows a notification. The notifications code loads on the first call, so pages that only
 * announce a success now and then do not carry it on first load.
 */
export function notify(notification: NotificationData): void {
  void import('@mantine/notifications').then(({ notifications }) => {
    notifications.show(notification);
  });
}
