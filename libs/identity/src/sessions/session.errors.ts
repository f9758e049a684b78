import { DomainError } from '@mreza/shared/graphql';

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('INVALID_CREDENTIALS', 'The e-mail or password is not correct');
  }
}

export class LoginThrottledError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      'LOGIN_THROTTLED',
      `Too many failed sign-in attempts; try again in ${retryAfterSeconds} s`,
      { retryAfter: retryAfterSeconds },
    );
  }
}

export class AccountNotActiveError extends DomainError {
  constructor(status: string) {
    super(
      status === 'SUSPENDED' ? 'ACCOUNT_SUSPENDED' : 'ACCOUNT_DEACTIVATED',
      status === 'SUSPENDED'
        ? 'This account is suspended; contact the association'
        : 'This account is no longer active',
    );
  }
}

export class InvalidRefreshTokenError extends DomainError {
  constructor() {
    super('INVALID_REFRESH_TOKEN', 'The session has ended; sign in again');
  }
}

export class RefreshTokenReusedError extends DomainError {
  constructor() {
    super(
      'REFRESH_TOKEN_REUSED',
      'This sign-in was used twice, so the session was ended for safety; sign in again',
    );
  }
}

export class WrongPasswordError extends DomainError {
  constructor() {
    super('WRONG_PASSWORD', 'The current password is not correct');
  }
}

export class InvalidResetTokenError extends DomainError {
  constructor() {
    super('INVALID_RESET_TOKEN', 'This password reset link is not valid or has expired');
  }
}
