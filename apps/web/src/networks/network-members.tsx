import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  EmptyState,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardGridSkeleton } from '@web/ui/card-grid-skeleton';
import { useLocale } from '@web/i18n/format';
import { organisationName } from '@web/organisations/organisation-name';
import { OrganisationSelect } from '@web/organisations/organisation-select';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { MailIcon, SearchIcon, UsersIcon } from '@web/ui/icons';
import type { MemberFilter, NetworkMember } from './network.operations';
import { NETWORK_MEMBERS } from './network.operations';

const PAGE_SIZE = 24;

function MemberItem({ member }: { member: NetworkMember }) {
  const { t } = useTranslation();
  const { language, formatDate } = useLocale();
  const { user } = member;
  return (
    <Card withBorder radius="md" padding="md" component="li" h="100%">
      <Stack gap={4} style={{ minWidth: 0 }}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600} component="h3" size="md" m={0}>
            {user.displayName}
          </Text>
          {member.role === 'COORDINATOR' && (
            <Badge variant="light" color="grape" size="sm">
              {t('networks.roles.COORDINATOR')}
            </Badge>
          )}
        </Group>
        {user.position && <Text size="sm">{user.position}</Text>}
        {user.organisation && (
          <Text size="sm" c="dimmed">
            {organisationName(user.organisation, language)}
          </Text>
        )}
        {user.email && (
          <Group gap={6} wrap="nowrap">
            <MailIcon size={15} />
            <Anchor href={`mailto:${user.email}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
              <span className="visually-hidden">{t('directory.email')}: </span>
              {user.email}
            </Anchor>
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {t('networks.members.joinedAt', { date: formatDate(member.joinedAt) })}
        </Text>
      </Stack>
    </Card>
  );
}

/** The network's own directory: filter by position and organisation, "show more" by cursor. */
export function NetworkMembers({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const [position, setPosition] = useState('');
  const [debouncedPosition] = useDebouncedValue(position.trim(), 300);
  const [organisationId, setOrganisationId] = useState<string | null>(null);

  const filter: MemberFilter = {
    ...(debouncedPosition ? { position: debouncedPosition } : {}),
    ...(organisationId ? { organisationId } : {}),
  };
  const members = useQuery(NETWORK_MEMBERS, {
    variables: { networkId, first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const page = members.data?.networkMembers;
  const nodes = page?.nodes ?? [];
  const loadingMore = members.networkStatus === NetworkStatus.fetchMore;
  const firstLoad = members.loading && !page;
  const filtered = Boolean(debouncedPosition || organisationId);

  const loadMore = () =>
    void members.fetchMore({ variables: { after: page?.pageInfo.endCursor ?? null } });
  const clearFilters = () => {
    setPosition('');
    setOrganisationId(null);
  };

  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="md" component="search">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('networks.members.position')}
            placeholder={t('networks.members.positionPlaceholder')}
            type="search"
            leftSection={<SearchIcon size={16} />}
            value={position}
            onChange={(event) => setPosition(event.currentTarget.value)}
          />
          <OrganisationSelect
            label={t('directory.organisation')}
            placeholder={t('directory.allOrganisations')}
            value={organisationId}
            onChange={setOrganisationId}
            clearable
          />
        </SimpleGrid>
      </Card>

      {members.error && !loadingMore ? (
        <ApiErrorAlert error={members.error} onRetry={() => void members.refetch()} />
      ) : firstLoad ? (
        <CardGridSkeleton cardHeight={112} />
      ) : nodes.length === 0 ? (
        <EmptyState
          icon={<UsersIcon size={28} />}
          withIndicatorBackground
          title={filtered ? t('networks.members.emptyFiltered') : t('networks.members.empty')}
          py="xl"
        >
          {filtered && (
            <EmptyState.Actions>
              <Button variant="default" onClick={clearFilters}>
                {t('directory.clearFilters')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {t('directory.showing', { count: nodes.length })}
          </Text>
          <SimpleGrid
            component="ul"
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="md"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-busy={members.loading}
          >
            {nodes.map((member) => (
              <MemberItem key={member.user.id} member={member} />
            ))}
          </SimpleGrid>
          {members.error && loadingMore && (
            <ApiErrorAlert error={members.error} onRetry={loadMore} />
          )}
          {page?.pageInfo.hasNextPage && (
            <Center>
              <Button variant="default" onClick={loadMore} loading={loadingMore}>
                {t('directory.loadMore')}
              </Button>
            </Center>
          )}
        </>
      )}
    </Stack>
  );
}
