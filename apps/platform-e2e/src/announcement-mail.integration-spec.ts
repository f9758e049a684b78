import type { Platform } from './support/boot-platform';
import { ADMIN, bootPlatform } from './support/boot-platform';
import { eventually, invitePerson, signIn } from './support/people';

interface Mail {
  recipient: string;
  subject: string;
  body: string;
}

describe('an announcement e-mailed to the members of a network', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await bootPlatform();
  });

  afterAll(() => platform.close());

  it('reaches a member in their language through identity, which alone knows the address', async () => {
    const { client } = platform;
    const adminToken = await signIn(client, ADMIN.email, ADMIN.password);
    const memberEmail = `clanica.${Date.now()}@cacak.test`;
    await invitePerson(client, adminToken, memberEmail);
    const memberToken = await signIn(client, memberEmail);
    await client.ok(
      'mutation { updateProfile(input: { interfaceLanguage: "en" }) { interfaceLanguage } }',
      {},
      memberToken,
    );

    const { network } = await client.ok(
      '{ network(slug: "local-finances") { id nameEnglish } }',
      {},
      adminToken,
    );
    await client.ok(
      'mutation($id: ID!) { joinNetwork(networkId: $id) { membership { role } } }',
      { id: network.id },
      memberToken,
    );

    const body = `Sednica mreže ${Date.now()} je u petak u 10 časova.`;
    await client.ok(
      'mutation($i: PublishAnnouncementInput!) { publishAnnouncement(input: $i) { id } }',
      { i: { networkId: network.id, body, emailMembers: true } },
      adminToken,
    );

    const outbox = () =>
      client
        .ok('{ mailOutbox(first: 50) { nodes { recipient subject body } } }', {}, adminToken)
        .then((data) => data.mailOutbox.nodes as Mail[]);
    const mailed = await eventually(outbox, (mail) =>
      mail.some((m) => m.body.includes(body) && m.recipient === memberEmail),
    );
    const announcements = mailed.filter((mail) => mail.body.includes(body));
    // Other tests of the run put people in the same network: only this member's mail counts.
    expect(announcements.filter((mail) => mail.recipient === memberEmail)).toEqual([
      {
        recipient: memberEmail,
        subject: `Announcement in the network "${network.nameEnglish}"`,
        body: expect.stringContaining(`/networks/local-finances`),
      },
    ]);
    // The author is not mailed their own announcement.
    expect(announcements.map((mail) => mail.recipient)).not.toContain(ADMIN.email);
  });
});
