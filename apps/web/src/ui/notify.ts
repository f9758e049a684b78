import type { NotificationData } from '@mantine/notifications';
import { i18next } from '@web/i18n/i18n';

/**
 * Shows a notification. The notifications code loads on the first call, so pages that only
 * announce a success now and then do not carry it on first load.
 */
export function notify(notification: NotificationData): void {
  void import('@mantine/notifications').then(({ notifications }) => {
    // The close button is an icon: it needs a name for screen readers.
    notifications.show({
      ...notification,
      closeButtonProps: {
        'aria-label': i18next.t('common.close'),
        ...notification.closeButtonProps,
      },
    });
  });
}

/** Closes the notification shown with `id`, if it is still there. */
export function dismiss(id: string): void {
  void import('@mantine/notifications').then(({ notifications }) => notifications.hide(id));
}
