import { Badge, Button, Group, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@web/i18n/format';
import { organisationName } from '@web/organisations/organisation-name';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { PageHeader } from '@web/ui/page-header';
import type { AdminOrganisation } from './admin.operations';
import { ADMIN_ORGANISATIONS, SET_ORGANISATION_ARCHIVED } from './admin.operations';
import { AdminRow } from './admin-row';
import { AdminSearch } from './admin-search';
import { OrganisationForm } from './organisation-form';
import { ADMIN_PAGE_SIZE, PagedList, usePagedQuery } from './paged-list';
import { RecordActions, useArchiveRecord } from './record-actions';
import { useAdminRole } from './use-admin-role';

/**
 * Organisations: search in either script (the server folds Cyrillic, Latin and missing
 * diacritics together), create, edit, archive and restore. Staff see the list; administrators
 * change it.
 */
export default function OrganisationsPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { isAdmin } = useAdminRole();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 300);
  const [includeArchived, setIncludeArchived] = useState(false);
  // undefined: no form; null: a new organisation.
  const [editing, setEditing] = useState<AdminOrganisation | null | undefined>(undefined);

  const list = usePagedQuery(
    ADMIN_ORGANISATIONS,
    {
      first: ADMIN_PAGE_SIZE,
      filter: { ...(query ? { query } : {}), includeArchived },
    },
    (data) => data.organisations,
  );

  const archiving = useArchiveRecord('organisations', SET_ORGANISATION_ARCHIVED, list.refetch);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('admin.organisations.title')}
        description={t('admin.organisations.intro')}
      />
      {isAdmin && (
        <Group>
          <Button onClick={() => setEditing(null)}>{t('admin.organisations.create')}</Button>
        </Group>
      )}
      <AdminSearch
        label={t('admin.organisations.search')}
        placeholder={t('admin.organisations.searchPlaceholder')}
        value={search}
        onChange={setSearch}
        toggle={{
          label: t('admin.organisations.includeArchived'),
          checked: includeArchived,
          onChange: setIncludeArchived,
        }}
      />
      {archiving.error && <ApiErrorAlert error={archiving.error} />}
      <PagedList
        list={list}
        label={t('admin.organisations.title')}
        empty={t('admin.organisations.empty')}
        renderItem={(organisation) => {
          const name = organisationName(organisation, language);
          const otherScript =
            name === organisation.nameLatin ? organisation.nameCyrillic : organisation.nameLatin;
          return (
            <AdminRow
              key={organisation.id}
              title={name}
              badges={
                <>
                  <Badge variant="light" color="gray">
                    {t(`admin.organisations.kinds.${organisation.kind}`)}
                  </Badge>
                  {organisation.archivedAt && (
                    <Badge variant="light" color="orange">
                      {t('admin.archivedBadge')}
                    </Badge>
                  )}
                </>
              }
              details={[
                otherScript,
                organisation.acronym,
                organisation.district,
                organisation.country,
              ]
                .filter(Boolean)
                .join(' · ')}
              actions={
                isAdmin && (
                  <RecordActions
                    name={name}
                    archived={Boolean(organisation.archivedAt)}
                    archiving={archiving.loading}
                    onEdit={() => setEditing(organisation)}
                    onToggleArchived={() => void archiving.toggle(organisation, name)}
                  />
                )
              }
            />
          );
        }}
      />
      {editing !== undefined && (
        <OrganisationForm
          key={editing?.id ?? 'new'}
          organisation={editing}
          opened
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            list.refetch();
          }}
        />
      )}
    </Stack>
  );
}
