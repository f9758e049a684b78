import { z } from 'zod';

const uuid = z.string().uuid();

/** What clients may send, checked before anything else: a malformed message gets an error. */
export const joinThreadMessage = z.object({
  threadId: uuid,
  /** The last post the client has; the answer carries every published post after it. */
  lastSeenPostId: uuid.nullish(),
});

export const threadMessage = z.object({ threadId: uuid });
export const networkMessage = z.object({ networkId: uuid });
