import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@web/i18n/format';
import { organisationName } from '@web/organisations/organisation-name';
import { PageHeader } from '@web/ui/page-header';
import { STALE_RECORDS } from './admin.operations';
import { AdminRow } from './admin-row';
import { ADMIN_PAGE_SIZE, PagedList, usePagedQuery } from './paged-list';

/** Members whose record is due for reconfirmation, the oldest confirmation first. */
export default function StaleRecordsPage() {
  const { t } = useTranslation();
  const { language, formatDate } = useLocale();
  const list = usePagedQuery(
    STALE_RECORDS,
    { first: ADMIN_PAGE_SIZE },
    (data) => data.staleRecords,
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('admin.staleRecords.title')}
        description={t('admin.staleRecords.intro')}
      />
      <PagedList
        list={list}
        label={t('admin.staleRecords.title')}
        empty={t('admin.staleRecords.empty')}
        renderItem={(account) => (
          <AdminRow
            key={account.id}
            title={account.displayName}
            details={
              <>
                {[
                  account.email,
                  account.position,
                  account.organisation ? organisationName(account.organisation, language) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
                <br />
                {t('admin.staleRecords.confirmedOn', {
                  date: formatDate(account.recordConfirmedAt),
                })}
              </>
            }
          />
        )}
      />
    </Stack>
  );
}
