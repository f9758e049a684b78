import { randomUUID } from 'node:crypto';
import type { EventEnvelope, MailRequestedV1 } from '@mreza/shared/events';
import { EventBus, EventConsumer } from '@mreza/shared/events';
import type { UserEntity } from '../accounts/user.entity';
import { UserStatus } from '../accounts/user.entity';
import { UserRepository } from '../accounts/user.repository';
import type { IdentityTestApp } from '../testing/identity-test-app';
import { aUser, startIdentity } from '../testing/identity-test-app';
import { MAIL_REQUESTS_QUEUE, MailRequestsConsumer } from './mail-requests.consumer';

const networkName = {
  latin: 'Lokalne finansije',
  cyrillic: 'Локалне финансије',
  english: 'Local finances',
};

describe('mail requested by other services', () => {
  let app: IdentityTestApp;

  beforeAll(async () => {
    app = await startIdentity({ PUBLIC_URL: 'https://mreza.example.org' });
  });

  afterAll(() => app.close());

  const envelope = (payload: MailRequestedV1['payload']): EventEnvelope => ({
    id: randomUUID(),
    type: 'networks.mail.requested',
    version: 1,
    payload: payload as unknown as Record<string, unknown>,
    occurredAt: new Date().toISOString(),
    source: 'networks',
  });

  const announcementFor = (recipients: UserEntity[], author: UserEntity, body: string) =>
    envelope({
      template: 'networks.announcement',
      recipientIds: [...recipients.map((user) => user.id), randomUUID()],
      params: {
        networkId: randomUUID(),
        networkSlug: 'local-finances',
        networkName,
        postId: randomUUID(),
        authorId: author.id,
        body,
      },
    });

  /** What the queue does with one delivery: handle it once, in the consumer's transaction. */
  const deliver = (event: EventEnvelope) => {
    const consumer = app.app.get(MailRequestsConsumer);
    return app.app
      .get(EventConsumer)
      .handleOnce(MAIL_REQUESTS_QUEUE, event, (e, tx) => consumer.handle(e, tx));
  };

  const mailTo = (users: UserEntity[]) =>
    app.query<{ recipient: string; subject: string; body: string }>(
      'SELECT recipient, subject, body FROM identity.mail_messages WHERE recipient = ANY($1) ORDER BY recipient',
      [users.map((user) => user.email)],
    );

  const withLanguage = async (user: UserEntity, interfaceLanguage: string) => {
    await app.app.get(UserRepository).update(user.id, { interfaceLanguage });
    return { ...user, interfaceLanguage };
  };

  it('mails active recipients in their language, and nobody suspended or deactivated', async () => {
    const author = await aUser().named('Petar', 'Perić').create(app);
    const latin = await aUser().withEmail(`a-latin-${randomUUID()}@opstina.test`).create(app);
    const cyrillic = await withLanguage(
      await aUser().withEmail(`b-cyrillic-${randomUUID()}@opstina.test`).create(app),
      'sr-Cyrl',
    );
    const english = await withLanguage(
      await aUser().withEmail(`c-english-${randomUUID()}@opstina.test`).create(app),
      'en',
    );
    const suspended = await aUser().withStatus(UserStatus.SUSPENDED).create(app);
    const deactivated = await aUser().withStatus(UserStatus.DEACTIVATED).create(app);

    await deliver(
      announcementFor(
        [latin, cyrillic, english, suspended, deactivated],
        author,
        'Sednica je u **petak** u 10 časova.',
      ),
    );

    const mail = await mailTo([latin, cyrillic, english, suspended, deactivated]);
    expect(mail.map(({ recipient, subject }) => ({ recipient, subject }))).toEqual([
      { recipient: latin.email, subject: 'Obaveštenje mreže „Lokalne finansije“' },
      { recipient: cyrillic.email, subject: 'Обавештење мреже „Локалне финансије“' },
      { recipient: english.email, subject: 'Announcement in the network "Local finances"' },
    ]);
    expect(mail[0].body).toContain(`Poštovani/a ${latin.firstName} ${latin.lastName},`);
    expect(mail[0].body).toContain('Petar Perić je objavio/la obaveštenje');
    expect(mail[0].body).toContain('Sednica je u **petak** u 10 časova.');
    expect(mail[2].body).toContain('https://mreza.example.org/networks/local-finances');
  });

  it('mails a digest to its one recipient', async () => {
    const member = await aUser().create(app);
    await deliver(
      envelope({
        template: 'networks.digest',
        recipientIds: [member.id],
        params: {
          frequency: 'WEEKLY',
          moreCount: 0,
          items: [
            {
              kind: 'JOIN_APPROVED',
              networkSlug: 'local-finances',
              networkName,
              excerpt: null,
              reason: null,
              createdAt: new Date().toISOString(),
            },
          ],
        },
      }),
    );
    const [mail] = await mailTo([member]);
    expect(mail.subject).toBe('Nedeljni pregled obaveštenja na Mreži');
    expect(mail.body).toContain('- Lokalne finansije — vaš zahtev za članstvo je odobren');
  });

  it('mails nobody twice when a request is delivered again', async () => {
    const [author, member] = [await aUser().create(app), await aUser().create(app)];
    const event = announcementFor([member], author, 'Jednom');
    await deliver(event);
    await deliver(event);
    expect(await mailTo([member])).toHaveLength(1);
  });

  it('takes requests off its queue', async () => {
    const [author, member] = [await aUser().create(app), await aUser().create(app)];
    await app.app
      .get(EventBus)
      .boss.send(MAIL_REQUESTS_QUEUE, announcementFor([member], author, 'Preko reda'));
    const deadline = Date.now() + 15_000;
    while ((await mailTo([member])).length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect((await mailTo([member])).map((mail) => mail.body)).toEqual([
      expect.stringContaining('Preko reda'),
    ]);
  });
});
