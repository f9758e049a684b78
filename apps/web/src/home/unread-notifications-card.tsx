import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NotificationList, useMarkNotificationsRead } from '@web/notifications/notification-list';
import { NOTIFICATIONS } from '@web/notifications/notification.operations';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { BellIcon } from '@web/ui/icons';

const SHOWN = 5;

/** "Unread notifications" on the start page: the newest few, and "mark all read". */
export function UnreadNotificationsCard() {
  const { t } = useTranslation();
  const list = useQuery(NOTIFICATIONS, { variables: { first: SHOWN, unreadOnly: true } });
  const { markRead, marking } = useMarkNotificationsRead();
  const unread = list.data?.notifications.nodes ?? [];

  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby="home-notifications"
    >
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <BellIcon size={22} />
          <Title order={2} size="h4" id="home-notifications">
            {t('home.notificationsTitle')}
          </Title>
        </Group>
        {unread.length > 0 && (
          <Button
            size="compact-sm"
            variant="subtle"
            loading={marking}
            onClick={() => void markRead()}
          >
            {t('notifications.markAllRead')}
          </Button>
        )}
      </Group>
      {list.error && !list.data ? (
        <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <Stack gap="xs" aria-busy="true">
          <Text className="visually-hidden" role="status">
            {t('common.loading')}
          </Text>
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      ) : unread.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('home.notificationsEmpty')}
        </Text>
      ) : (
        <NotificationList notifications={unread} />
      )}
    </Card>
  );
}
