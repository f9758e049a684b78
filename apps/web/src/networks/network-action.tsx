import { Badge, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CheckIcon } from '@web/ui/icons';
import { joinStateOf } from './network-logic';
import type { NetworkSummary } from './network.operations';

interface NetworkActionProps {
  network: NetworkSummary;
  /** The network's name, so that the button says which network it joins. */
  name: string;
  onJoin(network: NetworkSummary): void;
  busy?: boolean;
}

/**
 * The viewer's standing in a network: "Join" or "Request access", a sent request (disabled),
 * or a Member/Coordinator badge.
 */
export function NetworkAction({ network, name, onJoin, busy }: NetworkActionProps) {
  const { t } = useTranslation();
  const state = joinStateOf(network);
  switch (state) {
    case 'coordinator':
    case 'member':
      return (
        <Badge
          variant="light"
          color={state === 'coordinator' ? 'grape' : 'green'}
          size="lg"
          leftSection={<CheckIcon size={12} />}
        >
          {t(`networks.roles.${state === 'coordinator' ? 'COORDINATOR' : 'MEMBER'}`)}
        </Badge>
      );
    case 'archived':
      return (
        <Badge variant="light" color="gray" size="lg">
          {t('networks.archived')}
        </Badge>
      );
    case 'pending':
      return (
        <Button variant="default" disabled>
          {t('networks.actions.pending')}
        </Button>
      );
    case 'join':
    case 'request':
      return (
        <Button
          variant={state === 'join' ? 'filled' : 'light'}
          loading={busy}
          onClick={() => onJoin(network)}
          aria-label={t(`networks.actions.${state}Named`, { name })}
        >
          {t(`networks.actions.${state}`)}
        </Button>
      );
  }
}
