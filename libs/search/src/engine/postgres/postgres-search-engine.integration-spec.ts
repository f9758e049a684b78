import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { anItem, describeEngineContract, signedIn } from '../engine-contract';
import type { IndexItem, ReadScope } from '../search-engine';
import { ANONYMOUS_SCOPE } from '../search-engine';
import { searchDataSource } from '../../testing/search-database';
import { PostgresSearchEngine } from './postgres-search-engine';
import { accessClause, accessKeys, CANDIDATE_LIMIT, Params } from './search-statement';

describeEngineContract('PostgreSQL', async () => {
  const dataSource = await searchDataSource();
  return { engine: new PostgresSearchEngine(dataSource), close: () => dataSource.destroy() };
});

describe('PostgreSQL engine, a word in more items than it ranks', () => {
  const marker = `c${randomUUID().slice(0, 6)}`;
  const network = randomUUID();
  let dataSource: DataSource;
  let engine: PostgresSearchEngine;
  const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000);
  const ask = (scope: ReadScope, after?: string) =>
    engine.search({ query: `${marker} `, filter: {}, scope, first: 400, after });

  beforeAll(async () => {
    dataSource = await searchDataSource();
    engine = new PostgresSearchEngine(dataSource);
    // Older items first; the newest ones are in a closed network the reader is not in.
    const items = Array.from({ length: CANDIDATE_LIMIT + 50 }, (_, n) =>
      anItem({ title: `Objava ${marker} ${n}`, access: 'PUBLIC', date: day(n) }),
    );
    const closed = Array.from({ length: 20 }, (_, n) =>
      anItem({
        title: `Tajna ${marker}`,
        access: 'NETWORK',
        networkIds: [network],
        date: day(5000 + n),
      }),
    );
    await engine.upsert([...items, ...closed]);
  });

  afterAll(() => dataSource.destroy());

  it('ranks and counts the newest readable matches, and says the total is a lower bound', async () => {
    const result = await ask(ANONYMOUS_SCOPE);
    expect(result.total).toBe(CANDIDATE_LIMIT);
    expect(result.totalIsExact).toBe(false);
    expect(result.facets.types).toEqual([{ value: 'DOCUMENT', count: CANDIDATE_LIMIT }]);
    expect(result.facets.networkIds).toEqual([]);
  });

  it('pages through the candidates without repeating or skipping one', async () => {
    const seen = new Set<string>();
    let after: string | undefined;
    for (;;) {
      const page = await ask(ANONYMOUS_SCOPE, after);
      for (const hit of page.hits) seen.add(hit.id);
      if (!page.hasNextPage) break;
      after = page.endCursor ?? undefined;
    }
    expect(seen.size).toBe(CANDIDATE_LIMIT);
  });

  it('counts exactly below the limit', async () => {
    const reader = signedIn({ readableNetworkIds: [network] });
    const result = await engine.search({
      query: `tajna ${marker} `,
      filter: {},
      scope: reader,
      first: 5,
    });
    expect(result.total).toBe(20);
    expect(result.totalIsExact).toBe(true);
  });
});

describe('PostgreSQL engine, access keys in the text index', () => {
  const marker = `z${randomUUID().slice(0, 6)}`;
  const openNet = randomUUID();
  const closedNet = randomUUID();
  const item = (access: IndexItem['access'], networkIds: string[] = []) =>
    anItem({ title: `Stavka ${marker}`, access, networkIds });
  const items = {
    publicDoc: item('PUBLIC'),
    membersDoc: item('SIGNED_IN'),
    openFeed: item('NETWORK', [openNet]),
    closedFeed: item('NETWORK', [closedNet]),
    twoNetworksFeed: item('NETWORK', [closedNet, openNet]),
    openNetworkDoc: item('NETWORK_MEMBERS', [openNet]),
    twoNetworksDoc: item('NETWORK_MEMBERS', [openNet, closedNet]),
  };
  type Name = keyof typeof items;
  const scopes: Record<string, ReadScope> = {
    anonymous: ANONYMOUS_SCOPE,
    outsider: signedIn({ readableNetworkIds: [openNet] }),
    member: signedIn({ readableNetworkIds: [openNet, closedNet], memberNetworkIds: [closedNet] }),
  };
  let dataSource: DataSource;

  const namesOf = (rows: { id: string }[]) =>
    (Object.keys(items) as Name[])
      .filter((name) => rows.some((row) => row.id === items[name].id))
      .sort();
  const matching = async (condition: (params: Params) => string) => {
    const params = new Params();
    const rows: { id: string }[] = await dataSource.query(
      `SELECT i.id FROM search.items i
       WHERE NOT i.removed AND i.tsv @@ to_tsquery('serbian', ${params.p(marker)}) AND ${condition(params)}`,
      params.values,
    );
    return namesOf(rows);
  };

  beforeAll(async () => {
    dataSource = await searchDataSource();
    await new PostgresSearchEngine(dataSource).upsert(Object.values(items));
  });

  afterAll(() => dataSource.destroy());

  it.each(Object.keys(scopes))(
    'lets the index choose, for %s, exactly what the access rule lets them read',
    async (name) => {
      const scope = scopes[name];
      const byRule = await matching((params) => accessClause(scope, params));
      const byKeys = await matching(
        (params) =>
          `search.access_keys(i.access, i.network_ids) && ${params.p(accessKeys(scope))}::text[]`,
      );
      expect(byKeys).toEqual(byRule);
      expect(byRule.length).toBeGreaterThan(0);
    },
  );

  it('lets staff read everything without keys', () => {
    expect(accessKeys(signedIn({ staff: true }))).toBeUndefined();
  });
});
