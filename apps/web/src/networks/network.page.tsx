import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Modal, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCurrentUser } from '@web/auth/current-user';
import { useLocale } from '@web/i18n/format';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { PageHeader } from '@web/ui/page-header';
import { PageLoadError, PageSkeleton } from '@web/ui/query-state';
import { NetworkModeration } from '@web/discussions/network-moderation';
import { NetworkThreads } from '@web/discussions/network-threads';
import { NetworkLibrary } from '@web/library/network-library';
import { NetworkAction } from './network-action';
import { NetworkFacts } from './network-card';
import { NetworkFeed } from './network-feed';
import {
  canDecideRequests,
  canSeeMembers,
  joinStateOf,
  networkDescription,
  networkName,
} from './network-logic';
import { NetworkMembers } from './network-members';
import { NetworkRequests } from './network-requests';
import type { NetworkSummary } from './network.operations';
import { NETWORK } from './network.operations';
import { useNetworkMembership } from './use-network-membership';

interface NetworkTab {
  value: string;
  label: string;
  /** Tabs the viewer may not use are left out, not shown empty. */
  shown: boolean;
  panel: () => ReactNode;
}

/**
 * One network: header with its facts and the join/leave actions, then tabs. The tabs are a list
 * so that the feed, threads and library slot in as they arrive; only tabs the viewer can use
 * appear. The chosen tab lives in the address (`?tab=requests`).
 */
export default function NetworkPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery(NETWORK, { variables: { slug } });
  const network = query.data?.network;

  if (query.error && !network) {
    return (
      <PageLoadError
        title={t('networks.title')}
        error={query.error}
        onRetry={() => void query.refetch()}
        notFoundCode="NETWORK_NOT_FOUND"
      >
        <Anchor component={Link} to="/networks" size="sm">
          {t('networks.backToList')}
        </Anchor>
      </PageLoadError>
    );
  }
  if (!network) {
    return (
      <PageSkeleton>
        <Skeleton height={20} width="80%" radius="md" />
        <Skeleton height={240} radius="md" />
      </PageSkeleton>
    );
  }
  return <NetworkView network={network} />;
}

function NetworkView({ network }: { network: NetworkSummary }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const { join, leave, joining, leaving } = useNetworkMembership();
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [leaveError, setLeaveError] = useState<unknown>(null);

  const name = networkName(network, language);
  const description = networkDescription(network, language);
  const state = joinStateOf(network);
  const isMember = state === 'member' || state === 'coordinator';

  const tabs: NetworkTab[] = [
    {
      value: 'feed',
      label: t('networks.tabs.feed'),
      // Who may see a network's members may read its feed: open, or a member, or staff.
      shown: canSeeMembers(network, user.role),
      panel: () => <NetworkFeed network={network} canPost={isMember && !network.archivedAt} />,
    },
    {
      value: 'threads',
      label: t('networks.tabs.threads'),
      shown: canSeeMembers(network, user.role),
      panel: () => <NetworkThreads network={network} canPost={isMember && !network.archivedAt} />,
    },
    {
      value: 'library',
      label: t('networks.tabs.library'),
      shown: canSeeMembers(network, user.role),
      panel: () => (
        <NetworkLibrary
          networkId={network.id}
          canAdd={(isMember || user.role !== 'MEMBER') && !network.archivedAt}
          canCurate={canDecideRequests(network, user.role)}
        />
      ),
    },
    {
      value: 'members',
      label: t('networks.tabs.members'),
      shown: canSeeMembers(network, user.role),
      panel: () => <NetworkMembers networkId={network.id} />,
    },
    {
      value: 'requests',
      label: t('networks.tabs.requests'),
      shown: canDecideRequests(network, user.role) && network.visibility === 'CLOSED',
      panel: () => <NetworkRequests networkId={network.id} />,
    },
    {
      value: 'moderation',
      label: t('networks.tabs.moderation'),
      // Coordinators of the network, staff and administrators moderate its discussions.
      shown: canDecideRequests(network, user.role),
      panel: () => <NetworkModeration networkId={network.id} />,
    },
  ].filter((tab) => tab.shown);
  const requested = params.get('tab');
  const active = tabs.find((tab) => tab.value === requested)?.value ?? tabs[0]?.value ?? null;

  const selectTab = (value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value && value !== tabs[0]?.value) next.set('tab', value);
        else next.delete('tab');
        return next;
      },
      { replace: true },
    );

  const openLeave = () => {
    setLeaveError(null);
    setConfirmLeave(true);
  };
  const doLeave = async () => {
    const error = await leave(network);
    if (error) setLeaveError(error);
    else setConfirmLeave(false);
  };

  return (
    <>
      <PageHeader title={name} description={description || undefined} />
      <Group justify="space-between" align="center" gap="sm" mb="lg">
        <NetworkFacts network={network} />
        <Group gap="xs">
          <NetworkAction
            network={network}
            name={name}
            onJoin={(target) => void join(target)}
            busy={joining}
          />
          {isMember && !network.archivedAt && (
            <Button variant="default" color="red" onClick={openLeave}>
              {t('networks.leave')}
            </Button>
          )}
        </Group>
      </Group>

      {tabs.length === 0 ? (
        <Text c="dimmed">{t('networks.closedHint')}</Text>
      ) : (
        <Tabs value={active} onChange={selectTab} keepMounted={false}>
          <Tabs.List mb="md" aria-label={t('networks.tabs.label')}>
            {tabs.map((tab) => (
              <Tabs.Tab key={tab.value} value={tab.value}>
                {tab.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Panel key={tab.value} value={tab.value}>
              {tab.panel()}
            </Tabs.Panel>
          ))}
        </Tabs>
      )}

      <Modal
        opened={confirmLeave}
        onClose={() => setConfirmLeave(false)}
        title={t('networks.leaveTitle', { name })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">
            {network.visibility === 'CLOSED'
              ? t('networks.leaveClosedText')
              : t('networks.leaveText')}
          </Text>
          {leaveError !== null && <ApiErrorAlert error={leaveError} />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirmLeave(false)} data-autofocus>
              {t('networks.cancel')}
            </Button>
            <Button color="red" loading={leaving} onClick={() => void doLeave()}>
              {t('networks.confirmLeave')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
