/**
 * Which consumer queue receives which event types: the catalogue of who listens to whom. The
 * relay sends each event to every queue listed for its type, so a consumer that is down still
 * gets its events when it returns (they wait in its queue).
 */
export const EVENT_SUBSCRIPTIONS: Readonly<Record<string, readonly string[]>> = {
  'identity.mail-requests': ['networks.mail.requested'],
  'discussions.replicas': [
    'networks.network.created',
    'networks.network.updated',
    'networks.network.archived',
    'networks.network.restored',
    'networks.member.joined',
    'networks.member.left',
    'networks.member.role-changed',
    'identity.user.status-changed',
  ],
  'library.replicas': [
    'networks.network.created',
    'networks.network.updated',
    'networks.network.archived',
    'networks.network.restored',
    'networks.member.joined',
    'networks.member.left',
    'networks.member.role-changed',
    'identity.user.status-changed',
  ],
  'library.extraction': ['library.version.stored'],
  'networks.identity-events': ['identity.user.succeeded', 'identity.user.profile-changed'],
  'networks.notifications': [
    'networks.post.created',
    'networks.membership.requested',
    'networks.membership.decided',
    'discussions.post.published',
    'discussions.member.warned',
  ],
  'search.index': [
    'networks.network.created',
    'networks.network.updated',
    'networks.network.archived',
    'networks.network.restored',
    'networks.member.joined',
    'networks.member.left',
    'networks.member.role-changed',
    'identity.user.status-changed',
    'identity.user.profile-changed',
    'discussions.thread.created',
    'discussions.thread.updated',
    'discussions.thread.removed',
    'discussions.post.published',
    'discussions.post.edited',
    'discussions.post.withdrawn',
    'networks.post.created',
    'networks.post.updated',
    'networks.post.deleted',
    'library.document.created',
    'library.document.updated',
    'library.document.deleted',
    'library.document.text-extracted',
  ],
};

export function queuesFor(eventType: string): string[] {
  return Object.entries(EVENT_SUBSCRIPTIONS)
    .filter(([, types]) => types.includes(eventType))
    .map(([queue]) => queue);
}
