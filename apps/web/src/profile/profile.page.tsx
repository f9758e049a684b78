import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@web/ui/page-header';
import { ChangePasswordSection } from './change-password-section';
import { InterfaceLanguageSection } from './interface-language-section';
import { NotificationPreferencesSection } from './notification-preferences-section';
import { ProfileDetailsSection } from './profile-details-section';
import { SessionsSection } from './sessions-section';

/** My profile and settings: details, interface language, e-mail notifications, password, sessions. */
export default function ProfilePage() {
  const { t } = useTranslation();
  return (
    <Stack maw={760} gap="lg">
      <PageHeader title={t('profile.title')} />
      <ProfileDetailsSection />
      <InterfaceLanguageSection />
      <NotificationPreferencesSection />
      <ChangePasswordSection />
      <SessionsSection />
    </Stack>
  );
}
