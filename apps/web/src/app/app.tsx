import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { SessionProvider } from '@web/auth/session.context';
import { LiveProvider } from '@web/discussions/live-socket';
import type { SessionStore } from '@web/auth/session.store';
import type { TokenRefresher } from '@web/auth/token-refresher';
import { createRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

// Needed only once something is announced: kept out of the first page's code.
const Notifications = lazy(() =>
  import('@mantine/notifications').then((module) => ({ default: module.Notifications })),
);

interface AppProps {
  store: SessionStore;
  refresher: TokenRefresher;
  client: ApolloClient;
}

export function App({ store, refresher, client }: AppProps) {
  const [router] = useState(createRouter);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <Suspense fallback={null}>
        <Notifications position="top-right" limit={3} />
      </Suspense>
      <ApolloProvider client={client}>
        <SessionProvider store={store} refresher={refresher} client={client}>
          <LiveProvider store={store} refresher={refresher}>
            <RouterProvider router={router} />
          </LiveProvider>
        </SessionProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}
