import type { ApolloCache } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@web/ui/error-alert';
import { apiErrorOf } from '@web/ui/errors';
import { notify } from '@web/ui/notify';
import { refreshQueries } from './refresh';
import { afterJoin, afterLeave } from './network-logic';
import type { NetworkSummary } from './network.operations';
import { JOIN_NETWORK, LEAVE_NETWORK } from './network.operations';

type Standing = ReturnType<typeof afterJoin>;

/** Writes the viewer's new standing into the cached network; every list shows it at once. */
function writeStanding(cache: ApolloCache, networkId: string, standing: Standing) {
  cache.modify({
    id: cache.identify({ __typename: 'Network', id: networkId }),
    fields: {
      viewerMembership: () => standing.viewerMembership,
      viewerRequestPending: () => standing.viewerRequestPending,
      memberCount: () => standing.memberCount,
    },
  });
}

/** Codes that mean the page showed a stale standing: reload the network rather than guess. */
const STALE_STANDING = ['ALREADY_MEMBER', 'REQUEST_PENDING', 'NOT_A_MEMBER'];

/**
 * Joining (or asking to join) and leaving a network. The cached network changes at once
 * (optimistically) and changes back if the server refuses; the refusal shows as a notification.
 */
export function useNetworkMembership() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const message = useErrorMessage();
  const [joinMutation, joinState] = useMutation(JOIN_NETWORK);
  const [leaveMutation, leaveState] = useMutation(LEAVE_NETWORK);

  const refused = (error: unknown) => {
    const info = apiErrorOf(error);
    notify({ color: 'red', title: t('errors.title'), message: message(info) });
    if (STALE_STANDING.includes(info.rawCode)) {
      refreshQueries(client, 'Network', 'network');
      refreshQueries(client, 'Networks', 'networks');
    }
  };

  const join = async (network: NetworkSummary): Promise<boolean> => {
    const open = network.visibility === 'OPEN';
    try {
      await joinMutation({
        variables: { networkId: network.id },
        optimisticResponse: {
          joinNetwork: {
            __typename: 'JoinResult',
            membership: open
              ? { __typename: 'NetworkMember', networkId: network.id, role: 'MEMBER' }
              : null,
            request: open
              ? null
              : {
                  __typename: 'MembershipRequest',
                  id: `optimistic-${network.id}`,
                  networkId: network.id,
                  status: 'PENDING',
                },
          },
        },
        update(cache, { data }) {
          if (!data) return;
          writeStanding(
            cache,
            network.id,
            afterJoin(network, data.joinNetwork.membership !== null),
          );
        },
      });
      // A new member appears in the member list.
      if (open) refreshQueries(client, 'NetworkMembers', 'networkMembers');
      notify({
        color: 'green',
        message: open ? t('networks.joined') : t('networks.requestSent'),
      });
      return true;
    } catch (error) {
      refused(error);
      return false;
    }
  };

  /** Resolves to the refusal (shown by the caller, e.g. LAST_COORDINATOR), or null. */
  const leave = async (network: NetworkSummary): Promise<unknown> => {
    try {
      await leaveMutation({
        variables: { networkId: network.id },
        update(cache, { data }) {
          if (data?.leaveNetwork) writeStanding(cache, network.id, afterLeave(network));
        },
      });
      refreshQueries(client, 'NetworkMembers', 'networkMembers');
      notify({ color: 'green', message: t('networks.left') });
      return null;
    } catch (error) {
      if (STALE_STANDING.includes(apiErrorOf(error).rawCode)) {
        refreshQueries(client, 'Network', 'network');
        refreshQueries(client, 'Networks', 'networks');
      }
      return error;
    }
  };

  return { join, leave, joining: joinState.loading, leaving: leaveState.loading };
}
