import type {
  GraphQLDataSource,
  SupergraphManager as ApolloSupergraphManager,
} from '@apollo/gateway';
import { Logger } from '@nestjs/common';
import { SupergraphManager } from './supergraph-manager';

type InitializeOptions = Parameters<ApolloSupergraphManager['initialize']>[0];

const hook = (dataSource: GraphQLDataSource): InitializeOptions => ({
  update: jest.fn(),
  healthCheck: jest.fn(),
  getDataSource: () => dataSource,
});

const answering: GraphQLDataSource = { process: async () => ({ data: {} }) };
const refusing: GraphQLDataSource = {
  process: async () => {
    throw new Error('connect ECONNREFUSED 127.0.0.1:4002');
  },
};

/** An inner manager that fails `failures` times, then composes; it introspects every subgraph. */
function flakyInner(failures: number) {
  let calls = 0;
  return {
    attempts: () => calls,
    create: () => ({
      async initialize(options: InitializeOptions) {
        calls++;
        const dataSource = options.getDataSource({ name: 'networks', url: 'http://x/graphql' });
        await dataSource
          .process({ request: {}, kind: 'loading schema', context: {} } as never)
          .catch(() => undefined);
        if (calls <= failures) throw new Error('Couldn\'t load service definitions for "networks"');
        return { supergraphSdl: 'type Query { a: Int }' };
      },
    }),
  };
}

describe(SupergraphManager.name, () => {
  const options = {
    subgraphs: { networks: 'http://x/graphql' },
    pollIntervalMs: 10_000,
    startupTimeoutMs: 60_000,
  };

  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation();
    jest.spyOn(Logger.prototype, 'log').mockImplementation();
  });
  afterEach(() => jest.restoreAllMocks());

  it('retries with growing waits until the subgraphs answer, logging each retry', async () => {
    const inner = flakyInner(3);
    const waits: number[] = [];
    const manager = new SupergraphManager(options, {
      createInner: inner.create,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(manager.state().composed).toBe(false);

    const result = await manager.initialize(hook(answering));

    expect(result.supergraphSdl).toContain('type Query');
    expect(inner.attempts()).toBe(4);
    expect(waits).toEqual([500, 1000, 2000]);
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls[0][0]).toMatch(/attempt 1\), retrying in 500 ms: Couldn't load/);
    expect(manager.state()).toEqual({ composed: true, subgraphs: { networks: 'up' } });
  });

  it('gives up after the start-up timeout with one line naming the cause', async () => {
    let now = 0;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    const manager = new SupergraphManager(
      { ...options, startupTimeoutMs: 10_000 },
      { createInner: flakyInner(Infinity).create, sleep: async (ms) => void (now += ms) },
    );

    await expect(manager.initialize(hook(refusing))).rejects.toThrow(
      'cannot compose the supergraph within 10 s: Couldn\'t load service definitions for "networks"',
    );
    expect(manager.state()).toEqual({ composed: false, subgraphs: { networks: 'down' } });
  });
});
