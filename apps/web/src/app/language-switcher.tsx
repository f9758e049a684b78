import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@web/i18n/format';
import type { InterfaceLanguage } from '@web/i18n/languages';
import { INTERFACE_LANGUAGES, isInterfaceLanguage } from '@web/i18n/languages';
import { useChangeInterfaceLanguage } from '@web/profile/use-interface-language';
import { LanguageIcon } from '@web/ui/icons';

/** Short enough for a phone's header; each named in its own script. */
const SHORT_NAMES: Record<InterfaceLanguage, string> = {
  'sr-Latn': 'Latinica',
  'sr-Cyrl': 'Ћирилица',
  en: 'English',
};

/**
 * The interface language in the header: a native select, light to load on the first page and
 * familiar on every device (the phone's own picker, full keyboard support).
 */
export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { change } = useChangeInterfaceLanguage();

  return (
    <NativeSelect
      aria-label={t('app.language.label')}
      value={language}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (isInterfaceLanguage(value)) void change(value);
      }}
      data={INTERFACE_LANGUAGES.map((option) => ({ value: option, label: SHORT_NAMES[option] }))}
      leftSection={compact ? undefined : <LanguageIcon size={16} />}
      variant="filled"
      size="sm"
      w={compact ? 128 : 156}
      styles={{ input: { fontWeight: 500 } }}
    />
  );
}
