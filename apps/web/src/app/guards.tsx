import { useQuery } from '@apollo/client/react';
import { Button, Center, Container, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { CurrentUserContext } from '@web/auth/current-user';
import { ME } from '@web/auth/session.operations';
import { useSession } from '@web/auth/session.context';
import { GraphQLRequestError } from '@web/auth/graphql-request';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { LoadingState } from '@web/ui/query-state';
import { safeReturnPath } from './navigation';

export const CONFIRM_RECORD_PATH = '/confirm-record';

/**
 * The signed-in part of the app. Restores the session, sends a visitor without one to sign in
 * (and back here afterwards), loads the user, and puts the "confirm your record" screen before
 * anything else while the record is due.
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  const me = useQuery(ME, { skip: session.status !== 'signedIn', fetchPolicy: 'cache-first' });

  switch (session.status) {
    case 'restoring':
      return <LoadingState label={t('session.restoring')} minHeight={320} />;
    case 'unreachable':
      return (
        <Container size={520} py="xl">
          <ApiErrorAlert
            error={new GraphQLRequestError('NETWORK', 'unreachable')}
            onRetry={session.retryRestore}
          />
        </Container>
      );
    case 'signedOut':
      return (
        <Navigate
          to="/sign-in"
          replace
          state={{ from: location.pathname + location.search, notice: session.endReason }}
        />
      );
    case 'signedIn':
      break;
  }

  if (me.error && !me.data) {
    return (
      <Container size={520} py="xl">
        <Stack>
          <ApiErrorAlert error={me.error} onRetry={() => void me.refetch()} />
          <Center>
            <Button variant="subtle" onClick={() => void session.signOut()}>
              {t('common.signOut')}
            </Button>
          </Center>
        </Stack>
      </Container>
    );
  }
  const user = me.data?.me;
  if (!user) return <LoadingState minHeight={320} />;

  if (user.recordReconfirmationDue && location.pathname !== CONFIRM_RECORD_PATH) {
    return (
      <Navigate
        to={CONFIRM_RECORD_PATH}
        replace
        state={{ from: location.pathname + location.search }}
      />
    );
  }

  return (
    <CurrentUserContext.Provider value={user}>
      <Outlet />
    </CurrentUserContext.Provider>
  );
}

/** Pages for visitors (sign in, request access): a signed-in user goes where they were headed. */
export function GuestOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <LoadingState minHeight={240} />;
  if (session.status === 'signedIn') {
    return <Navigate to={safeReturnPath(location.state) ?? '/'} replace />;
  }
  return children;
}
