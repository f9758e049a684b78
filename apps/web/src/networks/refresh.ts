import type { ApolloClient } from '@apollo/client';

/**
 * Brings lists up to date after a change: a query on screen now is fetched again; a cached one
 * nobody shows is dropped, to be fetched when next shown. (Naming a query that is not on screen
 * in `refetchQueries` would only warn.)
 */
export function refreshQueries(client: ApolloClient, queryName: string, fieldName: string) {
  const active = [...client.getObservableQueries('active')].filter(
    (query) => query.queryName === queryName,
  );
  if (active.length > 0) {
    for (const query of active) void query.refetch();
    return;
  }
  client.cache.evict({ id: 'ROOT_QUERY', fieldName });
  client.cache.gc();
}
