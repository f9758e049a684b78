import type { NetworksTestApp, TestUser } from '../testing/networks-test-app';
import { aNetwork, aProfile, aUser, startNetworks, tokenFor } from '../testing/networks-test-app';

/** In Serbian alphabetical order: Č after C, Ć after Č, Dž and Đ after D, Š after S, Ž after Z. */
const LATIN = [
  'Cvetković Ana',
  'Čolić Bojan',
  'Ćirić Vesna',
  'Dimić Goran',
  'Džajić Nada',
  'Đorđević Ivana',
  'Luković Pera',
  'Ljubić Mira',
  'Savić Olga',
  'Šarić Petar',
  'Zorić Rade',
  'Živković Sanja',
];
/** Cyrillic names, in Cyrillic order (а б в г д ђ е ж … ћ у ф х ц ч џ ш), after the Latin ones. */
const CYRILLIC = ['Антић Ана', 'Бабић Бора', 'Драгић Вук', 'Ђурић Гага', 'Ћосић Дуца', 'Шобић Ела'];

const shuffled = <T>(items: T[]) =>
  items
    .map((item, index) => ({ item, key: (index * 7919) % items.length }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);

describe('Serbian alphabetical order', () => {
  let app: NetworksTestApp;

  beforeAll(async () => {
    app = await startNetworks();
  });

  afterAll(() => app.close());

  it('sorts the member directory, page by page', async () => {
    const viewer = aUser();
    const people = shuffled([...LATIN, ...CYRILLIC]).map((name) => ({ name, user: aUser() }));
    let builder = aNetwork().withMember(viewer);
    for (const { user } of people) builder = builder.withMember(user);
    const network = await builder.create(app);
    for (const { name, user } of people) await aProfile(app, user, { displayName: name });
    await aProfile(app, viewer, { displayName: 'Ćosić Zoran' });

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const data: Record<string, any> = await app.client.ok(
        `query($n: ID!, $after: String) {
          networkMembers(networkId: $n, first: 5, after: $after) {
            nodes { user { id } } pageInfo { endCursor hasNextPage }
          }
        }`,
        { n: network.id, after },
        tokenFor(viewer),
      );
      const page: {
        nodes: { user: TestUser }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      } = data.networkMembers;
      seen.push(...page.nodes.map((node: { user: TestUser }) => node.user.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);

    const nameOf = new Map([
      ...people.map(({ name, user }) => [user.id, name] as const),
      [viewer.id, 'Ćosić Zoran'] as const,
    ]);
    const expected = [...LATIN.slice(0, 2), 'Ćirić Vesna', 'Ćosić Zoran', ...LATIN.slice(3)];
    expect(seen.map((id) => nameOf.get(id))).toEqual([...expected, ...CYRILLIC]);
  });

  it('sorts the networks list by Latin name, page by page', async () => {
    const tag = `Redosled${Date.now().toString(36)}`;
    const towns = ['Cerovac', 'Čačak', 'Ćuprija', 'Doljevac', 'Đakovica', 'Sokobanja', 'Šabac'];
    const more = ['Zaječar', 'Žabalj'];
    for (const town of shuffled([...towns, ...more])) {
      await aNetwork().named(`${tag} ${town}`).create(app);
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const data: Record<string, any> = await app.client.ok(
        `query($q: String, $after: String) {
          networks(first: 4, after: $after, filter: { query: $q }) {
            nodes { nameLatin } pageInfo { endCursor hasNextPage }
          }
        }`,
        { q: tag, after },
        tokenFor(aUser()),
      );
      seen.push(...data.networks.nodes.map((node: { nameLatin: string }) => node.nameLatin));
      after = data.networks.pageInfo.hasNextPage ? data.networks.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...towns, ...more].map((town) => `${tag} ${town}`));
  });
});
