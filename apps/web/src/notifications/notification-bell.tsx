import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { BellIcon } from '@web/ui/icons';
import { NotificationList, useMarkNotificationsRead } from './notification-list';
import { NOTIFICATIONS, UNREAD_NOTIFICATION_COUNT } from './notification.operations';

/** How often the unread count is asked for while the page is open. */
const POLL_MS = 60_000;
const LATEST = 15;

/** The header's bell: the unread count, and the latest notifications in a popover. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const count = useQuery(UNREAD_NOTIFICATION_COUNT, { pollInterval: POLL_MS });
  const unread = count.data?.unreadNotificationCount ?? 0;

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={400}
      shadow="md"
      withinPortal
      trapFocus
    >
      {/* The popover's ARIA attributes belong on the button, not on the badge around it. */}
      <Indicator
        label={unread > 99 ? '99+' : unread}
        disabled={unread === 0}
        size={18}
        offset={6}
        color="red"
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="dark"
            size="lg"
            onClick={() => setOpened((value) => !value)}
            aria-label={t('notifications.bell', { count: unread })}
            aria-expanded={opened}
          >
            <BellIcon size={20} />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0} role="dialog" aria-label={t('notifications.title')}>
        {opened && <LatestNotifications onOpen={() => setOpened(false)} unread={unread} />}
      </Popover.Dropdown>
    </Popover>
  );
}

function LatestNotifications({ onOpen, unread }: { onOpen: () => void; unread: number }) {
  const { t } = useTranslation();
  const list = useQuery(NOTIFICATIONS, {
    variables: { first: LATEST },
    fetchPolicy: 'cache-and-network',
  });
  const { markRead, marking } = useMarkNotificationsRead();
  const notifications = list.data?.notifications.nodes ?? [];

  return (
    <Stack gap={0}>
      <Group justify="space-between" px="sm" py="xs" wrap="nowrap">
        <Text fw={600}>{t('notifications.title')}</Text>
        <Button
          size="compact-sm"
          variant="subtle"
          disabled={unread === 0}
          loading={marking}
          onClick={() => void markRead()}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      <Divider />
      {list.error && !list.data ? (
        <Stack p="sm">
          <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        </Stack>
      ) : !list.data ? (
        <Stack p="sm" gap="xs" aria-busy="true">
          <Text className="visually-hidden" role="status">
            {t('common.loading')}
          </Text>
          <Skeleton height={40} />
          <Skeleton height={40} />
        </Stack>
      ) : notifications.length === 0 ? (
        <Text size="sm" c="dimmed" p="sm">
          {t('notifications.empty')}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={420}>
          <NotificationList notifications={notifications} onOpen={onOpen} />
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
