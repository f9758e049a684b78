import { Logger } from '@nestjs/common';
import type { OnGatewayConnection, OnGatewayInit } from '@nestjs/websockets';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import type { ZodType } from 'zod';
import { JwtVerifier } from '@mreza/shared/auth';
import { DomainError } from '@mreza/shared/graphql';
import { DiscussionsRealtime } from './discussions-realtime';
import type { Ack } from './realtime.payloads';
import { livePost } from './realtime.payloads';
import { RealtimeService } from './realtime.service';
import { RealtimeFanout } from './realtime-fanout';
import { networkRoom, threadRoom, userRoom } from './rooms';
import type { SocketData } from './socket-data';
import { joinThreadMessage, networkMessage, threadMessage } from './socket-messages';

type ClientSocket = Socket<
  Record<string, never>,
  Record<string, never>,
  Record<string, never>,
  SocketData
>;

/**
 * The live side of discussions, reached through the gateway's `/socket.io`. A client connects
 * with its access token (`auth: { token }`), then joins thread and network rooms; each join is
 * checked and answered (acknowledgement) with `{ ok, … }` or `{ ok: false, error: { code } }`.
 * A malformed message gets an error answer; the socket stays up.
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false, pingInterval: 20_000 })
export class DiscussionsGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(DiscussionsGateway.name);

  constructor(
    private readonly verifier: JwtVerifier,
    private readonly service: RealtimeService,
    private readonly realtime: DiscussionsRealtime,
    private readonly fanout: RealtimeFanout,
  ) {}

  afterInit(server: Server): void {
    this.fanout.install(server);
    this.realtime.attach(server);
    // Authenticates before the connection is accepted: no anonymous socket ever joins a room.
    server.use((socket, next) => {
      const token: unknown = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      const user = typeof token === 'string' ? this.verifier.verify(token) : undefined;
      if (!user) {
        next(Object.assign(new Error('UNAUTHENTICATED'), { data: { code: 'UNAUTHENTICATED' } }));
        return;
      }
      this.service.requireActive(user).then(
        () => {
          (socket.data as SocketData).user = user;
          (socket.data as SocketData).threads = {};
          next();
        },
        () =>
          next(
            Object.assign(new Error('ACCOUNT_SUSPENDED'), { data: { code: 'ACCOUNT_SUSPENDED' } }),
          ),
      );
    });
  }

  async handleConnection(socket: ClientSocket): Promise<void> {
    await socket.join(userRoom(socket.data.user.id));
  }

  @SubscribeMessage('thread:join')
  joinThread(@ConnectedSocket() socket: ClientSocket, @MessageBody() body: unknown) {
    return this.answer(joinThreadMessage, body, async ({ threadId, lastSeenPostId }) => {
      const { thread, missed } = await this.service.joinThread(
        socket.data.user,
        threadId,
        lastSeenPostId ?? null,
      );
      await socket.join(threadRoom(thread.id));
      socket.data.threads[thread.id] = thread.networkId;
      return { threadId: thread.id, missed: missed.map(livePost) };
    });
  }

  @SubscribeMessage('thread:leave')
  leaveThread(@ConnectedSocket() socket: ClientSocket, @MessageBody() body: unknown) {
    return this.answer(threadMessage, body, async ({ threadId }) => {
      await socket.leave(threadRoom(threadId));
      delete socket.data.threads[threadId];
      return {};
    });
  }

  @SubscribeMessage('network:join')
  joinNetwork(@ConnectedSocket() socket: ClientSocket, @MessageBody() body: unknown) {
    return this.answer(networkMessage, body, async ({ networkId }) => {
      await this.service.joinNetwork(socket.data.user, networkId);
      await socket.join(networkRoom(networkId));
      return {};
    });
  }

  @SubscribeMessage('network:leave')
  leaveNetwork(@ConnectedSocket() socket: ClientSocket, @MessageBody() body: unknown) {
    return this.answer(networkMessage, body, async ({ networkId }) => {
      await socket.leave(networkRoom(networkId));
      return {};
    });
  }

  /** Only from a socket in the thread's room, to the others in it. */
  @SubscribeMessage('typing')
  typing(@ConnectedSocket() socket: ClientSocket, @MessageBody() body: unknown) {
    return this.answer(threadMessage, body, ({ threadId }) => {
      if (!socket.rooms.has(threadRoom(threadId))) {
        throw new DomainError('NOT_IN_ROOM', 'Join the thread first');
      }
      this.realtime.typing(threadId, socket.data.user.id, socket.id);
      return Promise.resolve({});
    });
  }

  private async answer<T, R extends object>(
    schema: ZodType<T>,
    body: unknown,
    handle: (message: T) => Promise<R>,
  ): Promise<Ack<R>> {
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'BAD_MESSAGE', message: parsed.error.issues[0]?.message ?? 'Malformed' },
      };
    }
    try {
      return { ok: true, ...(await handle(parsed.data)) };
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, error: { code: error.code, message: error.message } };
      }
      this.logger.error(error);
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong' } };
    }
  }
}
