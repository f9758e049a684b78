import type { Socket } from 'socket.io-client';
import { io } from 'socket.io-client';

export type LiveClient = Socket;

/** Connects like the web app does (WebSocket, `auth: { token }`); rejects on connect_error. */
export function connectLive(url: string, token?: string): Promise<LiveClient> {
  const socket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: token === undefined ? {} : { token },
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** The next `event` the client receives (optionally the next one matching), within `ms`. */
export function nextEvent<T = Record<string, unknown>>(
  socket: LiveClient,
  event: string,
  matches: (payload: T) => boolean = () => true,
  ms = 5_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} within ${ms} ms`));
    }, ms);
    const listener = (payload: T) => {
      if (!matches(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** Records every event the client receives, to assert later that something did not arrive. */
export function recordEvents(socket: LiveClient): { event: string; payload: unknown }[] {
  const seen: { event: string; payload: unknown }[] = [];
  socket.onAny((event: string, payload: unknown) => seen.push({ event, payload }));
  return seen;
}

/** Sends a message and returns the server's acknowledgement. */
export function send<T = Record<string, unknown>>(
  socket: LiveClient,
  event: string,
  ...args: unknown[]
): Promise<T> {
  return socket.timeout(5_000).emitWithAck(event, ...args) as Promise<T>;
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
