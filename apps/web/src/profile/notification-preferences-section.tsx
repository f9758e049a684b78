import { useMutation, useQuery } from '@apollo/client/react';
import { Group, Loader, Radio, Skeleton, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { notify } from '@web/ui/notify';
import type { NotificationPreferences } from './notification-preferences.operations';
import {
  DIGEST_FREQUENCIES,
  NOTIFICATION_PREFERENCES,
  UPDATE_NOTIFICATION_PREFERENCES,
} from './notification-preferences.operations';
import { ProfileSection } from './section';

const isDigest = (value: string): value is NotificationPreferences['digest'] =>
  (DIGEST_FREQUENCIES as readonly string[]).includes(value);

/** E-mail from the networks: the digest of unread notifications, and e-mailed announcements. */
export function NotificationPreferencesSection() {
  const { t } = useTranslation();
  const preferences = useQuery(NOTIFICATION_PREFERENCES);
  const [update, saving] = useMutation(UPDATE_NOTIFICATION_PREFERENCES);
  const current = preferences.data?.notificationPreferences;

  const save = async (input: Partial<NotificationPreferences>) => {
    if (!current) return;
    saving.reset();
    try {
      await update({
        variables: { input },
        // The choice shows at once; a failure puts the old one back.
        optimisticResponse: {
          updateNotificationPreferences: {
            __typename: 'NotificationPreferences',
            ...current,
            ...input,
          },
        },
        update: (cache, { data }) => {
          if (!data) return;
          cache.writeQuery({
            query: NOTIFICATION_PREFERENCES,
            data: { notificationPreferences: data.updateNotificationPreferences },
          });
        },
      });
      notify({ color: 'green', message: t('profile.notifications.saved') });
    } catch {
      // Shown from `saving.error`.
    }
  };

  return (
    <ProfileSection title={t('profile.notifications.title')} hint={t('profile.notifications.hint')}>
      {preferences.error && !current ? (
        <ApiErrorAlert error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : !current ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={20} width="60%" />
          <Skeleton height={20} width="40%" />
        </Stack>
      ) : (
        <Stack gap="lg">
          {saving.error && <ApiErrorAlert error={saving.error} />}
          <Radio.Group
            label={t('profile.notifications.digest')}
            description={t('profile.notifications.digestHint')}
            value={current.digest}
            onChange={(value) => {
              if (isDigest(value) && value !== current.digest) void save({ digest: value });
            }}
          >
            <Group mt="xs" gap="lg">
              {DIGEST_FREQUENCIES.map((frequency) => (
                <Radio
                  key={frequency}
                  value={frequency}
                  label={t(`profile.notifications.frequency.${frequency}`)}
                />
              ))}
              {saving.loading && <Loader size="xs" aria-label={t('common.loading')} />}
            </Group>
          </Radio.Group>
          <Switch
            label={t('profile.notifications.announcementEmails')}
            description={t('profile.notifications.announcementEmailsHint')}
            checked={current.announcementEmails}
            onChange={(event) => void save({ announcementEmails: event.currentTarget.checked })}
          />
        </Stack>
      )}
    </ProfileSection>
  );
}
