import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@web/app/app';
import { createApolloClient } from '@web/auth/apollo.client';
import { postGraphQL } from '@web/auth/graphql-request';
import { REFRESH_SESSION } from '@web/auth/session.operations';
import { SessionStore } from '@web/auth/session.store';
import { TokenRefresher } from '@web/auth/token-refresher';
import { initI18n } from '@web/i18n/i18n';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const store = new SessionStore(browserStorage());
const refresher = new TokenRefresher(store, async (refreshToken) => {
  const data = await postGraphQL(REFRESH_SESSION, { refreshToken });
  return data.refreshSession;
});
const client = createApolloClient(store, refresher);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// The interface language is loaded before the first paint, so no text shows in another one.
void initI18n().finally(() => {
  createRoot(root).render(
    <StrictMode>
      <App store={store} refresher={refresher} client={client} />
    </StrictMode>,
  );
});
