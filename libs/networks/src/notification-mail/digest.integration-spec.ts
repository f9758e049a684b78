import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { runExclusively, TransactionRunner } from '@mreza/shared/database';
import type { DigestMailParams } from '@mreza/shared/events';
import { NotificationsConsumer } from '../notifications/notifications.consumer';
import type { NetworksTestApp, TestUser } from '../testing/networks-test-app';
import { aNetwork, aUser, startNetworks, tokenFor } from '../testing/networks-test-app';
import { DIGEST_LOCK } from './digest.scheduler';
import { DigestService } from './digest.service';

const PREFERENCES = `mutation($i: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $i) { digest }
}`;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * The digests run on a clock of the test's own, years ahead, so the periods are fixed and no
 * other test's notifications fall into them: Wednesday 13 June 2035, 12:00 in Belgrade. Daily
 * digests go out at 07:00, weekly ones on Mondays at 07:00 (the defaults).
 */
const WEDNESDAY_NOON = new Date('2035-06-13T10:00:00Z');
const at = (offset: number) => new Date(WEDNESDAY_NOON.getTime() + offset);

interface DigestRequest {
  template: string;
  recipientIds: string[];
  params: DigestMailParams;
}

describe('notification digests', () => {
  let app: NetworksTestApp;
  let digests: DigestService;

  beforeAll(async () => {
    app = await startNetworks();
    digests = app.app.get(DigestService);
  });

  afterAll(() => app.close());

  /** Digest requests recorded for the person, oldest first. */
  const digestsOf = async (user: TestUser): Promise<DigestRequest[]> =>
    (await app.events('networks.mail.requested'))
      .map((event) => event.payload as unknown as DigestRequest)
      .filter(
        (request) =>
          request.template === 'networks.digest' && request.recipientIds.includes(user.id),
      );

  const choose = (user: TestUser, digest: string) =>
    app.client.ok(PREFERENCES, { i: { digest } }, tokenFor(user));

  /** An announcement's notifications, as the consumer writes them, stamped at `createdAt`. */
  async function announcement(
    networkId: string,
    author: TestUser,
    excerpt: string,
    createdAt: Date,
  ): Promise<string> {
    const postId = randomUUID();
    const consumer = app.app.get(NotificationsConsumer);
    await app.app.get(TransactionRunner).run((tx) =>
      consumer.handle(
        {
          id: randomUUID(),
          type: 'networks.post.created',
          version: 1,
          payload: {
            postId,
            networkId,
            authorId: author.id,
            kind: 'ANNOUNCEMENT',
            pinned: false,
            excerpt,
            actorId: author.id,
          },
          occurredAt: createdAt.toISOString(),
          source: 'networks',
        },
        tx,
      ),
    );
    await app.query('UPDATE networks.notifications SET created_at = $2 WHERE subject_id = $1', [
      postId,
      createdAt,
    ]);
    return postId;
  }

  /** A network of a coordinator and the given members, with one announcement at `createdAt`. */
  async function networkWithAnnouncement(members: TestUser[], createdAt = WEDNESDAY_NOON) {
    const coordinator = aUser();
    let builder = aNetwork().named(`Zaštita životne sredine ${randomUUID().slice(0, 6)}`);
    builder = builder.withCoordinator(coordinator);
    for (const member of members) builder = builder.withMember(member);
    const network = await builder.create(app);
    await announcement(network.id, coordinator, 'Javna rasprava o planu', createdAt);
    return { network, coordinator };
  }

  it('mails each member who has unread notifications the digest of their choice, once', async () => {
    const [daily, weekly, never, readAll, elsewhere] = [
      aUser(),
      aUser(),
      aUser(),
      aUser(),
      aUser(),
    ];
    const { network, coordinator } = await networkWithAnnouncement([daily, weekly, never, readAll]);
    await aNetwork().withMember(elsewhere).create(app);
    await choose(weekly, 'WEEKLY');
    await choose(never, 'NONE');
    await app.client.ok('mutation { markNotificationsRead }', {}, tokenFor(readAll));

    // Thursday noon: Thursday's daily digests are out; the week's end was on Monday, before.
    await digests.runDue(at(DAY));

    const [digest, ...more] = await digestsOf(daily);
    expect(more).toEqual([]);
    expect(digest.recipientIds).toEqual([daily.id]);
    expect(digest.params).toEqual({
      frequency: 'DAILY',
      moreCount: 0,
      items: [
        {
          kind: 'ANNOUNCEMENT',
          networkSlug: network.slug,
          networkName: {
            latin: network.nameLatin,
            cyrillic: network.nameCyrillic,
            english: network.nameEnglish,
          },
          excerpt: 'Javna rasprava o planu',
          reason: null,
          createdAt: WEDNESDAY_NOON.toISOString(),
        },
      ],
    });
    for (const nobody of [weekly, never, readAll, elsewhere, coordinator]) {
      expect(await digestsOf(nobody)).toEqual([]);
    }

    // Running again in the same period, or twice at once, sends nothing more.
    await digests.runDue(at(DAY));
    await Promise.all([digests.runDue(at(DAY + HOUR)), digests.runDue(at(DAY + 2 * HOUR))]);
    expect(await digestsOf(daily)).toHaveLength(1);

    // The next Monday the weekly digest goes out, once.
    await Promise.all([digests.runDue(at(5 * DAY)), digests.runDue(at(5 * DAY))]);
    const weeklyDigests = await digestsOf(weekly);
    expect(weeklyDigests).toHaveLength(1);
    expect(weeklyDigests[0].params).toMatchObject({
      frequency: 'WEEKLY',
      items: [{ excerpt: 'Javna rasprava o planu' }],
    });
    expect(await digestsOf(never)).toEqual([]);
    expect(await digestsOf(readAll)).toEqual([]);
  });

  it('lists only what came since the last digest', async () => {
    const member = aUser();
    const { network, coordinator } = await networkWithAnnouncement([member]);
    await digests.runDue(at(DAY));
    // Thursday afternoon, still unread along with Wednesday's.
    await announcement(network.id, coordinator, 'Novi rok za predloge', at(DAY + 3 * HOUR));

    await digests.runDue(at(2 * DAY));

    const sent = await digestsOf(member);
    expect(sent.map((digest) => digest.params.items.map((item) => item.excerpt))).toEqual([
      ['Javna rasprava o planu'],
      ['Novi rok za predloge'],
    ]);
    // Friday to Saturday brought nothing new: no digest.
    await digests.runDue(at(3 * DAY));
    expect(await digestsOf(member)).toHaveLength(2);
  });

  it("leaves out a closed network's notifications once the member has left it", async () => {
    const [member, leaver] = [aUser(), aUser()];
    const coordinator = aUser();
    const closed = await aNetwork()
      .closed()
      .withCoordinator(coordinator)
      .withMember(member)
      .withMember(leaver)
      .create(app);
    await announcement(closed.id, coordinator, 'Samo za članove', WEDNESDAY_NOON);
    await app.client.ok(
      'mutation($n: ID!) { leaveNetwork(networkId: $n) }',
      { n: closed.id },
      tokenFor(leaver),
    );

    await digests.runDue(at(DAY));

    expect(await digestsOf(member)).toHaveLength(1);
    expect(await digestsOf(leaver)).toEqual([]);
  });

  it('runs in one instance at a time', async () => {
    const dataSource = app.app.get(DataSource);
    const run = (work: () => Promise<void>) => runExclusively(dataSource, DIGEST_LOCK, work);
    let inner: boolean | undefined;
    const outer = await run(async () => {
      inner = await run(async () => undefined);
    });
    expect(outer).toBe(true);
    expect(inner).toBe(false);
    expect(await run(async () => undefined)).toBe(true);
  });
});
