import type { AnnouncementMailParams, DigestMailParams } from '@mreza/shared/events';
import type { MailContext } from './network-mail-templates';
import { mailLanguageOf, networkMailTemplates } from './network-mail-templates';

const networkName = {
  latin: 'Lokalne finansije',
  cyrillic: 'Локалне финансије',
  english: 'Local finances',
};
const context = (language: MailContext['language']): MailContext => ({
  to: 'ana@opstina.test',
  name: 'Ana Ilić',
  language,
  publicUrl: 'https://mreza.example.org',
});
const announcement: AnnouncementMailParams = {
  networkId: 'net',
  networkSlug: 'local-finances',
  networkName,
  postId: 'post',
  authorId: 'author',
  body: 'Sednica je u **petak**.',
};
const digest: DigestMailParams = {
  frequency: 'DAILY',
  moreCount: 0,
  items: [
    {
      kind: 'ANNOUNCEMENT',
      networkSlug: 'local-finances',
      networkName,
      excerpt: 'Sednica je u petak.',
      reason: null,
      createdAt: '2035-06-13T10:00:00.000Z',
    },
    {
      kind: 'JOIN_REJECTED',
      networkSlug: 'local-finances',
      networkName,
      excerpt: null,
      reason: 'Mreža je za gradske uprave',
      createdAt: '2035-06-13T11:00:00.000Z',
    },
  ],
};

describe('network mail templates', () => {
  describe(mailLanguageOf.name, () => {
    it('writes in the interface language, Serbian Latin when there is none or it is unknown', () => {
      expect(mailLanguageOf('en')).toBe('en');
      expect(mailLanguageOf('sr-Cyrl')).toBe('sr-Cyrl');
      expect(mailLanguageOf(null)).toBe('sr-Latn');
      expect(mailLanguageOf('de')).toBe('sr-Latn');
    });
  });

  describe('announcement', () => {
    it('carries the whole announcement, its author and a link to the network', () => {
      const mail = networkMailTemplates.announcement(
        context('sr-Latn'),
        announcement,
        'Petar Perić',
      );
      expect(mail.recipient).toBe('ana@opstina.test');
      expect(mail.subject).toBe('Obaveštenje mreže „Lokalne finansije“');
      expect(mail.body).toContain('Poštovani/a Ana Ilić,');
      expect(mail.body).toContain('Petar Perić je objavio/la obaveštenje');
      expect(mail.body).toContain('Sednica je u **petak**.');
      expect(mail.body).toContain('https://mreza.example.org/networks/local-finances');
    });

    it("names the network in the reader's language and script", () => {
      expect(
        networkMailTemplates.announcement(context('sr-Cyrl'), announcement, null).subject,
      ).toBe('Обавештење мреже „Локалне финансије“');
      const english = networkMailTemplates.announcement(context('en'), announcement, null);
      expect(english.subject).toBe('Announcement in the network "Local finances"');
      expect(english.body).toContain('A coordinator published an announcement');
    });
  });

  describe('digest', () => {
    it('lists each notification with its network, kind, excerpt and reason', () => {
      const mail = networkMailTemplates.digest(context('sr-Latn'), digest);
      expect(mail.subject).toBe('Dnevni pregled obaveštenja na Mreži');
      expect(mail.body).toContain('- Lokalne finansije — obaveštenje: Sednica je u petak.');
      expect(mail.body).toContain(
        '- Lokalne finansije — vaš zahtev za članstvo je odbijen (razlog: Mreža je za gradske uprave)',
      );
    });

    it('says how many more there are beyond the list', () => {
      const mail = networkMailTemplates.digest(context('en'), {
        ...digest,
        frequency: 'WEEKLY',
        moreCount: 3,
      });
      expect(mail.subject).toBe('Your weekly Mreža digest');
      expect(mail.body).toContain('you have 5 unread notifications since your last digest.');
      expect(mail.body).toContain('… and 3 more.');
      expect(mail.body).toContain('- Local finances — announcement: Sednica je u petak.');
    });

    const discussions: DigestMailParams = {
      frequency: 'DAILY',
      moreCount: 0,
      items: [
        {
          kind: 'MENTION',
          networkSlug: 'local-finances',
          networkName,
          excerpt: '@ana šta kažete?',
          reason: null,
          threadId: 'thread-1',
          threadTitle: 'Budžet 2026',
          createdAt: '2035-06-13T10:00:00.000Z',
        },
        {
          kind: 'THREAD_REPLY',
          networkSlug: 'local-finances',
          networkName,
          excerpt: 'Slažem se.',
          reason: null,
          threadId: 'thread-2',
          threadTitle: 'Javne nabavke',
          createdAt: '2035-06-13T11:00:00.000Z',
        },
        {
          kind: 'MODERATION_WARNING',
          networkSlug: 'local-finances',
          networkName,
          excerpt: null,
          reason: 'Bez uvreda',
          createdAt: '2035-06-13T12:00:00.000Z',
        },
      ],
    };

    it.each([
      [
        'sr-Latn' as const,
        [
          '- Lokalne finansije — pomenuti ste u diskusiji „Budžet 2026“: @ana šta kažete?',
          '- Lokalne finansije — novi odgovor u vašoj temi „Javne nabavke“: Slažem se.',
          '- Lokalne finansije — upozorenje koordinatora za vašu objavu u diskusiji (razlog: Bez uvreda)',
        ],
      ],
      [
        'sr-Cyrl' as const,
        [
          '- Локалне финансије — поменути сте у дискусији „Budžet 2026“: @ana šta kažete?',
          '- Локалне финансије — нови одговор у вашој теми „Javne nabavke“: Slažem se.',
          '- Локалне финансије — упозорење координатора за вашу објаву у дискусији (разлог: Bez uvreda)',
        ],
      ],
      [
        'en' as const,
        [
          '- Local finances — you were mentioned in a discussion "Budžet 2026": @ana šta kažete?',
          '- Local finances — new reply in your thread "Javne nabavke": Slažem se.',
          '- Local finances — a coordinator warned you about your post in a discussion (reason: Bez uvreda)',
        ],
      ],
    ])('lists mentions, replies and warnings in %s, linking to the thread', (language, lines) => {
      const body = networkMailTemplates.digest(context(language), discussions).body.split('\n');
      const [mention, reply, warning] = lines;
      expect(body).toContain(mention);
      expect(body[body.indexOf(mention) + 1]).toBe('  https://mreza.example.org/threads/thread-1');
      expect(body).toContain(reply);
      expect(body[body.indexOf(reply) + 1]).toBe('  https://mreza.example.org/threads/thread-2');
      expect(body).toContain(warning);
      expect(body[body.indexOf(warning) + 1]).not.toContain('/threads/');
    });

    it('is written in Cyrillic for a Cyrillic reader', () => {
      const mail = networkMailTemplates.digest(context('sr-Cyrl'), digest);
      expect(mail.subject).toBe('Дневни преглед обавештења на Мрежи');
      expect(mail.body).toContain('- Локалне финансије — обавештење: Sednica je u petak.');
    });
  });
});
