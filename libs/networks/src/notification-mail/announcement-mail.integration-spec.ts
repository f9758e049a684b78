import { codeOf } from '@mreza/shared/testing';
import type { NetworksTestApp, TestUser } from '../testing/networks-test-app';
import { aNetwork, aUser, startNetworks, tokenFor } from '../testing/networks-test-app';

const ANNOUNCE = `mutation($i: PublishAnnouncementInput!) { publishAnnouncement(input: $i) { id } }`;
const PREFERENCES = `mutation($i: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $i) { announcementEmails }
}`;

interface MailRequested {
  template: string;
  recipientIds: string[];
  params: Record<string, unknown>;
}

describe('announcements by e-mail', () => {
  let app: NetworksTestApp;

  beforeAll(async () => {
    app = await startNetworks();
  });

  afterAll(() => app.close());

  /** The mail requests recorded about a post. */
  const mailRequestsAbout = async (postId: string): Promise<MailRequested[]> =>
    (await app.events('networks.mail.requested'))
      .map((event) => event.payload as unknown as MailRequested)
      .filter((request) => request.params.postId === postId);

  const announce = (author: TestUser, networkId: string, extra: Record<string, unknown>) =>
    app.client.request(
      ANNOUNCE,
      { i: { networkId, body: 'Sednica mreže je u **petak** u 10 časova.', ...extra } },
      tokenFor(author),
    );

  it('asks identity to mail every member but the author who keeps announcement e-mails on', async () => {
    const [coordinator, member, coCoordinator, declined, outsider] = [
      aUser(),
      aUser(),
      aUser(),
      aUser(),
      aUser(),
    ];
    const network = await aNetwork()
      .closed()
      .named('Lokalne finansije')
      .withCoordinator(coordinator)
      .withCoordinator(coCoordinator)
      .withMember(member)
      .withMember(declined)
      .create(app);
    await aNetwork().withMember(outsider).create(app);
    await app.client.ok(PREFERENCES, { i: { announcementEmails: false } }, tokenFor(declined));
    // Turning digests off does not turn announcements off.
    await app.client.ok(
      'mutation { updateNotificationPreferences(input: { digest: NONE }) { digest } }',
      {},
      tokenFor(member),
    );

    const result = await announce(coordinator, network.id, { emailMembers: true });
    const postId = result.data?.publishAnnouncement.id as string;

    const requests = await mailRequestsAbout(postId);
    expect(requests).toHaveLength(1);
    expect([...requests[0].recipientIds].sort()).toEqual([coCoordinator.id, member.id].sort());
    expect(requests[0]).toMatchObject({
      template: 'networks.announcement',
      params: {
        networkId: network.id,
        networkSlug: network.slug,
        networkName: {
          latin: 'Lokalne finansije',
          cyrillic: 'Lokalne finansije',
          english: 'Lokalne finansije',
        },
        postId,
        authorId: coordinator.id,
        body: 'Sednica mreže je u **petak** u 10 časova.',
      },
    });
    // Addresses are identity's: the request names people by id only.
    expect(JSON.stringify(requests)).not.toMatch(/@/);
  });

  it('mails nobody unless asked to', async () => {
    const [coordinator, member] = [aUser(), aUser()];
    const network = await aNetwork().withCoordinator(coordinator).withMember(member).create(app);
    const plain = await announce(coordinator, network.id, {});
    const declined = await announce(coordinator, network.id, { emailMembers: false });
    expect(await mailRequestsAbout(plain.data?.publishAnnouncement.id as string)).toEqual([]);
    expect(await mailRequestsAbout(declined.data?.publishAnnouncement.id as string)).toEqual([]);
  });

  it('records no request when the announcement itself is refused', async () => {
    const [coordinator, member] = [aUser(), aUser()];
    const network = await aNetwork().withCoordinator(coordinator).withMember(member).create(app);
    const before = (await app.events('networks.mail.requested')).length;
    const refused = await announce(member, network.id, { emailMembers: true });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(await app.events('networks.mail.requested')).toHaveLength(before);
  });

  it('records no request for a network whose only member is the author', async () => {
    const coordinator = aUser();
    const network = await aNetwork().withCoordinator(coordinator).create(app);
    const result = await announce(coordinator, network.id, { emailMembers: true });
    expect(await mailRequestsAbout(result.data?.publishAnnouncement.id as string)).toEqual([]);
  });
});
