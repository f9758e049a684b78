import type {
  AnnouncementMailParams,
  DigestMailParams,
  NetworkNames,
  NotificationKindName,
} from '@mreza/shared/events';
import type { OutgoingMail } from './mail.repository';

/** The languages mail is written in: a person's interface language, Serbian Latin by default. */
export const MAIL_LANGUAGES = ['sr-Latn', 'sr-Cyrl', 'en'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

export const mailLanguageOf = (interfaceLanguage: string | null | undefined): MailLanguage =>
  MAIL_LANGUAGES.find((language) => language === interfaceLanguage) ?? 'sr-Latn';

/** Who the mail is for and where the platform is, for greetings and links. */
export interface MailContext {
  to: string;
  name: string;
  language: MailLanguage;
  /** The web client's address, without a trailing slash. */
  publicUrl: string;
}

const networkName = (names: NetworkNames, language: MailLanguage) =>
  ({ 'sr-Latn': names.latin, 'sr-Cyrl': names.cyrillic, en: names.english })[language];

/** Where members change what they receive by e-mail. */
const settingsLink = (context: MailContext) => `${context.publicUrl}/profile`;

interface AnnouncementText {
  subject(network: string): string;
  greeting(name: string): string;
  published(author: string, network: string): string;
  /** Instead of the author's name when identity does not know it. */
  someone: string;
  readOn: string;
  why: string;
}

interface DigestText {
  subject: Record<DigestMailParams['frequency'], string>;
  greeting(name: string): string;
  intro(count: number): string;
  more(count: number): string;
  kinds: Record<NotificationKindName, string>;
  /** A discussion thread's title, quoted as the language quotes. */
  thread(title: string): string;
  reason: string;
  all: string;
  why: string;
}

const ANNOUNCEMENT_TEXT: Record<MailLanguage, AnnouncementText> = {
  'sr-Latn': {
    subject: (network: string) => `Obaveštenje mreže „${network}“`,
    greeting: (name: string) => `Poštovani/a ${name},`,
    published: (author: string, network: string) =>
      `${author} je objavio/la obaveštenje u mreži „${network}“:`,
    someone: 'Koordinator/ka',
    readOn: 'Pročitajte ga na platformi:',
    why: 'Ovu poruku dobijate kao član/ica mreže. Obaveštenja e-poštom isključujete u podešavanjima:',
  },
  'sr-Cyrl': {
    subject: (network: string) => `Обавештење мреже „${network}“`,
    greeting: (name: string) => `Поштовани/а ${name},`,
    published: (author: string, network: string) =>
      `${author} је објавио/ла обавештење у мрежи „${network}“:`,
    someone: 'Координатор/ка',
    readOn: 'Прочитајте га на платформи:',
    why: 'Ову поруку добијате као члан/ица мреже. Обавештења е-поштом искључујете у подешавањима:',
  },
  en: {
    subject: (network: string) => `Announcement in the network "${network}"`,
    greeting: (name: string) => `Dear ${name},`,
    published: (author: string, network: string) =>
      `${author} published an announcement in the network "${network}":`,
    someone: 'A coordinator',
    readOn: 'Read it on Mreža:',
    why: 'You receive this as a member of the network. Turn announcement e-mails off in your settings:',
  },
};

const DIGEST_TEXT: Record<MailLanguage, DigestText> = {
  'sr-Latn': {
    subject: {
      DAILY: 'Dnevni pregled obaveštenja na Mreži',
      WEEKLY: 'Nedeljni pregled obaveštenja na Mreži',
    },
    greeting: (name: string) => `Poštovani/a ${name},`,
    intro: (count: number) => `od prethodnog pregleda imate nepročitanih obaveštenja: ${count}.`,
    more: (count: number) => `… i još ${count}.`,
    kinds: {
      ANNOUNCEMENT: 'obaveštenje',
      JOIN_REQUESTED: 'novi zahtev za članstvo',
      JOIN_APPROVED: 'vaš zahtev za članstvo je odobren',
      JOIN_REJECTED: 'vaš zahtev za članstvo je odbijen',
      MENTION: 'pomenuti ste u diskusiji',
      THREAD_REPLY: 'novi odgovor u vašoj temi',
      MODERATION_WARNING: 'upozorenje koordinatora za vašu objavu u diskusiji',
    },
    thread: (title: string) => `„${title}“`,
    reason: 'razlog',
    all: 'Sva obaveštenja:',
    why: 'Učestalost pregleda menjate ili ga isključujete u podešavanjima:',
  },
  'sr-Cyrl': {
    subject: {
      DAILY: 'Дневни преглед обавештења на Мрежи',
      WEEKLY: 'Недељни преглед обавештења на Мрежи',
    },
    greeting: (name: string) => `Поштовани/а ${name},`,
    intro: (count: number) => `од претходног прегледа имате непрочитаних обавештења: ${count}.`,
    more: (count: number) => `… и још ${count}.`,
    kinds: {
      ANNOUNCEMENT: 'обавештење',
      JOIN_REQUESTED: 'нови захтев за чланство',
      JOIN_APPROVED: 'ваш захтев за чланство је одобрен',
      JOIN_REJECTED: 'ваш захтев за чланство је одбијен',
      MENTION: 'поменути сте у дискусији',
      THREAD_REPLY: 'нови одговор у вашој теми',
      MODERATION_WARNING: 'упозорење координатора за вашу објаву у дискусији',
    },
    thread: (title: string) => `„${title}“`,
    reason: 'разлог',
    all: 'Сва обавештења:',
    why: 'Учесталост прегледа мењате или га искључујете у подешавањима:',
  },
  en: {
    subject: { DAILY: 'Your daily Mreža digest', WEEKLY: 'Your weekly Mreža digest' },
    greeting: (name: string) => `Dear ${name},`,
    intro: (count: number) => `you have ${count} unread notifications since your last digest.`,
    more: (count: number) => `… and ${count} more.`,
    kinds: {
      ANNOUNCEMENT: 'announcement',
      JOIN_REQUESTED: 'new join request',
      JOIN_APPROVED: 'your join request was approved',
      JOIN_REJECTED: 'your join request was rejected',
      MENTION: 'you were mentioned in a discussion',
      THREAD_REPLY: 'new reply in your thread',
      MODERATION_WARNING: 'a coordinator warned you about your post in a discussion',
    },
    thread: (title: string) => `"${title}"`,
    reason: 'reason',
    all: 'All notifications:',
    why: 'Change how often you get the digest, or turn it off, in your settings:',
  },
};

/** Mail the networks service asks for, in the recipient's language. */
export const networkMailTemplates = {
  /** An announcement a coordinator chose to e-mail to the network's members. */
  announcement(
    context: MailContext,
    params: AnnouncementMailParams,
    authorName: string | null,
  ): OutgoingMail {
    const text = ANNOUNCEMENT_TEXT[context.language];
    const network = networkName(params.networkName, context.language);
    return {
      recipient: context.to,
      subject: text.subject(network),
      body: [
        text.greeting(context.name),
        '',
        text.published(authorName ?? text.someone, network),
        '',
        params.body,
        '',
        text.readOn,
        `${context.publicUrl}/networks/${params.networkSlug}`,
        '',
        '---',
        text.why,
        settingsLink(context),
      ].join('\n'),
    };
  },

  /** A member's unread notifications of a day or a week. */
  digest(context: MailContext, params: DigestMailParams): OutgoingMail {
    const text = DIGEST_TEXT[context.language];
    const lines = params.items.flatMap((item) => {
      const what = text.kinds[item.kind];
      const thread = item.threadTitle ? ` ${text.thread(item.threadTitle)}` : '';
      const excerpt = item.excerpt ? `: ${item.excerpt}` : '';
      const reason = item.reason ? ` (${text.reason}: ${item.reason})` : '';
      const line = `- ${networkName(item.networkName, context.language)} — ${what}${thread}${excerpt}${reason}`;
      // A mention or a reply links to its thread.
      return item.threadId ? [line, `  ${context.publicUrl}/threads/${item.threadId}`] : [line];
    });
    if (params.moreCount > 0) lines.push(text.more(params.moreCount));
    return {
      recipient: context.to,
      subject: text.subject[params.frequency],
      body: [
        text.greeting(context.name),
        '',
        text.intro(params.items.length + params.moreCount),
        '',
        ...lines,
        '',
        text.all,
        `${context.publicUrl}/`,
        '',
        '---',
        text.why,
        settingsLink(context),
      ].join('\n'),
    };
  },
};
