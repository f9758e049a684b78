import type { MailRequest, MailRequestedV1, NetworkNames } from '@mreza/shared/events';
import type { NetworkEntity } from '../networks/network.entity';

/** Builders of the mail requests to identity (contract in `@mreza/shared/events`). */

/** Recipients per event, so that one event stays a modest row however large the network. */
export const MAX_RECIPIENTS_PER_EVENT = 500;

/** One request per chunk of recipients; none for nobody. */
export function mailRequestedEvents(
  request: MailRequest,
  recipientIds: readonly string[],
): MailRequestedV1[] {
  const events: MailRequestedV1[] = [];
  for (let start = 0; start < recipientIds.length; start += MAX_RECIPIENTS_PER_EVENT) {
    events.push({
      type: 'networks.mail.requested',
      version: 1,
      payload: {
        ...request,
        recipientIds: recipientIds.slice(start, start + MAX_RECIPIENTS_PER_EVENT),
      },
    });
  }
  return events;
}

export const networkNamesOf = (
  network: Pick<NetworkEntity, 'nameLatin' | 'nameCyrillic' | 'nameEnglish'>,
): NetworkNames => ({
  latin: network.nameLatin,
  cyrillic: network.nameCyrillic,
  english: network.nameEnglish,
});
