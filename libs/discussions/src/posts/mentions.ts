import type { Tx } from '@mreza/shared/database';
import type { NetworkReplicaStore } from '@mreza/shared/replicas';
/**
 * Mentions are Markdown links the client's autocomplete writes: `[@Ana Petrović](mention:<user id>)`.
 * They render as a link to the profile and name the person unambiguously, unlike a bare `@name`.
 */
const MENTION = /\]\(mention:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

/** More mentions than this in one post are ignored: nobody is paged by the dozen. */
export const MAX_MENTIONS = 20;

/** The distinct users a body mentions, in order of appearance. */
export function mentionedUserIds(body: string): string[] {
  const ids = [...body.matchAll(MENTION)].map((match) => match[1].toLowerCase());
  return [...new Set(ids)].slice(0, MAX_MENTIONS);
}

/** The members of the network a body mentions, its author left out: who is notified. */
export function mentionedMembers(
  replicas: Pick<NetworkReplicaStore, 'membersAmong'>,
  networkId: string,
  body: string,
  authorId: string,
  tx: Tx,
): Promise<string[]> {
  const candidates = mentionedUserIds(body).filter((id) => id !== authorId);
  return replicas.membersAmong(networkId, candidates, tx);
}
