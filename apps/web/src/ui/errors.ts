import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

/** Error codes with a message of their own in `errors.*` of the translations. */
export const KNOWN_ERROR_CODES = [
  'NETWORK',
  'SERVER_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'UNKNOWN',
  'INVALID_CREDENTIALS',
  'LOGIN_THROTTLED',
  'RATE_LIMITED',
  'ACCOUNT_SUSPENDED',
  'ACCOUNT_DEACTIVATED',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'WEAK_PASSWORD',
  'INVALID_INVITATION',
  'INVALID_RESET_TOKEN',
  'EMAIL_TAKEN',
  'REGISTRATION_PENDING',
  'WRONG_PASSWORD',
  'UNKNOWN_ORGANISATION',
  'INVALID_REFRESH_TOKEN',
  'REFRESH_TOKEN_REUSED',
  'USER_NOT_FOUND',
  'INVALID_CURSOR',
  'NETWORK_NOT_FOUND',
  'NOT_A_MEMBER',
  'ALREADY_MEMBER',
  'REQUEST_PENDING',
  'NETWORK_ARCHIVED',
  'LAST_COORDINATOR',
  'REQUEST_NOT_FOUND',
  'REQUEST_ALREADY_DECIDED',
  'POST_NOT_FOUND',
  'POST_DELETED',
  'BODY_TOO_LONG',
  'BODY_EMPTY',
  'UNSAFE_MARKDOWN',
  'TOO_MANY_POST_IDS',
  'THREAD_LOCKED',
  'THREAD_NOT_FOUND',
  'THREAD_DELETED',
  'MEMBER_MUTED',
  'ALREADY_FLAGGED',
  'FLAG_OWN_POST',
  'FLAG_RESOLVED',
  'REASON_REQUIRED',
  'TITLE_INVALID',
  'TAGS_INVALID',
  'QUOTE_INVALID',
  'INVALID_MOVE',
  'CANNOT_MUTE_MODERATOR',
  'MUTE_DURATION_INVALID',
  'RULES_INVALID',
  'POST_NOT_EDITABLE',
  'TOO_MANY_PINNED',
  'DUPLICATE_ORGANISATION',
  'LAST_ADMINISTRATOR',
  'INVITATION_NOT_FOUND',
  'REGISTRATION_NOT_PENDING',
  'SLUG_TAKEN',
  'DOCUMENT_NOT_FOUND',
  'DOCUMENT_INVALID',
  'VERSION_NOT_FOUND',
  'COLLECTION_NOT_FOUND',
  'COLLECTION_INVALID',
  'TOPIC_NOT_FOUND',
  'UPLOAD_TOO_LARGE',
  'UPLOAD_EMPTY',
  'UPLOAD_TYPE_NOT_ALLOWED',
  'FILENAME_INVALID',
  'TOO_MANY_UPLOADS',
  'UPLOAD_NOT_FOUND',
  'UPLOAD_NOT_YOURS',
  'UPLOAD_SIZE_MISMATCH',
  'UPLOAD_FAILED',
  'UPLOAD_EXPIRED',
  'UPLOAD_CANCELLED',
] as const;

export type KnownErrorCode = (typeof KNOWN_ERROR_CODES)[number];

export interface ApiErrorInfo {
  /** A known code (else `UNKNOWN`), for the message. */
  code: KnownErrorCode;
  /** The code as the server sent it, for logic on codes without a message of their own. */
  rawCode: string;
  /** Seconds to wait, for LOGIN_THROTTLED and RATE_LIMITED. */
  retryAfter?: number;
}

const isKnown = (code: string): code is KnownErrorCode =>
  (KNOWN_ERROR_CODES as readonly string[]).includes(code);

function fromGraphQLErrors(errors: readonly GraphQLFormattedError[]): ApiErrorInfo | null {
  const first = errors[0];
  if (!first) return null;
  const code = first.extensions?.['code'];
  const retryAfter = first.extensions?.['retryAfter'];
  return info(typeof code === 'string' ? code : 'UNKNOWN', retryAfter);
}

function info(rawCode: string, retryAfter?: unknown): ApiErrorInfo {
  // An unexpected failure inside the gateway still means: the service did not answer.
  const normalised = rawCode === 'DOWNSTREAM_SERVICE_ERROR' ? 'SERVER_UNAVAILABLE' : rawCode;
  return {
    code: isKnown(normalised) ? normalised : 'UNKNOWN',
    rawCode,
    ...(typeof retryAfter === 'number' && retryAfter > 0
      ? { retryAfter: Math.ceil(retryAfter) }
      : {}),
  };
}

function parseErrorBody(bodyText: string): readonly GraphQLFormattedError[] {
  try {
    const body = JSON.parse(bodyText) as { errors?: unknown };
    return Array.isArray(body.errors) ? (body.errors as GraphQLFormattedError[]) : [];
  } catch {
    return [];
  }
}

/**
 * What went wrong with a request, as a code the interface has a message for. Answers with a
 * GraphQL error carry their own code (also on HTTP 429 from the gateway's rate limit); a page
 * or proxy error instead of the API, or no answer at all, means the server cannot be reached.
 */
export function apiErrorOf(error: unknown): ApiErrorInfo {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors) ?? info('UNKNOWN');

  if (ServerError.is(error)) {
    const fromBody = fromGraphQLErrors(parseErrorBody(error.bodyText));
    if (fromBody) {
      if (fromBody.retryAfter === undefined && fromBody.code === 'RATE_LIMITED') {
        return info('RATE_LIMITED', Number(error.response.headers.get('retry-after')));
      }
      return fromBody;
    }
    if (error.statusCode === 401) return info('UNAUTHENTICATED');
    if (error.statusCode === 403) return info('FORBIDDEN');
    if (error.statusCode === 429) {
      return info('RATE_LIMITED', Number(error.response.headers.get('retry-after')));
    }
    return info('SERVER_UNAVAILABLE');
  }

  // An HTML page (a proxy's, or the client's own index.html) instead of the API's JSON.
  if (ServerParseError.is(error)) return info('SERVER_UNAVAILABLE');

  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    return info(code, (error as { retryAfter?: unknown }).retryAfter);
  }
  // fetch() rejects with a TypeError when nothing answers.
  if (error instanceof TypeError) return info('NETWORK');
  return info('UNKNOWN');
}
