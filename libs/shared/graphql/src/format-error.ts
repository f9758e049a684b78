import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { DomainError } from './domain-error';

const PASSTHROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

interface HttpExceptionLike {
  getStatus(): number;
  getResponse(): unknown;
}

function isHttpException(error: unknown): error is HttpExceptionLike {
  return typeof (error as HttpExceptionLike | null)?.getStatus === 'function';
}

function validationMessages(response: unknown): string | undefined {
  const message = (response as { message?: unknown } | null)?.message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : undefined;
}

/**
 * Maps every error leaving a subgraph to a message and `extensions.code` a client can act on.
 * Unknown errors become INTERNAL_SERVER_ERROR without their message (no SQL, no stack traces).
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...(original.details ?? {}) },
    };
  }
  if (isHttpException(original)) {
    const status = original.getStatus();
    const code =
      status === 401
        ? 'UNAUTHENTICATED'
        : status === 403
          ? 'FORBIDDEN'
          : status === 429
            ? 'RATE_LIMITED'
            : status < 500
              ? 'BAD_USER_INPUT'
              : 'INTERNAL_SERVER_ERROR';
    const message =
      code === 'INTERNAL_SERVER_ERROR'
        ? 'Internal server error'
        : (validationMessages(original.getResponse()) ?? formatted.message);
    return { ...base, message, extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASSTHROUGH_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  return {
    ...base,
    message: 'Internal server error',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
