import { codeOf } from '@mreza/shared/testing';
import type { Platform } from './support/boot-platform';
import { ADMIN, bootPlatform } from './support/boot-platform';

describe('the platform behind the gateway', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await bootPlatform();
  });

  afterAll(() => platform.close());

  it('composes every service into one graph', async () => {
    const data = await platform.client.ok(
      '{ networksStatus discussionsStatus libraryStatus searchStatus }',
    );
    expect(data).toEqual({
      networksStatus: 'ok',
      discussionsStatus: 'ok',
      libraryStatus: 'ok',
      searchStatus: 'ok',
    });
  });

  it('signs the seeded administrator in and answers `me` with the organisation', async () => {
    const login = await platform.client.ok(
      'mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken user { id email } } }',
      { i: ADMIN },
    );
    expect(login.login.user.email).toBe(ADMIN.email);
    const me = await platform.client.ok(
      '{ me { email role organisation { acronym nameCyrillic } } }',
      {},
      login.login.accessToken,
    );
    expect(me.me).toEqual({
      email: ADMIN.email,
      role: 'ADMIN',
      organisation: {
        acronym: 'SKGO',
        nameCyrillic: expect.stringContaining('Стална конференција'),
      },
    });
  });

  it('passes domain errors through with their codes', async () => {
    const wrong = await platform.client.request(
      'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
      { i: { email: ADMIN.email, password: 'not-the-password' } },
    );
    expect(codeOf(wrong)).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await platform.client.request('{ me { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('lists the 145 Serbian towns and municipalities through the gateway', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await platform.client.ok(
        'query($after: String) { organisations(first: 100, after: $after, filter: { kinds: [CITY, MUNICIPALITY] }) { nodes { id } pageInfo { endCursor hasNextPage } } }',
        { after },
      );
      ids.push(...page.organisations.nodes.map((node: { id: string }) => node.id));
      after = page.organisations.pageInfo.hasNextPage
        ? page.organisations.pageInfo.endCursor
        : null;
    } while (after);
    expect(new Set(ids).size).toBe(145);
  });
});
