import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Center,
  EmptyState,
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
import { ApiErrorAlert } from '@web/ui/error-alert';
import { SearchIcon, UsersIcon } from '@web/ui/icons';
import { PageHeader } from '@web/ui/page-header';
import { NetworkCard } from './network-card';
import { NETWORKS } from './network.operations';
import { useNetworkMembership } from './use-network-membership';

const PAGE_SIZE = 24;

/**
 * All networks, searchable by name in either script and with or without diacritics (the server
 * folds both sides). The search lives in the address (`?q=…`). Each card offers to join.
 */
export default function NetworksPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const { join } = useNetworkMembership();

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

  const list = useQuery(NETWORKS, {
    variables: { first: PAGE_SIZE, filter: debouncedSearch ? { query: debouncedSearch } : {} },
    notifyOnNetworkStatusChange: true,
  });
  const page = list.data?.networks;
  const networks = page?.nodes ?? [];
  const loadingMore = list.networkStatus === NetworkStatus.fetchMore;
  const firstLoad = list.loading && !page;

  const loadMore = () =>
    void list.fetchMore({ variables: { after: page?.pageInfo.endCursor ?? null } });

  return (
    <>
      <PageHeader title={t('networks.title')} description={t('networks.intro')} />
      <Card withBorder radius="md" padding="md" mb="lg" component="search">
        <TextInput
          label={t('networks.search')}
          placeholder={t('networks.searchPlaceholder')}
          type="search"
          leftSection={<SearchIcon size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maw={{ sm: 480 }}
        />
      </Card>

      {list.error && !loadingMore ? (
        <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : firstLoad ? (
        <CardGridSkeleton cardHeight={160} />
      ) : networks.length === 0 ? (
        <EmptyState
          icon={<UsersIcon size={28} />}
          withIndicatorBackground
          title={debouncedSearch ? t('networks.emptySearch') : t('networks.empty')}
          description={debouncedSearch ? t('networks.emptySearchHint') : undefined}
          py="xl"
        >
          {debouncedSearch && (
            <EmptyState.Actions>
              <Button variant="default" onClick={() => setSearch('')}>
                {t('networks.clearSearch')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {t('networks.showing', { count: networks.length })}
          </Text>
          <SimpleGrid
            component="ul"
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="md"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-busy={list.loading}
          >
            {networks.map((network) => (
              <NetworkCard key={network.id} network={network} onJoin={(n) => void join(n)} />
            ))}
          </SimpleGrid>
          {list.error && loadingMore && <ApiErrorAlert error={list.error} onRetry={loadMore} />}
          {page?.pageInfo.hasNextPage && (
            <Center>
              <Button variant="default" onClick={loadMore} loading={loadingMore}>
                {t('networks.loadMore')}
              </Button>
            </Center>
          )}
        </Stack>
      )}
    </>
  );
}
