import type { ReactNode } from 'react';
import { createContext, useContext, useEffect, useState } from 'react';
import type { Socket } from 'socket.io-client';
import { io } from 'socket.io-client';
import type { SessionStore } from '@web/auth/session.store';
import type { TokenRefresher } from '@web/auth/token-refresher';

/** A post as live events carry it: only published posts, with the author's id. */
export interface LivePost {
  id: string;
  threadId: string;
  authorId: string;
  body: string;
  quotePostId: string | null;
  status: string;
  createdAt: string;
  editedAt: string | null;
}

export interface LiveThread {
  id: string;
  networkId: string;
  title: string;
  locked: boolean;
  pinned: boolean;
}

/** The answer to each message the client sends. */
export type Ack<T = object> =
  ({ ok: true } & T) | { ok: false; error: { code: string; message: string } };

/**
 * The one Socket.IO connection of this tab, opened on first use at the page's own origin. Each
 * (re)connection asks for a fresh access token, so a reconnect after the token expired works.
 */
export class LiveConnection {
  private socket: Socket | null = null;

  constructor(
    private readonly store: SessionStore,
    private readonly refresher: TokenRefresher,
  ) {
    store.subscribe((event) => {
      if (event.type === 'ended') this.close();
    });
  }

  get(): Socket {
    this.socket ??= io({
      path: '/socket.io',
      auth: (callback) => {
        void this.token().then((token) => callback({ token }));
      },
    });
    return this.socket;
  }

  close(): void {
    this.socket?.disconnect();
    this.socket = null;
  }

  private async token(): Promise<string | null> {
    const fresh = this.store.freshAccessToken;
    if (fresh) return fresh;
    const outcome = await this.refresher.refresh();
    return outcome.kind === 'refreshed' ? outcome.payload.accessToken : null;
  }
}

const LiveContext = createContext<LiveConnection | null>(null);

export function LiveProvider({
  store,
  refresher,
  children,
}: {
  store: SessionStore;
  refresher: TokenRefresher;
  children: ReactNode;
}) {
  const [connection] = useState(() => new LiveConnection(store, refresher));
  return <LiveContext.Provider value={connection}>{children}</LiveContext.Provider>;
}

/** The live connection (opened now if it was not), or null outside the provider. */
export function useLiveSocket(): Socket | null {
  const connection = useContext(LiveContext);
  const [socket, setSocket] = useState<Socket | null>(null);
  useEffect(() => {
    setSocket(connection?.get() ?? null);
  }, [connection]);
  return socket;
}

/** Sends a message and resolves with its acknowledgement (or a timeout error). */
export function request<T extends object>(
  socket: Socket,
  event: string,
  payload: object,
): Promise<Ack<T>> {
  return socket
    .timeout(10_000)
    .emitWithAck(event, payload)
    .then(
      (ack: Ack<T>) => ack,
      () => ({ ok: false as const, error: { code: 'TIMEOUT', message: 'No answer' } }),
    );
}

/**
 * Joins a network's room while mounted (again after every reconnection) and calls `on` with
 * each of its events.
 */
export function useNetworkRoom(
  networkId: string,
  handlers: Record<string, (payload: never) => void>,
): void {
  const socket = useLiveSocket();
  const [current] = useState(() => ({ handlers }));
  current.handlers = handlers;
  useEffect(() => {
    if (!socket) return;
    const join = () => void request(socket, 'network:join', { networkId });
    const events = Object.keys(current.handlers);
    const listeners = events.map((event) => {
      const listener = (payload: unknown) => current.handlers[event]?.(payload as never);
      socket.on(event, listener);
      return [event, listener] as const;
    });
    socket.on('connect', join);
    if (socket.connected) join();
    return () => {
      socket.off('connect', join);
      for (const [event, listener] of listeners) socket.off(event, listener);
      if (socket.connected) void request(socket, 'network:leave', { networkId });
    };
  }, [socket, networkId, current]);
}
