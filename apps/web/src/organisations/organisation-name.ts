import type { InterfaceLanguage } from '@web/i18n/languages';
import type { OrganisationSummary } from './organisation.types';

/** An organisation's name in the script of the interface: Cyrillic for `sr-Cyrl`, else Latin. */
export function organisationName(
  organisation: Pick<OrganisationSummary, 'nameLatin' | 'nameCyrillic'>,
  language: InterfaceLanguage,
): string {
  if (language === 'sr-Cyrl' && organisation.nameCyrillic) return organisation.nameCyrillic;
  return organisation.nameLatin;
}
