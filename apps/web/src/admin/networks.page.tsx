import { Anchor, Badge, Button, Group, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '@web/i18n/format';
import type { NetworkSummary } from '@web/networks/network.operations';
import { networkName } from '@web/networks/network-logic';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { PageHeader } from '@web/ui/page-header';
import { ADMIN_NETWORKS, SET_NETWORK_ARCHIVED } from './admin.operations';
import { AdminRow } from './admin-row';
import { AdminSearch } from './admin-search';
import { NetworkForm } from './network-form';
import { ADMIN_PAGE_SIZE, PagedList, usePagedQuery } from './paged-list';
import { RecordActions, useArchiveRecord } from './record-actions';
import { useAdminRole } from './use-admin-role';

/** Networks: create, edit (names, descriptions, open or closed), archive and restore. */
export default function AdminNetworksPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { isAdmin } = useAdminRole();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 300);
  const [includeArchived, setIncludeArchived] = useState(true);
  const [editing, setEditing] = useState<NetworkSummary | null | undefined>(undefined);

  const list = usePagedQuery(
    ADMIN_NETWORKS,
    { first: ADMIN_PAGE_SIZE, filter: { ...(query ? { query } : {}), includeArchived } },
    (data) => data.networks,
  );

  const archiving = useArchiveRecord('networks', SET_NETWORK_ARCHIVED, list.refetch);

  return (
    <Stack gap="lg">
      <PageHeader title={t('admin.networks.title')} description={t('admin.networks.intro')} />
      {isAdmin && (
        <Group>
          <Button onClick={() => setEditing(null)}>{t('admin.networks.create')}</Button>
        </Group>
      )}
      <AdminSearch
        label={t('admin.networks.search')}
        value={search}
        onChange={setSearch}
        toggle={{
          label: t('admin.networks.includeArchived'),
          checked: includeArchived,
          onChange: setIncludeArchived,
        }}
      />
      {archiving.error && <ApiErrorAlert error={archiving.error} />}
      <PagedList
        list={list}
        label={t('admin.networks.title')}
        empty={t('admin.networks.empty')}
        renderItem={(network) => {
          const name = networkName(network, language);
          return (
            <AdminRow
              key={network.id}
              title={
                <Anchor component={Link} to={`/networks/${network.slug}`} inherit>
                  {name}
                </Anchor>
              }
              badges={
                <>
                  <Badge variant="light" color={network.visibility === 'OPEN' ? 'green' : 'gray'}>
                    {t(`admin.networks.visibility${network.visibility}`)}
                  </Badge>
                  {network.archivedAt && (
                    <Badge variant="light" color="orange">
                      {t('admin.archivedBadge')}
                    </Badge>
                  )}
                </>
              }
              details={[
                `/${network.slug}`,
                network.memberCount === null
                  ? null
                  : t('admin.networks.members', { count: network.memberCount }),
              ]
                .filter(Boolean)
                .join(' · ')}
              actions={
                isAdmin && (
                  <RecordActions
                    name={name}
                    archived={Boolean(network.archivedAt)}
                    archiving={archiving.loading}
                    onEdit={network.archivedAt ? undefined : () => setEditing(network)}
                    onToggleArchived={() => void archiving.toggle(network, name)}
                  />
                )
              }
            />
          );
        }}
      />
      {editing !== undefined && (
        <NetworkForm
          key={editing?.id ?? 'new'}
          network={editing}
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
