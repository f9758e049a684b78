import { Role } from '@mreza/shared/auth';
import { codeOf } from '@mreza/shared/testing';
import type { IdentityTestApp } from '../testing/identity-test-app';
import { aMunicipality, aUser, startIdentity } from '../testing/identity-test-app';

const INVITE = `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id email role organisationId expiresAt } }`;
const ACCEPT = `mutation($i: AcceptInvitationInput!) {
  acceptInvitation(input: $i) { accessToken user { id email organisationId role position } }
}`;
const STRONG = 'Nova-Lozinka-Za-Mrezu-2026';

describe('invitations', () => {
  let app: IdentityTestApp;
  let organisationId: string;
  let staffToken: string;
  let adminToken: string;

  beforeAll(async () => {
    app = await startIdentity();
    organisationId = (await aMunicipality(app)).id;
    staffToken = await app.signIn((await aUser().withRole(Role.STAFF).create(app)).email);
    adminToken = await app.signIn((await aUser().withRole(Role.ADMIN).create(app)).email);
  });

  afterAll(() => app.close());

  let counter = 0;
  const invitee = (overrides: Record<string, unknown> = {}) => ({
    email: `Invitee.${Date.now()}.${counter++}@Opstina.test`,
    firstName: 'Milica',
    lastName: 'Radovanović',
    organisationId,
    position: 'Savetnica za lokalni ekonomski razvoj',
    ...overrides,
  });
  const rowsFor = async (email: string) => ({
    invitations: await app.query('SELECT id FROM identity.invitations WHERE email = $1', [
      email.toLowerCase(),
    ]),
    mails: await app.query('SELECT id FROM identity.mail_messages WHERE recipient = $1', [
      email.toLowerCase(),
    ]),
    users: await app.query('SELECT id FROM identity.users WHERE email = $1', [email.toLowerCase()]),
  });

  it('lets staff invite a member, who sets a password and is signed in', async () => {
    const input = invitee();
    const invited = await app.client.ok(INVITE, { i: input }, staffToken);
    expect(invited.inviteUser).toMatchObject({
      email: input.email.toLowerCase(),
      role: 'MEMBER',
      organisationId,
    });

    const token = await app.tokenMailedTo(input.email);
    const preview = await app.client.ok(
      'query($t: String!) { invitation(token: $t) { email firstName } }',
      { t: token },
    );
    expect(preview.invitation).toEqual({ email: input.email.toLowerCase(), firstName: 'Milica' });

    const accepted = await app.client.ok(ACCEPT, { i: { token, password: STRONG } });
    expect(accepted.acceptInvitation.user).toMatchObject({
      email: input.email.toLowerCase(),
      organisationId,
      role: 'MEMBER',
      position: input.position,
    });
    const me = await app.client.ok('{ me { email } }', {}, accepted.acceptInvitation.accessToken);
    expect(me.me.email).toBe(input.email.toLowerCase());
  });

  it('uses an invitation only once', async () => {
    const input = invitee();
    await app.client.ok(INVITE, { i: input }, staffToken);
    const token = await app.tokenMailedTo(input.email);
    await app.client.ok(ACCEPT, { i: { token, password: STRONG } });
    expect(codeOf(await app.client.request(ACCEPT, { i: { token, password: STRONG } }))).toBe(
      'INVALID_INVITATION',
    );
  });

  it('refuses a weak password and leaves the invitation open', async () => {
    const input = invitee();
    await app.client.ok(INVITE, { i: input }, staffToken);
    const token = await app.tokenMailedTo(input.email);
    const weak = await app.client.request(ACCEPT, { i: { token, password: 'radovanovic1' } });
    expect(codeOf(weak)).toBe('WEAK_PASSWORD');
    expect((await rowsFor(input.email)).users).toHaveLength(0);
    expect(
      (await app.client.request(ACCEPT, { i: { token, password: STRONG } })).errors,
    ).toBeUndefined();
  });

  it('refuses expired and unknown tokens', async () => {
    const input = invitee();
    await app.client.ok(INVITE, { i: input }, staffToken);
    const token = await app.tokenMailedTo(input.email);
    await app.query(
      `UPDATE identity.invitations SET expires_at = now() - interval '1 second' WHERE email = $1`,
      [input.email.toLowerCase()],
    );
    expect(codeOf(await app.client.request(ACCEPT, { i: { token, password: STRONG } }))).toBe(
      'INVALID_INVITATION',
    );
    expect(
      codeOf(await app.client.request(ACCEPT, { i: { token: 'x'.repeat(43), password: STRONG } })),
    ).toBe('INVALID_INVITATION');
  });

  it('replaces an open invitation when the person is invited again', async () => {
    const input = invitee();
    await app.client.ok(INVITE, { i: input }, staffToken);
    const oldToken = await app.tokenMailedTo(input.email);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await app.client.ok(INVITE, { i: input }, staffToken);
    const newToken = await app.tokenMailedTo(input.email);
    expect(newToken).not.toBe(oldToken);
    expect(
      codeOf(await app.client.request(ACCEPT, { i: { token: oldToken, password: STRONG } })),
    ).toBe('INVALID_INVITATION');
  });

  it('can be revoked by staff, after which the link no longer works', async () => {
    const input = invitee();
    const invited = await app.client.ok(INVITE, { i: input }, staffToken);
    const token = await app.tokenMailedTo(input.email);
    await app.client.ok(
      'mutation($id: ID!) { revokeInvitation(id: $id) }',
      { id: invited.inviteUser.id },
      staffToken,
    );
    expect(codeOf(await app.client.request(ACCEPT, { i: { token, password: STRONG } }))).toBe(
      'INVALID_INVITATION',
    );
    const again = await app.client.request(
      'mutation($id: ID!) { revokeInvitation(id: $id) }',
      { id: invited.inviteUser.id },
      staffToken,
    );
    expect(codeOf(again)).toBe('INVITATION_NOT_FOUND');
  });

  describe('refuses, writing nothing', () => {
    it('an unknown organisation', async () => {
      const input = invitee({ organisationId: '00000000-0000-4000-8000-000000000000' });
      expect(codeOf(await app.client.request(INVITE, { i: input }, staffToken))).toBe(
        'UNKNOWN_ORGANISATION',
      );
      expect(await rowsFor(input.email)).toEqual({ invitations: [], mails: [], users: [] });
    });

    it('an e-mail that already has an account', async () => {
      const existing = await aUser().create(app);
      const input = invitee({ email: existing.email });
      expect(codeOf(await app.client.request(INVITE, { i: input }, staffToken))).toBe(
        'EMAIL_TAKEN',
      );
      expect((await rowsFor(input.email)).invitations).toHaveLength(0);
    });

    it('over-long and malformed fields', async () => {
      const long = invitee({ firstName: 'M'.repeat(101) });
      const result = await app.client.request(INVITE, { i: long }, staffToken);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/firstName/);
      expect(
        codeOf(await app.client.request(INVITE, { i: invitee({ email: 'nope' }) }, staffToken)),
      ).toBe('BAD_USER_INPUT');
      expect((await rowsFor(long.email)).invitations).toHaveLength(0);
    });
  });

  describe('authorization', () => {
    it('requires staff or an administrator', async () => {
      const memberToken = await app.signIn((await aUser().create(app)).email);
      expect(codeOf(await app.client.request(INVITE, { i: invitee() }, memberToken))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await app.client.request(INVITE, { i: invitee() }))).toBe('UNAUTHENTICATED');
    });

    it('lets only administrators invite staff and administrators', async () => {
      expect(
        codeOf(await app.client.request(INVITE, { i: invitee({ role: 'ADMIN' }) }, staffToken)),
      ).toBe('FORBIDDEN');
      const result = await app.client.ok(INVITE, { i: invitee({ role: 'STAFF' }) }, adminToken);
      expect(result.inviteUser.role).toBe('STAFF');
    });
  });
});
