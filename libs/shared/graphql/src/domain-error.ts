import { IntrinsicException } from '@nestjs/common';

/**
 * A rule of the domain was broken. Each feature declares its own codes
 * (`THREAD_LOCKED`, `NOT_A_MEMBER`, …); the message is safe to show a user. As an
 * IntrinsicException it is an expected outcome, not logged as a server error.
 */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first') {
    super('UNAUTHENTICATED', message);
  }
}

export class BadInputError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, details);
  }
}

/**
 * In an update input, a missing field means "leave it", `null` means "clear it": refuses `null`
 * for the fields that cannot be empty.
 */
export function rejectNulls<T extends object>(input: T, fields: (keyof T)[]): void {
  const cleared = fields.find((field) => input[field] === null);
  if (cleared !== undefined) throw new BadInputError(`${String(cleared)} cannot be empty`);
}
