import type { DocumentNode } from 'graphql';
import { buildSchema, parse, validate } from 'graphql';
import {
  costEstimator,
  depthLimitRule,
  MAX_EXPANDED_SELECTIONS,
  QueryLimitError,
  queryCost,
  queryCostPlugin,
} from './query-limits';

const schema = buildSchema(`
  type Query {
    me: User
    users(first: Int, limit: Int): [User!]!
  }
  type User {
    id: ID!
    name: String
    friends(first: Int): [User!]!
  }
`);

const cost = (query: string, variables?: Record<string, unknown>) =>
  queryCost(schema, parse(query), variables);

/** `{ me { friends { friends { … id } } } }` with `levels` levels of fields holding selections. */
const nested = (levels: number) =>
  `{ me ${'{ friends '.repeat(levels - 1)}{ id }${' }'.repeat(levels - 1)} }`;

describe('costEstimator', () => {
  it('charges 1 for a field and multiplies its selection by first or limit', () => {
    const field = {} as Parameters<typeof costEstimator>[0];
    expect(costEstimator({ ...field, args: {}, childComplexity: 0 })).toBe(1);
    expect(costEstimator({ ...field, args: {}, childComplexity: 3 })).toBe(4);
    expect(costEstimator({ ...field, args: { first: 10 }, childComplexity: 3 })).toBe(31);
    expect(costEstimator({ ...field, args: { limit: 5 }, childComplexity: 2 })).toBe(11);
  });
});

describe(queryCost.name, () => {
  it('costs 1 per field without page sizes', () => {
    expect(cost('{ me { id name } }')).toBe(3);
  });

  it('multiplies nested pages', () => {
    expect(cost('{ users(first: 10) { id friends(first: 5) { id } } }')).toBe(1 + 10 * (1 + 6));
  });

  it('reads page sizes given as variables', () => {
    expect(cost('query ($n: Int) { users(first: $n) { id } }', { n: 100 })).toBe(101);
  });
});

describe(depthLimitRule.name, () => {
  const errorsOf = (query: string | DocumentNode, limit = 4) =>
    validate(schema, typeof query === 'string' ? parse(query) : query, [depthLimitRule(limit)]);

  it('accepts a query within the limit', () => {
    expect(errorsOf(nested(4))).toEqual([]);
  });

  it('refuses a deeper query once, with QUERY_TOO_DEEP and the limit in the message', () => {
    const errors = errorsOf(nested(5));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(QueryLimitError);
    expect(errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    expect(errors[0].message).toMatch(/more than 4 levels/);
  });

  it('counts depth through fragments', () => {
    const query = `{ me { ...F } } fragment F on User { friends { friends { friends { friends { id } } } } }`;
    expect(errorsOf(query)).toHaveLength(1);
  });

  it('leaves fragment cycles to the specified rules instead of recursing forever', () => {
    const query = `{ me { ...A } } fragment A on User { ...B } fragment B on User { ...A }`;
    expect(errorsOf(query)).toEqual([]);
  });

  it('refuses fragments that expand exponentially before walking them', () => {
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on User { ${i === 39 ? 'id' : `...F${i + 1} ...F${i + 1}`} }`,
    );
    const started = Date.now();
    const errors = errorsOf(`{ me { ...F0 } } ${fragments.join(' ')}`);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(errors[0].message).toContain(String(MAX_EXPANDED_SELECTIONS));
  });

  it('ignores introspection fields', () => {
    expect(
      errorsOf('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }', 2),
    ).toEqual([]);
  });
});

describe(queryCostPlugin.name, () => {
  const check = async (query: string, variables: Record<string, unknown> = {}) => {
    const listener = await queryCostPlugin(100).requestDidStart!({} as never);
    const document = parse(query);
    return listener!.didResolveOperation!({
      schema,
      document,
      request: { query, variables },
      operationName: null,
    } as never);
  };

  it('lets an operation within the limit through', async () => {
    await expect(check('{ users(first: 10) { id name } }')).resolves.toBeUndefined();
  });

  it('refuses a costly operation with QUERY_TOO_COSTLY, its cost and the limit', async () => {
    const rejection = check('{ users(first: 1000) { id name } }');
    await expect(rejection).rejects.toBeInstanceOf(QueryLimitError);
    await expect(rejection).rejects.toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      message: 'Query is too costly: its estimated cost 2001 exceeds the limit of 100',
    });
  });

  it('prices page sizes given as variables', async () => {
    await expect(
      check('query ($n: Int) { users(first: $n) { id } }', { n: 1000 }),
    ).rejects.toMatchObject({ code: 'QUERY_TOO_COSTLY' });
  });

  it('leaves variables of the wrong type to execution', async () => {
    await expect(
      check('query ($n: Int) { users(first: $n) { id } }', { n: 'many' }),
    ).resolves.toBeUndefined();
  });
});
