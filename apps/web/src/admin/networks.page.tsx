import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '@web/i18n/format';
import type { NetworkSummary } from '@web/networks/network.operations';
import { networkName } from '@web/networks/network-logic';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { notify } from '@web/ui/notify';
import { PageHeader } from '@web/ui/page-header';
import { ADMIN_NETWORKS, SET_NETWORK_ARCHIVED } from './admin.operations';
import { AdminRow } from './admin-row';
import { AdminSearch } from './admin-search';
import { NetworkForm } from './network-form';
import { ADMIN_PAGE_SIZE, PagedList, usePagedQuery } from './paged-list';
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
  const [setArchived, archiving] = useMutation(SET_NETWORK_ARCHIVED);

  const list = usePagedQuery(
    ADMIN_NETWORKS,
    { first: ADMIN_PAGE_SIZE, filter: { ...(query ? { query } : {}), includeArchived } },
    (data) => data.networks,
  );

  const toggleArchived = async (network: NetworkSummary) => {
    archiving.reset();
    const archived = !network.archivedAt;
    try {
      await setArchived({ variables: { id: network.id, archived } });
      notify({
        color: 'green',
        message: t(archived ? 'admin.networks.archived' : 'admin.networks.restored', {
          name: networkName(network, language),
        }),
      });
      list.refetch();
    } catch {
      // Shown from `archiving.error`.
    }
  };

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
                  <>
                    {!network.archivedAt && (
                      <Button
                        variant="default"
                        size="xs"
                        onClick={() => setEditing(network)}
                        aria-label={t('admin.editNamed', { name })}
                      >
                        {t('admin.edit')}
                      </Button>
                    )}
                    <Button
                      variant="outline"
                      color={network.archivedAt ? 'blue' : 'dark'}
                      size="xs"
                      loading={archiving.loading}
                      onClick={() => void toggleArchived(network)}
                      aria-label={t(
                        network.archivedAt ? 'admin.restoreNamed' : 'admin.archiveNamed',
                        {
                          name,
                        },
                      )}
                    >
                      {t(network.archivedAt ? 'admin.restore' : 'admin.archive')}
                    </Button>
                  </>
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
