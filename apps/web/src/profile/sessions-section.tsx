import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@web/auth/session.context';
import { LogoutIcon } from '@web/ui/icons';
import { ProfileSection } from './section';

export function SessionsSection() {
  const { t } = useTranslation();
  const session = useSession();
  const [signingOut, setSigningOut] = useState(false);

  const signOutEverywhere = async () => {
    setSigningOut(true);
    await session.signOut({ everywhere: true });
  };

  return (
    <ProfileSection title={t('profile.sessions.title')} hint={t('profile.sessions.hint')}>
      <Button
        variant="outline"
        color="red"
        leftSection={<LogoutIcon size={16} />}
        loading={signingOut}
        onClick={() => void signOutEverywhere()}
      >
        {t('profile.sessions.signOutEverywhere')}
      </Button>
    </ProfileSection>
  );
}
