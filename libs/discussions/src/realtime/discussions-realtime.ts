import { Injectable, Logger } from '@nestjs/common';
import type { RemoteSocket, Server } from 'socket.io';
import type { ThreadPostEntity } from '../posts/post.entity';
import type { ThreadEntity } from '../threads/thread.entity';
import type { SocketData } from './socket-data';
import { livePost, liveThread } from './realtime.payloads';
import { networkRoom, threadRoom, userRoom } from './rooms';

/**
 * Everything the services tell live clients, behind intention-revealing methods; the only
 * place that emits. With the Redis adapter each emit reaches the clients of every instance.
 * Services call it after their transaction committed: a client that misses an emit (it was
 * reconnecting) gets the post from the replay when it joins again.
 */
@Injectable()
export class DiscussionsRealtime {
  private readonly logger = new Logger(DiscussionsRealtime.name);
  private server?: Server;

  attach(server: Server): void {
    this.server = server;
  }

  postCreated(thread: ThreadEntity, post: ThreadPostEntity): void {
    this.emit([threadRoom(thread.id), networkRoom(thread.networkId)], 'post:created', {
      post: livePost(post),
      thread: liveThread(thread),
    });
  }

  /** A held post is for its author's eyes (their other tabs) until approved. */
  postHeld(post: ThreadPostEntity): void {
    this.emit([userRoom(post.authorId)], 'post:held', { post: livePost(post) });
  }

  postUpdated(thread: ThreadEntity, post: ThreadPostEntity): void {
    this.emit([threadRoom(thread.id)], 'post:updated', { post: livePost(post) });
  }

  postHidden(thread: ThreadEntity, post: ThreadPostEntity): void {
    this.emit([threadRoom(thread.id)], 'post:hidden', { postId: post.id, threadId: thread.id });
  }

  postDeleted(thread: ThreadEntity, post: ThreadPostEntity): void {
    this.emit([threadRoom(thread.id)], 'post:deleted', { postId: post.id, threadId: thread.id });
  }

  threadCreated(thread: ThreadEntity): void {
    this.emit([networkRoom(thread.networkId)], 'thread:created', { thread: liveThread(thread) });
  }

  threadLocked(thread: ThreadEntity): void {
    this.emit([threadRoom(thread.id), networkRoom(thread.networkId)], 'thread:locked', {
      threadId: thread.id,
      locked: thread.locked,
    });
  }

  threadPinned(thread: ThreadEntity): void {
    this.emit([networkRoom(thread.networkId)], 'thread:pinned', {
      threadId: thread.id,
      pinned: thread.pinned,
    });
  }

  /**
   * The thread now lives elsewhere (moved, or merged into `targetId`): its clients are told,
   * then leave its room, and must join again, which checks access to the new network.
   */
  threadRelocated(thread: ThreadEntity, targetThreadId: string, targetNetworkId: string): void {
    const room = threadRoom(thread.id);
    this.emit([room], 'thread:moved', {
      threadId: thread.id,
      toThreadId: targetThreadId,
      toNetworkId: targetNetworkId,
    });
    this.server?.in(room).socketsLeave(room);
  }

  typing(threadId: string, userId: string, except: string): void {
    this.server?.to(threadRoom(threadId)).except(except).emit('typing', { threadId, userId });
  }

  /** Membership ended: out of the network's room and of its threads' rooms, on every instance. */
  async evictFromNetwork(userId: string, networkId: string): Promise<void> {
    if (!this.server) return;
    const sockets = (await this.server
      .in(userRoom(userId))
      .fetchSockets()) as unknown as RemoteSocket<
      { 'network:removed': (payload: { networkId: string }) => void },
      SocketData
    >[];
    for (const socket of sockets) {
      const rooms = Object.entries(socket.data.threads ?? {})
        .filter(([, threadNetworkId]) => threadNetworkId === networkId)
        .map(([threadId]) => threadRoom(threadId));
      for (const room of [...rooms, networkRoom(networkId)]) socket.leave(room);
      socket.emit('network:removed', { networkId });
    }
    this.logger.log(`user ${userId} left the live rooms of network ${networkId}`);
  }

  /** Suspended or deactivated: every socket of the user closes, on every instance. */
  disconnectUser(userId: string): void {
    this.server?.in(userRoom(userId)).disconnectSockets(true);
  }

  private emit(rooms: string[], event: string, payload: unknown): void {
    if (!this.server) return;
    this.server.to(rooms).emit(event, payload);
  }
}
