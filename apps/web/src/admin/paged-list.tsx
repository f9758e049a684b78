import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Center, EmptyState, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@web/ui/error-alert';
import type { Page } from './admin.operations';

export const ADMIN_PAGE_SIZE = 25;

/** A cursor-paged query of the administration: its rows, "show more", and the states between. */
export function usePagedQuery<TData, TVariables extends OperationVariables, TNode>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  pageOf: (data: TData) => Page<TNode>,
  options: { skip?: boolean } = {},
) {
  const result = useQuery(query, {
    variables,
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
    skip: options.skip,
  } as useQuery.Options<TData, TVariables>);
  const page = result.data ? pageOf(result.data as TData) : undefined;
  const loadingMore = result.networkStatus === NetworkStatus.fetchMore;
  return {
    nodes: page?.nodes ?? [],
    hasNextPage: page?.pageInfo.hasNextPage ?? false,
    firstLoad: result.loading && !page,
    loading: result.loading,
    loadingMore,
    error: result.error,
    loaded: Boolean(page),
    refetch: () => void result.refetch(),
    loadMore: () =>
      void result.fetchMore({
        variables: { after: page?.pageInfo.endCursor ?? null } as unknown as Partial<TVariables>,
      }),
  };
}

export type PagedQuery<TNode> = ReturnType<
  typeof usePagedQuery<unknown, OperationVariables, TNode>
>;

interface PagedListProps<TNode> {
  list: PagedQuery<TNode>;
  /** The accessible name of the list. */
  label: string;
  empty: string;
  emptyHint?: string;
  renderItem(node: TNode): ReactNode;
}

/**
 * The rows of a paged query as a list of cards (which stack on a phone, unlike a table): a
 * skeleton while the first page loads, the error with "Try again", an empty state, "Show more".
 */
export function PagedList<TNode>({
  list,
  label,
  empty,
  emptyHint,
  renderItem,
}: PagedListProps<TNode>) {
  const { t } = useTranslation();
  if (list.error && !list.loadingMore && !list.loaded) {
    return <ApiErrorAlert error={list.error} onRetry={list.refetch} />;
  }
  if (list.firstLoad) {
    return (
      <Stack gap="sm" aria-busy="true">
        <VisuallyHidden role="status">{t('common.loading')}</VisuallyHidden>
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} height={72} radius="md" />
        ))}
      </Stack>
    );
  }
  if (list.nodes.length === 0) {
    return <EmptyState title={empty} description={emptyHint} py="xl" />;
  }
  return (
    <Stack gap="sm">
      {list.error && <ApiErrorAlert error={list.error} onRetry={list.refetch} />}
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {t('admin.showing', { count: list.nodes.length })}
      </Text>
      <Stack
        component="ul"
        gap="sm"
        aria-label={label}
        aria-busy={list.loading}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {list.nodes.map(renderItem)}
      </Stack>
      {list.hasNextPage && (
        <Center>
          <Button variant="default" onClick={list.loadMore} loading={list.loadingMore}>
            {t('admin.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
