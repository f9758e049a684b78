import type { Platform } from './support/boot-platform';
import { ADMIN, bootPlatform } from './support/boot-platform';
import {
  acceptMailedInvitation,
  eventually,
  invitePerson,
  PASSWORD,
  signIn,
} from './support/people';

describe('a member who leaves is succeeded in their networks', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await bootPlatform();
  });

  afterAll(() => platform.close());

  it('moves the membership to the successor once identity records the hand-over', async () => {
    const { client } = platform;
    const adminToken = await signIn(client, ADMIN.email, ADMIN.password);
    const leavingEmail = `odlazi.${Date.now()}@cacak.test`;
    const leavingId = await invitePerson(client, adminToken, leavingEmail);
    const leavingToken = await signIn(client, leavingEmail, PASSWORD);

    const network = await client.ok('{ network(slug: "local-finances") { id } }', {}, adminToken);
    const networkId = network.network.id;
    await client.ok(
      'mutation($id: ID!) { joinNetwork(networkId: $id) { membership { role } } }',
      { id: networkId },
      leavingToken,
    );

    const successorEmail = `naslednica.${Date.now()}@cacak.test`;
    await client.ok(
      'mutation($i: RecordDepartureInput!) { recordDeparture(input: $i) { successorInvitedEmail } }',
      {
        i: {
          userId: leavingId,
          successor: { email: successorEmail, firstName: 'Ana', lastName: 'Ilić' },
        },
      },
      adminToken,
    );
    const successorId = await acceptMailedInvitation(client, adminToken, successorEmail);

    const members = await eventually(
      async () => {
        const page = await client.ok(
          'query($id: ID!) { networkMembers(networkId: $id, first: 100) { nodes { user { id } role } } }',
          { id: networkId },
          adminToken,
        );
        return page.networkMembers.nodes.map((node: { user: { id: string } }) => node.user.id);
      },
      (ids: string[]) => ids.includes(successorId),
    );
    expect(members).toContain(successorId);
    expect(members).not.toContain(leavingId);

    const csvUrl = `${platform.gateway.url}/api/networks/${networkId}/members.csv`;
    const csv = await eventually(
      () => fetch(csvUrl, { headers: { authorization: `Bearer ${adminToken}` } }),
      (response) => response.ok,
    );
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await csv.text()).toContain('Ana Ilić');
    expect((await fetch(csvUrl)).status).toBe(401);
  });
});
