import type { NetworkObject } from './network.object';
import type { NetworkView } from './network.service';

export function toNetworkObject({
  network,
  viewerRole,
  viewerRequestPending,
  memberCount,
}: NetworkView): NetworkObject {
  return {
    id: network.id,
    slug: network.slug,
    nameLatin: network.nameLatin,
    nameCyrillic: network.nameCyrillic,
    nameEnglish: network.nameEnglish,
    descriptionLatin: network.descriptionLatin,
    descriptionCyrillic: network.descriptionCyrillic,
    descriptionEnglish: network.descriptionEnglish,
    visibility: network.visibility,
    archivedAt: network.archivedAt,
    createdAt: network.createdAt,
    memberCount,
    viewerMembership: viewerRole,
    viewerRequestPending,
  };
}
