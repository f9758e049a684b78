import type { NetworkSnapshot, NetworksEvent } from '@mreza/shared/events';
import type { NetworkEntity } from './network.entity';

const snapshot = (network: NetworkEntity): NetworkSnapshot => ({
  networkId: network.id,
  slug: network.slug,
  nameLatin: network.nameLatin,
  nameCyrillic: network.nameCyrillic,
  nameEnglish: network.nameEnglish,
  visibility: network.visibility,
  archived: network.archivedAt !== null,
});

type NetworkEventType = Extract<NetworksEvent['type'], `networks.network.${string}`>;

export const networkEvent = (type: NetworkEventType, network: NetworkEntity): NetworksEvent => ({
  type,
  version: 1,
  payload: snapshot(network),
});
