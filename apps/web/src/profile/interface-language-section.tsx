import { Group, Loader, Radio, VisuallyHidden } from '@mantine/core';
import { notify } from '@web/ui/notify';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@web/i18n/format';
import { i18next } from '@web/i18n/i18n';
import { INTERFACE_LANGUAGES, isInterfaceLanguage, LANGUAGE_AUTONYMS } from '@web/i18n/languages';
import { ProfileSection } from './section';
import { useChangeInterfaceLanguage } from './use-interface-language';

/** The interface language: applied on choosing, and saved to the profile. */
export function InterfaceLanguageSection() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { change, saving } = useChangeInterfaceLanguage();

  const choose = async (value: string) => {
    if (!isInterfaceLanguage(value) || value === language) return;
    if (await change(value)) {
      // Said in the language just chosen.
      notify({ color: 'green', message: i18next.t('profile.language.saved') });
    }
  };

  return (
    <ProfileSection title={t('profile.language.title')} hint={t('profile.language.hint')}>
      <Radio.Group
        value={language}
        onChange={(value) => void choose(value)}
        label={<VisuallyHidden>{t('app.language.label')}</VisuallyHidden>}
      >
        <Group gap="lg" align="center">
          {INTERFACE_LANGUAGES.map((option) => (
            <Radio key={option} value={option} label={LANGUAGE_AUTONYMS[option]} lang={option} />
          ))}
          {saving && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
      </Radio.Group>
    </ProfileSection>
  );
}
