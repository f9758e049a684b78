import { Role } from '@mreza/shared/auth';
import { codeOf } from '@mreza/shared/testing';
import { UserStatus } from '../accounts/user.entity';
import type { IdentityTestApp } from '../testing/identity-test-app';
import { aUser, startIdentity, TEST_PASSWORD } from '../testing/identity-test-app';

const LOGIN = `mutation($i: LoginInput!) {
  login(input: $i) { accessToken refreshToken expiresIn user { id email recordReconfirmationDue } }
}`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const ME = '{ me { id email displayName } }';

describe('sessions', () => {
  let app: IdentityTestApp;

  beforeAll(async () => {
    app = await startIdentity();
  });

  afterAll(() => app.close());

  const login = (email: string, password = TEST_PASSWORD) =>
    app.client.request<{
      login: { accessToken: string; refreshToken: string; user: { id: string } };
    }>(LOGIN, {
      i: { email, password },
    });

  describe('login', () => {
    it('issues tokens that identify the user', async () => {
      const user = await aUser().create(app);
      const result = await login(user.email.toUpperCase());
      expect(result.errors).toBeUndefined();
      const me = await app.client.ok(ME, {}, result.data!.login.accessToken);
      expect(me.me).toEqual({
        id: user.id,
        email: user.email,
        displayName: `${user.firstName} ${user.lastName}`,
      });
    });

    it('refuses a wrong password and an unknown e-mail alike', async () => {
      const user = await aUser().create(app);
      expect(codeOf(await login(user.email, 'Wrong-Password-123'))).toBe('INVALID_CREDENTIALS');
      expect(codeOf(await login('nobody@test.mreza.local'))).toBe('INVALID_CREDENTIALS');
    });

    it('refuses input that is not an e-mail address', async () => {
      const result = await login('not-an-email');
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/e-mail/);
    });

    it('pauses sign-in after repeated failures, even with the right password', async () => {
      const user = await aUser().create(app);
      for (let attempt = 0; attempt < 5; attempt++) await login(user.email, 'Wrong-Password-123');
      const result = await login(user.email);
      expect(codeOf(result)).toBe('LOGIN_THROTTLED');
      expect(result.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
    });

    it('refuses suspended and deactivated accounts', async () => {
      const suspended = await aUser().withStatus(UserStatus.SUSPENDED).create(app);
      const deactivated = await aUser().withStatus(UserStatus.DEACTIVATED).create(app);
      expect(codeOf(await login(suspended.email))).toBe('ACCOUNT_SUSPENDED');
      expect(codeOf(await login(deactivated.email))).toBe('ACCOUNT_DEACTIVATED');
    });
  });

  it('ends a suspended member’s sessions on the next request', async () => {
    const admin = await aUser().withRole(Role.ADMIN).create(app);
    const member = await aUser().create(app);
    const memberToken = await app.signIn(member.email);
    await app.client.ok(
      'mutation($i: SetUserStatusInput!) { setUserStatus(input: $i) { status } }',
      { i: { userId: member.id, status: 'SUSPENDED' } },
      await app.signIn(admin.email),
    );
    expect(codeOf(await app.client.request(ME, {}, memberToken))).toBe('UNAUTHENTICATED');
  });

  describe('refreshSession', () => {
    it('rotates the refresh token', async () => {
      const user = await aUser().create(app);
      const first = (await login(user.email)).data!.login;
      const second = await app.client.ok(REFRESH, { t: first.refreshToken });
      expect(second.refreshSession.refreshToken).not.toBe(first.refreshToken);
      const me = await app.client.ok(ME, {}, second.refreshSession.accessToken);
      expect(me.me.id).toBe(user.id);
    });

    it('ends the whole session when a spent refresh token is presented again', async () => {
      const user = await aUser().create(app);
      const first = (await login(user.email)).data!.login;
      const second = await app.client.ok(REFRESH, { t: first.refreshToken });
      expect(codeOf(await app.client.request(REFRESH, { t: first.refreshToken }))).toBe(
        'REFRESH_TOKEN_REUSED',
      );
      expect(
        codeOf(await app.client.request(REFRESH, { t: second.refreshSession.refreshToken })),
      ).toBe('INVALID_REFRESH_TOKEN');
      expect(codeOf(await app.client.request(ME, {}, second.refreshSession.accessToken))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('refuses a token it never issued', async () => {
      expect(codeOf(await app.client.request(REFRESH, { t: 'made-up-token' }))).toBe(
        'INVALID_REFRESH_TOKEN',
      );
    });
  });

  it('logout ends the session for the access and the refresh token', async () => {
    const user = await aUser().create(app);
    const session = (await login(user.email)).data!.login;
    await app.client.ok('mutation { logout }', {}, session.accessToken);
    expect(codeOf(await app.client.request(ME, {}, session.accessToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.client.request(REFRESH, { t: session.refreshToken }))).toBe(
      'INVALID_REFRESH_TOKEN',
    );
  });

  describe('changePassword', () => {
    const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }';

    it('checks the current password and the strength of the new one', async () => {
      const user = await aUser().create(app);
      const token = await app.signIn(user.email);
      const wrong = await app.client.request(
        CHANGE,
        { i: { currentPassword: 'nope-nope-nope', newPassword: 'Another-Long-Passphrase-9' } },
        token,
      );
      expect(codeOf(wrong)).toBe('WRONG_PASSWORD');
      const weak = await app.client.request(
        CHANGE,
        { i: { currentPassword: TEST_PASSWORD, newPassword: 'password1' } },
        token,
      );
      expect(codeOf(weak)).toBe('WEAK_PASSWORD');
      expect(await app.signIn(user.email)).toBeTruthy();
    });

    it('sets the new password and ends other sessions', async () => {
      const user = await aUser().create(app);
      const token = await app.signIn(user.email);
      await app.client.ok(
        CHANGE,
        { i: { currentPassword: TEST_PASSWORD, newPassword: 'Another-Long-Passphrase-9' } },
        token,
      );
      expect(codeOf(await app.client.request(ME, {}, token))).toBe('UNAUTHENTICATED');
      expect(codeOf(await login(user.email))).toBe('INVALID_CREDENTIALS');
      expect(await app.signIn(user.email, 'Another-Long-Passphrase-9')).toBeTruthy();
    });
  });

  describe('password reset', () => {
    const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
    const RESET = 'mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }';

    it('answers the same for unknown addresses and mails nothing', async () => {
      const result = await app.client.ok(REQUEST, { e: 'unknown@test.mreza.local' });
      expect(result.requestPasswordReset).toBe(true);
      const mails = await app.query('SELECT 1 FROM identity.mail_messages WHERE recipient = $1', [
        'unknown@test.mreza.local',
      ]);
      expect(mails).toHaveLength(0);
    });

    it('resets the password once with the mailed token', async () => {
      const user = await aUser().create(app);
      await app.client.ok(REQUEST, { e: user.email });
      const token = await app.tokenMailedTo(user.email);
      await app.client.ok(RESET, { i: { token, newPassword: 'Reset-Passphrase-Zlatibor-5' } });
      expect(await app.signIn(user.email, 'Reset-Passphrase-Zlatibor-5')).toBeTruthy();
      const again = await app.client.request(RESET, {
        i: { token, newPassword: 'Second-Passphrase-Tara-6' },
      });
      expect(codeOf(again)).toBe('INVALID_RESET_TOKEN');
    });

    it('refuses an expired token and a weak password', async () => {
      const user = await aUser().create(app);
      await app.client.ok(REQUEST, { e: user.email });
      const token = await app.tokenMailedTo(user.email);
      const weak = await app.client.request(RESET, { i: { token, newPassword: 'qwerty12345' } });
      expect(codeOf(weak)).toBe('WEAK_PASSWORD');
      await app.query(
        `UPDATE identity.password_resets SET expires_at = now() - interval '1 minute' WHERE user_id = $1`,
        [user.id],
      );
      const expired = await app.client.request(RESET, {
        i: { token, newPassword: 'Reset-Passphrase-Zlatibor-5' },
      });
      expect(codeOf(expired)).toBe('INVALID_RESET_TOKEN');
      expect(await app.signIn(user.email)).toBeTruthy();
    });
  });
});
