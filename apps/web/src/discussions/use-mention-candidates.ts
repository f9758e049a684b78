import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { NETWORK_MEMBERS } from '@web/networks/network.operations';
import type { MentionCandidate } from './markdown-editor';

/** The largest page the networks service gives. */
const MEMBERS_PAGE = 100;

/**
 * Members of the network (the first hundred), for `@` suggestions and for naming the authors of
 * live posts and of typing indicators. Loaded only while `enabled`.
 */
export function useMentionCandidates(networkId: string | undefined, enabled = true) {
  const members = useQuery(NETWORK_MEMBERS, {
    variables: { networkId: networkId ?? '', first: MEMBERS_PAGE },
    skip: !networkId || !enabled,
  });
  const nodes = members.data?.networkMembers.nodes;
  return useMemo<MentionCandidate[]>(
    () =>
      (nodes ?? []).map((member) => ({
        id: member.user.id,
        displayName: member.user.displayName,
      })),
    [nodes],
  );
}
