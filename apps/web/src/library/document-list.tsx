import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Center, Skeleton, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { DocumentCard } from './document-card';
import type { DocumentFilter } from './library.operations';
import { DOCUMENTS } from './library.operations';

const PAGE_SIZE = 20;

/** Documents matching `filter`, newest change first, a page at a time ("Show more"). */
export function DocumentList({ filter, empty }: { filter: DocumentFilter; empty: ReactNode }) {
  const { t } = useTranslation();
  const list = useQuery(DOCUMENTS, {
    variables: { first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const page = list.data?.documents;
  const documents = page?.nodes ?? [];
  const loadingMore = list.networkStatus === NetworkStatus.fetchMore;
  const loadMore = () =>
    void list.fetchMore({ variables: { after: page?.pageInfo.endCursor ?? null } });

  if (list.error && !page) {
    return <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  }
  if (!page) {
    return (
      <Stack gap="md" aria-busy="true">
        <Text className="visually-hidden" role="status">
          {t('common.loading')}
        </Text>
        <Skeleton height={110} radius="md" />
        <Skeleton height={110} radius="md" />
        <Skeleton height={110} radius="md" />
      </Stack>
    );
  }
  if (documents.length === 0) return <>{empty}</>;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {t('library.showing', { count: documents.length })}
      </Text>
      <Stack
        component="ul"
        gap="sm"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        aria-busy={list.loading}
      >
        {documents.map((document) => (
          <DocumentCard key={document.id} document={document} />
        ))}
      </Stack>
      {list.error && loadingMore && <ApiErrorAlert error={list.error} onRetry={loadMore} />}
      {page.pageInfo.hasNextPage && (
        <Center>
          <Button variant="default" onClick={loadMore} loading={loadingMore}>
            {t('library.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
