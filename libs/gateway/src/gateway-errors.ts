import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { QueryLimitError } from './query-limits';

/** An internal failure, or a subgraph error that came without a code of its own. */
const OPAQUE_CODES = new Set(['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);

function queryLimitErrorOf(error: unknown): QueryLimitError | undefined {
  for (let current = error; current instanceof Error;) {
    if (current instanceof QueryLimitError) return current;
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return undefined;
}

/**
 * What leaves the gateway: query-limit errors with their code (Apollo wraps validation errors as
 * GRAPHQL_VALIDATION_FAILED), subgraph and request errors with the code they carry, and anything
 * else as INTERNAL_SERVER_ERROR without its message (no URLs, no stack traces).
 */
export function formatGatewayError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const base = { locations: formatted.locations, path: formatted.path };
  const limit = queryLimitErrorOf(error);
  if (limit) return { ...base, message: limit.message, extensions: { code: limit.code } };

  const { code, ...extensions } = formatted.extensions ?? {};
  if (typeof code === 'string' && !OPAQUE_CODES.has(code)) {
    delete extensions.stacktrace;
    delete extensions.serviceName;
    delete extensions.exception;
    return { ...base, message: formatted.message, extensions: { ...extensions, code } };
  }
  return {
    ...base,
    message: 'Internal server error',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
