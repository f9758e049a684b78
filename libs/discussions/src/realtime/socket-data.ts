import type { AuthUser } from '@mreza/shared/auth';

/** What the server keeps on each socket (shared across instances by the Redis adapter). */
export interface SocketData {
  user: AuthUser;
  /** Thread rooms the socket joined, with each thread's network: removal evicts from them. */
  threads: Record<string, string>;
}
