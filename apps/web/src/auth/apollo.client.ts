import type { FieldPolicy } from '@apollo/client';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { createAuthLink } from './auth.link';
import type { SessionStore } from './session.store';
import type { TokenRefresher } from './token-refresher';

interface ConnectionPage {
  nodes: unknown[];
  pageInfo: unknown;
}

/** A cursor connection (`nodes` + `pageInfo`): a page asked with `after` is appended. */
function connectionPolicy(keyArgs: string[]): FieldPolicy<ConnectionPage> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.['after']) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

export function createApolloClient(store: SessionStore, refresher: TokenRefresher): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      createAuthLink(store, refresher),
      // Same origin as the page: the gateway serves both the client and the API.
      new HttpLink({ uri: '/graphql' }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            users: connectionPolicy(['filter']),
            organisations: connectionPolicy(['filter']),
            // `first` too: the start page's full list and the paged list are kept apart.
            networks: connectionPolicy(['filter', 'first']),
            networkMembers: connectionPolicy(['networkId', 'filter']),
            membershipRequests: connectionPolicy(['networkId', 'status']),
            networkFeed: connectionPolicy(['networkId']),
            // `first` too: the bell's latest and the start page's few are kept apart.
            notifications: connectionPolicy(['unreadOnly', 'first']),
            threads: connectionPolicy(['networkId']),
            moderationQueue: connectionPolicy(['networkId']),
            heldPosts: connectionPolicy(['networkId']),
            moderationLog: connectionPolicy(['networkId']),
            staleRecords: connectionPolicy([]),
            invitations: connectionPolicy(['openOnly']),
            registrationRequests: connectionPolicy(['status']),
            mailOutbox: connectionPolicy([]),
            documents: connectionPolicy(['filter']),
            deletedDocuments: connectionPolicy([]),
            // `first` too: the header's suggestions and the results page are kept apart.
            search: connectionPolicy(['query', 'filter', 'first']),
          },
        },
        // A thread's posts, in order: later pages are appended, live posts too.
        Thread: { fields: { posts: connectionPolicy([]) } },
        AuthPayload: { keyFields: false },
      },
    }),
    clientAwareness: { name: 'mreza-web', version: '0.1.0' },
  });
}
