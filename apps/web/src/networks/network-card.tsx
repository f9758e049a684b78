import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '@web/i18n/format';
import { NetworkAction } from './network-action';
import { networkDescription, networkName } from './network-logic';
import type { NetworkSummary } from './network.operations';

/** Visibility and size of a network, as a badge and a line of text. */
export function NetworkFacts({ network }: { network: NetworkSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap">
      <Badge variant="outline" color={network.visibility === 'OPEN' ? 'teal' : 'orange'}>
        {t(`networks.visibility.${network.visibility}`)}
      </Badge>
      {network.archivedAt && (
        <Badge variant="light" color="gray">
          {t('networks.archived')}
        </Badge>
      )}
      <Text size="sm" c="dimmed">
        {network.memberCount === null
          ? t('networks.closedCount')
          : t('networks.memberCount', { count: network.memberCount })}
      </Text>
    </Group>
  );
}

/** One network in the list: name (linking to its page), description, facts, and the action. */
export function NetworkCard({
  network,
  onJoin,
}: {
  network: NetworkSummary;
  onJoin(network: NetworkSummary): void;
}) {
  const { language } = useLocale();
  const name = networkName(network, language);
  const description = networkDescription(network, language);
  return (
    <Card withBorder radius="md" padding="md" component="li" h="100%">
      <Stack gap="sm" h="100%" justify="space-between">
        <Stack gap={6}>
          <Text component="h2" fw={600} size="lg" m={0} style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={`/networks/${network.slug}`} inherit>
              {name}
            </Anchor>
          </Text>
          {description && (
            <Text size="sm" lineClamp={3}>
              {description}
            </Text>
          )}
          <NetworkFacts network={network} />
        </Stack>
        <Group>
          <NetworkAction network={network} name={name} onJoin={onJoin} />
        </Group>
      </Stack>
    </Card>
  );
}
