import { useMutation } from '@apollo/client/react';
import { notify } from '@web/ui/notify';
import { useTranslation } from 'react-i18next';
import { useSession } from '@web/auth/session.context';
import { applyLanguage } from '@web/i18n/i18n';
import type { InterfaceLanguage } from '@web/i18n/languages';
import { UPDATE_PROFILE } from './profile.operations';

/**
 * Switches the interface language at once; for a signed-in user also saves it to the profile,
 * so it follows them to other devices. Resolves to false when the saving failed (the switch
 * itself stays).
 */
export function useChangeInterfaceLanguage(): {
  change(language: InterfaceLanguage): Promise<boolean>;
  saving: boolean;
} {
  const session = useSession();
  const { t } = useTranslation();
  const [updateProfile, { loading }] = useMutation(UPDATE_PROFILE);

  async function change(language: InterfaceLanguage): Promise<boolean> {
    await applyLanguage(language);
    if (session.status !== 'signedIn') return true;
    try {
      await updateProfile({ variables: { input: { interfaceLanguage: language } } });
      return true;
    } catch {
      notify({ color: 'red', message: t('profile.language.saveFailed') });
      return false;
    }
  }

  return { change, saving: loading };
}
