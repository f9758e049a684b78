import type { Role } from '@web/auth/session.operations';
import type { InterfaceLanguage } from '@web/i18n/languages';
import type { NetworkSummary } from './network.operations';

type Named = Pick<NetworkSummary, 'nameLatin' | 'nameCyrillic' | 'nameEnglish'>;
type Described = Pick<
  NetworkSummary,
  'descriptionLatin' | 'descriptionCyrillic' | 'descriptionEnglish'
>;

/** The text for the interface language: English, Cyrillic or Latin, falling back to Latin. */
function inLanguage(
  latin: string,
  cyrillic: string,
  english: string,
  language: InterfaceLanguage,
): string {
  if (language === 'en' && english.trim()) return english;
  if (language === 'sr-Cyrl' && cyrillic.trim()) return cyrillic;
  return latin;
}

/** A network's name in the interface language's script; the English name in English. */
export function networkName(network: Named, language: InterfaceLanguage): string {
  return inLanguage(network.nameLatin, network.nameCyrillic, network.nameEnglish, language);
}

export function networkDescription(network: Described, language: InterfaceLanguage): string {
  return inLanguage(
    network.descriptionLatin,
    network.descriptionCyrillic,
    network.descriptionEnglish,
    language,
  );
}

/**
 * What the viewer can do about joining: join an open network, ask to join a closed one, wait
 * for a request already sent; or nothing, being a member or coordinator, or the network being
 * archived (read-only).
 */
export type JoinState = 'join' | 'request' | 'pending' | 'member' | 'coordinator' | 'archived';

export function joinStateOf(
  network: Pick<
    NetworkSummary,
    'visibility' | 'archivedAt' | 'viewerMembership' | 'viewerRequestPending'
  >,
): JoinState {
  if (network.viewerMembership === 'COORDINATOR') return 'coordinator';
  if (network.viewerMembership === 'MEMBER') return 'member';
  if (network.archivedAt) return 'archived';
  if (network.viewerRequestPending) return 'pending';
  return network.visibility === 'OPEN' ? 'join' : 'request';
}

/** Coordinators of the network, staff and administrators decide on requests to join. */
export function canDecideRequests(
  network: Pick<NetworkSummary, 'viewerMembership'>,
  role: Role,
): boolean {
  return network.viewerMembership === 'COORDINATOR' || role === 'STAFF' || role === 'ADMIN';
}

/** A closed network's members are visible to its members, staff and administrators. */
export function canSeeMembers(
  network: Pick<NetworkSummary, 'visibility' | 'viewerMembership'>,
  role: Role,
): boolean {
  return (
    network.visibility === 'OPEN' ||
    network.viewerMembership !== null ||
    role === 'STAFF' ||
    role === 'ADMIN'
  );
}

/** The networks the viewer belongs to, in the order given. */
export function memberNetworks<T extends Pick<NetworkSummary, 'viewerMembership'>>(
  networks: readonly T[],
): T[] {
  return networks.filter((network) => network.viewerMembership !== null);
}

/** The viewer's standing after joining: a membership at once, or a request awaiting a decision. */
export function afterJoin(
  network: Pick<NetworkSummary, 'memberCount'>,
  joined: boolean,
): Pick<NetworkSummary, 'viewerMembership' | 'viewerRequestPending' | 'memberCount'> {
  return joined
    ? {
        viewerMembership: 'MEMBER',
        viewerRequestPending: false,
        memberCount: network.memberCount === null ? null : network.memberCount + 1,
      }
    : { viewerMembership: null, viewerRequestPending: true, memberCount: network.memberCount };
}

/** The viewer's standing after leaving; a closed network hides its count from non-members. */
export function afterLeave(
  network: Pick<NetworkSummary, 'memberCount' | 'visibility'>,
): Pick<NetworkSummary, 'viewerMembership' | 'viewerRequestPending' | 'memberCount'> {
  return {
    viewerMembership: null,
    viewerRequestPending: false,
    memberCount:
      network.visibility === 'CLOSED' || network.memberCount === null
        ? null
        : Math.max(0, network.memberCount - 1),
  };
}
