import { GraphQLError } from 'graphql';
import { formatGatewayError } from './gateway-errors';
import { QueryLimitError } from './query-limits';

const format = (error: GraphQLError) => formatGatewayError(error.toJSON(), error);

describe(formatGatewayError.name, () => {
  it('keeps the code of a query-limit error that Apollo wrapped as a validation error', () => {
    const limit = new QueryLimitError('QUERY_TOO_DEEP', 'Query is too deep');
    const wrapped = new GraphQLError(limit.message, {
      originalError: limit,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(format(wrapped)).toMatchObject({
      message: 'Query is too deep',
      extensions: { code: 'QUERY_TOO_DEEP' },
    });
  });

  it('keeps a subgraph error with its code and details, without internals', () => {
    const error = new GraphQLError('The thread is locked', {
      extensions: { code: 'THREAD_LOCKED', serviceName: 'discussions', stacktrace: ['at x'] },
    });
    expect(format(error)).toEqual({
      message: 'The thread is locked',
      extensions: { code: 'THREAD_LOCKED' },
    });
  });

  it('hides errors without a code', () => {
    const error = new GraphQLError('request to http://10.0.0.5:4003/graphql failed');
    expect(format(error)).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('hides downstream errors that came without a code', () => {
    const error = new GraphQLError('relation "x" does not exist', {
      extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' },
    });
    expect(format(error).message).toBe('Internal server error');
  });
});
