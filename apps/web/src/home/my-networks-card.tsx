import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '@web/i18n/format';
import { memberNetworks, networkName } from '@web/networks/network-logic';
import { NETWORKS } from '@web/networks/network.operations';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { UsersIcon } from '@web/ui/icons';

/** The maximum page; the few networks of the association fit in it. */
const ALL = 100;

/** "My networks" on the start page: the networks the user belongs to, each linking to its page. */
export function MyNetworksCard() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const list = useQuery(NETWORKS, { variables: { first: ALL } });
  const mine = memberNetworks(list.data?.networks.nodes ?? []);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="home-networks">
      <Group gap="sm" mb="sm" wrap="nowrap">
        <UsersIcon size={22} />
        <Title order={2} size="h4" id="home-networks">
          {t('home.networksTitle')}
        </Title>
      </Group>
      {list.error && !list.data ? (
        <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.loading && !list.data ? (
        <Stack gap="xs" aria-busy="true">
          <Text className="visually-hidden" role="status">
            {t('common.loading')}
          </Text>
          <Skeleton height={20} width="70%" />
          <Skeleton height={20} width="50%" />
        </Stack>
      ) : mine.length === 0 ? (
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('home.networksEmpty')}</Text>
          <Button component={Link} to="/networks" variant="light">
            {t('home.browseNetworks')}
          </Button>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {mine.map((network) => (
              <Group component="li" key={network.id} gap="xs" wrap="nowrap">
                <Anchor
                  component={Link}
                  to={`/networks/${network.slug}`}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {networkName(network, language)}
                </Anchor>
                {network.viewerMembership === 'COORDINATOR' && (
                  <Badge variant="light" color="grape" size="sm">
                    {t('networks.roles.COORDINATOR')}
                  </Badge>
                )}
              </Group>
            ))}
          </Stack>
          <Anchor component={Link} to="/networks" size="sm">
            {t('home.allNetworks')}
          </Anchor>
        </Stack>
      )}
    </Card>
  );
}
