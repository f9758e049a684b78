import { useApolloClient, useMutation } from '@apollo/client/react';
import { Box, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLocale } from '@web/i18n/format';
import { networkName } from '@web/networks/network-logic';
import { refreshQueries } from '@web/networks/refresh';
import type { NotificationItem } from './notification.operations';
import { MARK_NOTIFICATIONS_READ } from './notification.operations';

/**
 * Where a notification leads: the thread of a mention, reply or warning; the requests tab for a
 * request to decide; else the network.
 */
export function notificationTarget(notification: NotificationItem): string {
  if (notification.threadId) return `/threads/${notification.threadId}`;
  const base = `/networks/${notification.network.slug}`;
  return notification.kind === 'JOIN_REQUESTED' ? `${base}?tab=requests` : base;
}

/** Marks notifications read (the given ones, or all) and brings the bell and lists up to date. */
export function useMarkNotificationsRead() {
  const client = useApolloClient();
  const [mark, { loading }] = useMutation(MARK_NOTIFICATIONS_READ);
  const markRead = async (ids?: string[]) => {
    await mark({ variables: ids ? { ids } : {} });
    refreshQueries(client, 'UnreadNotificationCount', 'unreadNotificationCount');
    refreshQueries(client, 'Notifications', 'notifications');
  };
  return { markRead, marking: loading };
}

/**
 * Notifications, newest first: the network, what happened, the start of the announcement or the
 * coordinator's reason, and how long ago. Opening one marks it read and goes to its network.
 */
export function NotificationList({
  notifications,
  onOpen,
}: {
  notifications: NotificationItem[];
  /** Called once a notification was opened (the bell closes its popover). */
  onOpen?: () => void;
}) {
  const { t } = useTranslation();
  const { language, formatRelative, formatDate } = useLocale();
  const navigate = useNavigate();
  const { markRead } = useMarkNotificationsRead();

  const open = async (notification: NotificationItem) => {
    if (!notification.readAt) await markRead([notification.id]).catch(() => undefined);
    onOpen?.();
    void navigate(notificationTarget(notification));
  };

  return (
    <Stack component="ul" gap={0} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {notifications.map((notification) => {
        const unread = !notification.readAt;
        const withReason =
          notification.kind === 'JOIN_REJECTED' || notification.kind === 'MODERATION_WARNING';
        const detail =
          withReason && notification.reason
            ? t('notifications.reason', { reason: notification.reason })
            : notification.excerpt;
        return (
          <Box component="li" key={notification.id}>
            <UnstyledButton
              onClick={() => void open(notification)}
              className="notification-item"
              data-unread={unread || undefined}
              w="100%"
              p="xs"
              aria-label={`${t(`notifications.kinds.${notification.kind}`)}: ${networkName(notification.network, language)}${unread ? `, ${t('notifications.unread')}` : ''}`}
            >
              <Text size="xs" c="dimmed" truncate>
                {networkName(notification.network, language)}
              </Text>
              <Text size="sm" fw={unread ? 700 : 400}>
                {t(`notifications.kinds.${notification.kind}`)}
              </Text>
              {notification.threadTitle && (
                <Text size="sm" fw={500} truncate>
                  {notification.threadTitle}
                </Text>
              )}
              {detail && (
                <Text size="sm" lineClamp={2} c="dark.6">
                  {detail}
                </Text>
              )}
              <Text
                size="xs"
                c="dimmed"
                component="time"
                dateTime={notification.createdAt}
                title={formatDate(notification.createdAt)}
              >
                {formatRelative(notification.createdAt)}
              </Text>
            </UnstyledButton>
          </Box>
        );
      })}
    </Stack>
  );
}
