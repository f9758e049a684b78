import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Center,
  EmptyState,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardGridSkeleton } from '@web/ui/card-grid-skeleton';
import { useSearchParams } from 'react-router';
import { OrganisationSelect } from '@web/organisations/organisation-select';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { SearchIcon, UsersIcon } from '@web/ui/icons';
import { PageHeader } from '@web/ui/page-header';
import type { DirectoryFilter } from './directory.operations';
import { DIRECTORY } from './directory.operations';
import { MemberCard } from './member-card';

const PAGE_SIZE = 24;

/**
 * The member directory: search by name, filter by organisation, "show more" by cursor. The
 * search and the filter live in the address (`?q=…&organisation=…`), so a result can be shared
 * and the Back button restores it.
 */
export default function DirectoryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const organisationId = params.get('organisation');
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);

  // Keep the address in step with the (debounced) search box.
  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (debouncedSearch) next.set('q', debouncedSearch);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debouncedSearch, setParams]);

  const setOrganisation = (id: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('organisation', id);
        else next.delete('organisation');
        return next;
      },
      { replace: true },
    );

  const filter: DirectoryFilter = {
    ...(debouncedSearch ? { query: debouncedSearch } : {}),
    ...(organisationId ? { organisationId } : {}),
  };
  const directory = useQuery(DIRECTORY, {
    variables: { first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const page = directory.data?.users;
  const members = page?.nodes ?? [];
  const loadingMore = directory.networkStatus === NetworkStatus.fetchMore;
  const firstLoad = directory.loading && !page;
  const filtered = Boolean(debouncedSearch || organisationId);

  const loadMore = () =>
    void directory.fetchMore({ variables: { after: page?.pageInfo.endCursor ?? null } });

  const clearFilters = () => {
    setSearch('');
    setParams(new URLSearchParams(), { replace: true });
  };

  return (
    <>
      <PageHeader title={t('directory.title')} description={t('directory.intro')} />
      <Card withBorder radius="md" padding="md" mb="lg" component="search">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('directory.search')}
            placeholder={t('directory.searchPlaceholder')}
            type="search"
            leftSection={<SearchIcon size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
          <OrganisationSelect
            label={t('directory.organisation')}
            placeholder={t('directory.allOrganisations')}
            value={organisationId}
            onChange={setOrganisation}
            clearable
          />
        </SimpleGrid>
      </Card>

      {directory.error && !loadingMore ? (
        <ApiErrorAlert error={directory.error} onRetry={() => void directory.refetch()} />
      ) : firstLoad ? (
        <CardGridSkeleton cardHeight={112} />
      ) : members.length === 0 ? (
        <EmptyState
          icon={<UsersIcon size={28} />}
          withIndicatorBackground
          title={t('directory.empty')}
          description={filtered ? t('directory.emptyHint') : undefined}
          py="xl"
        >
          {filtered && (
            <EmptyState.Actions>
              <Button variant="default" onClick={clearFilters}>
                {t('directory.clearFilters')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {t('directory.showing', { count: members.length })}
          </Text>
          <SimpleGrid
            component="ul"
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="md"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-busy={directory.loading}
          >
            {members.map((member) => (
              <MemberCard key={member.id} member={member} />
            ))}
          </SimpleGrid>
          {directory.error && loadingMore && (
            <ApiErrorAlert error={directory.error} onRetry={loadMore} />
          )}
          {page?.pageInfo.hasNextPage && (
            <Center>
              <Group>
                <Button variant="default" onClick={loadMore} loading={loadingMore}>
                  {t('directory.loadMore')}
                </Button>
              </Group>
            </Center>
          )}
        </Stack>
      )}
    </>
  );
}
