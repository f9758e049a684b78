import type { SessionEndReason } from '@web/auth/session.store';

/** What pages pass each other in the history state. */
export interface NavigationState {
  /** Where a visitor was headed before being sent to sign in. */
  from?: string;
  /** A notice for the sign-in page: why the session ended. */
  notice?: SessionEndReason | null;
}

/** A path inside this app to return to, from history state; never another site ("//host"). */
export function safeReturnPath(state: unknown): string | null {
  const from = (state as NavigationState | null)?.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return null;
  if (from.startsWith('/sign-in')) return null;
  return from;
}

export function noticeOf(state: unknown): SessionEndReason | null {
  const notice = (state as NavigationState | null)?.notice;
  return notice === 'signedOut' ||
    notice === 'expired' ||
    notice === 'passwordChanged' ||
    notice === 'passwordReset'
    ? notice
    : null;
}
