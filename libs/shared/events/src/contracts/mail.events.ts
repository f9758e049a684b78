import type { DomainEvent } from '../domain-event';

/*
 * Mail that another service asks identity to send. Identity alone knows people's e-mail
 * addresses and languages: a request names recipients by user id, a template and the template's
 * parameters, never addresses or rendered text. Identity renders it in each recipient's language
 * and queues it in its mail outbox; accounts that are not active get nothing.
 * Consumer: identity (`identity.mail-requests`).
 */

/** A network's name in the platform's three interface languages. */
export interface NetworkNames {
  latin: string;
  cyrillic: string;
  english: string;
}

/** A coordinator's announcement, e-mailed to the network's members. */
export interface AnnouncementMailParams {
  networkId: string;
  networkSlug: string;
  networkName: NetworkNames;
  postId: string;
  /** Identity renders the author's name itself. */
  authorId: string;
  /** The announcement's Markdown. */
  body: string;
}

export type DigestFrequencyName = 'DAILY' | 'WEEKLY';

export type NotificationKindName =
  | 'ANNOUNCEMENT'
  | 'JOIN_REQUESTED'
  | 'JOIN_APPROVED'
  | 'JOIN_REJECTED'
  | 'MENTION'
  | 'THREAD_REPLY'
  | 'MODERATION_WARNING';

export interface DigestItem {
  kind: NotificationKindName;
  networkName: NetworkNames;
  networkSlug: string;
  /** The start of an announcement or a discussion post. */
  excerpt: string | null;
  /** A coordinator's reason for a decision or a warning. */
  reason: string | null;
  /**
   * The discussion thread of a mention or a reply (the web client's `/threads/<id>`), and its
   * title. Absent from digests requested before discussions notified anyone.
   */
  threadId?: string | null;
  threadTitle?: string | null;
  /** ISO timestamp. */
  createdAt: string;
}

/** One member's unread notifications of a day or a week, oldest first. */
export interface DigestMailParams {
  frequency: DigestFrequencyName;
  items: DigestItem[];
  /** Unread notifications of the period left out of `items` (a digest lists a bounded number). */
  moreCount: number;
}

export type MailRequest =
  | { template: 'networks.announcement'; params: AnnouncementMailParams }
  | { template: 'networks.digest'; params: DigestMailParams };

export type MailTemplateKey = MailRequest['template'];

/** Please e-mail these people; identity looks up their addresses and languages. */
export type MailRequestedV1 = DomainEvent<
  'networks.mail.requested',
  MailRequest & { recipientIds: string[] }
>;
