import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Center,
  EmptyState,
  Group,
  Modal,
  Skeleton,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@web/i18n/format';
import { organisationName } from '@web/organisations/organisation-name';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { CheckIcon } from '@web/ui/icons';
import { notify } from '@web/ui/notify';
import type { MembershipRequest } from './network.operations';
import { DECIDE_MEMBERSHIP, MEMBERSHIP_REQUESTS } from './network.operations';
import { refreshQueries } from './refresh';

const PAGE_SIZE = 20;
/** The server's limit on a rejection reason. */
const REASON_MAX = 1000;

/** Pending requests to join: approve at once, or reject with a reason the requester receives. */
export function NetworkRequests({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const { language, formatDate } = useLocale();
  const client = useApolloClient();
  const requests = useQuery(MEMBERSHIP_REQUESTS, {
    variables: { networkId, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [decide, decision] = useMutation(DECIDE_MEMBERSHIP);
  const [deciding, setDeciding] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<MembershipRequest | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const page = requests.data?.membershipRequests;
  const nodes = page?.nodes ?? [];
  const loadingMore = requests.networkStatus === NetworkStatus.fetchMore;
  const loadMore = () =>
    void requests.fetchMore({ variables: { after: page?.pageInfo.endCursor ?? null } });

  const submit = async (request: MembershipRequest, approve: boolean, why?: string) => {
    decision.reset();
    setDeciding(request.id);
    try {
      await decide({
        variables: { requestId: request.id, approve, reason: why ?? null },
        update(cache) {
          // Decided requests leave the list of pending ones.
          cache.evict({ id: cache.identify({ __typename: 'MembershipRequest', id: request.id }) });
          cache.gc();
        },
      });
      if (approve) {
        // The count and the member list now include the new member.
        refreshQueries(client, 'Network', 'network');
        refreshQueries(client, 'NetworkMembers', 'networkMembers');
      }
      notify({
        color: 'green',
        message: t(approve ? 'networks.requests.approved' : 'networks.requests.rejected', {
          name: request.user.displayName,
        }),
      });
      setRejecting(null);
    } catch {
      // Shown from `decision.error`; a request decided elsewhere is refreshed away.
      void requests.refetch();
    } finally {
      setDeciding(null);
    }
  };

  const openReject = (request: MembershipRequest) => {
    decision.reset();
    setReason('');
    setReasonError(null);
    setRejecting(request);
  };

  const confirmReject = () => {
    if (!rejecting) return;
    const why = reason.trim();
    if (!why) {
      setReasonError(t('networks.requests.reasonRequired'));
      return;
    }
    void submit(rejecting, false, why);
  };

  if (requests.error && !loadingMore) {
    return <ApiErrorAlert error={requests.error} onRetry={() => void requests.refetch()} />;
  }
  if (requests.loading && !page) {
    return (
      <Stack gap="md" aria-busy="true">
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} height={88} radius="md" />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {decision.error && !rejecting && <ApiErrorAlert error={decision.error} />}
      {nodes.length === 0 ? (
        <EmptyState
          icon={<CheckIcon size={28} />}
          withIndicatorBackground
          title={t('networks.requests.empty')}
          py="xl"
        />
      ) : (
        <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {nodes.map((request) => (
            <Card key={request.id} withBorder radius="md" padding="md" component="li">
              <Group justify="space-between" align="flex-start" gap="sm">
                <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
                  <Text fw={600} component="h3" size="md" m={0}>
                    {request.user.displayName}
                  </Text>
                  {request.user.position && <Text size="sm">{request.user.position}</Text>}
                  {request.user.organisation && (
                    <Text size="sm" c="dimmed">
                      {organisationName(request.user.organisation, language)}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {t('networks.requests.sentAt', { date: formatDate(request.createdAt) })}
                  </Text>
                </Stack>
                <Group gap="xs">
                  <Button
                    onClick={() => void submit(request, true)}
                    loading={deciding === request.id && !rejecting}
                    disabled={deciding !== null && deciding !== request.id}
                    aria-label={t('networks.requests.approveNamed', {
                      name: request.user.displayName,
                    })}
                  >
                    {t('networks.requests.approve')}
                  </Button>
                  <Button
                    variant="default"
                    color="red"
                    onClick={() => openReject(request)}
                    disabled={deciding !== null}
                    aria-label={t('networks.requests.rejectNamed', {
                      name: request.user.displayName,
                    })}
                  >
                    {t('networks.requests.reject')}
                  </Button>
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      {requests.error && loadingMore && <ApiErrorAlert error={requests.error} onRetry={loadMore} />}
      {page?.pageInfo.hasNextPage && (
        <Center>
          <Button variant="default" onClick={loadMore} loading={loadingMore}>
            {t('directory.loadMore')}
          </Button>
        </Center>
      )}

      <Modal
        opened={rejecting !== null}
        onClose={() => setRejecting(null)}
        title={t('networks.requests.rejectTitle', { name: rejecting?.user.displayName ?? '' })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            confirmReject();
          }}
          noValidate
        >
          <Stack gap="md">
            {decision.error && <ApiErrorAlert error={decision.error} />}
            <Textarea
              label={t('networks.requests.reason')}
              description={t('networks.requests.reasonHint')}
              required
              autosize
              minRows={3}
              maxLength={REASON_MAX}
              value={reason}
              error={reasonError}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setReasonError(null);
              }}
              data-autofocus
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setRejecting(null)}>
                {t('networks.cancel')}
              </Button>
              <Button type="submit" color="red" loading={deciding !== null}>
                {t('networks.requests.confirmReject')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
