import { useQuery } from '@apollo/client/react';
import { useLocale } from '@web/i18n/format';
import { organisationName } from '@web/organisations/organisation-name';
import { ORGANISATION } from '@web/organisations/organisation.operations';

/** The name of an organisation known only by id (invitations, requests); cached once loaded. */
export function OrganisationLabel({ id }: { id: string }) {
  const { language } = useLocale();
  const { data } = useQuery(ORGANISATION, { variables: { id } });
  return <>{data ? organisationName(data.organisation, language) : '…'}</>;
}
