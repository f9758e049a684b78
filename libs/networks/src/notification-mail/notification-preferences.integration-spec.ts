import { Role } from '@mreza/shared/auth';
import { codeOf } from '@mreza/shared/testing';
import type { NetworksTestApp } from '../testing/networks-test-app';
import { aUser, startNetworks, tokenFor } from '../testing/networks-test-app';

const READ = '{ notificationPreferences { digest announcementEmails } }';
const UPDATE = `mutation($i: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $i) { digest announcementEmails }
}`;

describe('notification preferences', () => {
  let app: NetworksTestApp;

  beforeAll(async () => {
    app = await startNetworks();
  });

  afterAll(() => app.close());

  const read = async (token: string) =>
    (await app.client.ok(READ, {}, token)).notificationPreferences;

  it('are a daily digest and announcement e-mails until the member chooses', async () => {
    expect(await read(tokenFor(aUser()))).toEqual({ digest: 'DAILY', announcementEmails: true });
  });

  it('change field by field, and stay changed', async () => {
    const token = tokenFor(aUser());
    const changed = await app.client.ok(UPDATE, { i: { digest: 'WEEKLY' } }, token);
    expect(changed.updateNotificationPreferences).toEqual({
      digest: 'WEEKLY',
      announcementEmails: true,
    });
    await app.client.ok(UPDATE, { i: { announcementEmails: false } }, token);
    expect(await read(token)).toEqual({ digest: 'WEEKLY', announcementEmails: false });
    await app.client.ok(UPDATE, { i: { digest: 'NONE', announcementEmails: true } }, token);
    expect(await read(token)).toEqual({ digest: 'NONE', announcementEmails: true });
  });

  it.each([Role.MEMBER, Role.STAFF, Role.ADMIN])(
    "are each person's own: a %s's change touches nobody else's",
    async (role) => {
      const [viewer, other] = [aUser(role), aUser()];
      await app.client.ok(UPDATE, { i: { digest: 'NONE' } }, tokenFor(other));
      await app.client.ok(UPDATE, { i: { announcementEmails: false } }, tokenFor(viewer));
      expect(await read(tokenFor(viewer))).toEqual({ digest: 'DAILY', announcementEmails: false });
      expect(await read(tokenFor(other))).toEqual({ digest: 'NONE', announcementEmails: true });
    },
  );

  it('refuses anonymous callers, and writes nothing for them', async () => {
    const rows = async () =>
      (
        await app.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM networks.notification_preferences',
        )
      )[0].n;
    const before = await rows();
    expect(codeOf(await app.client.request(READ))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.client.request(UPDATE, { i: { digest: 'NONE' } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await rows()).toBe(before);
  });

  it('refuses an empty value and an unknown frequency', async () => {
    const token = tokenFor(aUser());
    expect(codeOf(await app.client.request(UPDATE, { i: { digest: null } }, token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await app.client.request(UPDATE, { i: { digest: 'HOURLY' } }, token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await read(token)).toEqual({ digest: 'DAILY', announcementEmails: true });
  });
});
