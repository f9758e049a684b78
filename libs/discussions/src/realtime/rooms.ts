/** Socket.IO room names: one per thread, per network, and per user (all their sockets). */
export const threadRoom = (threadId: string) => `thread:${threadId}`;
export const networkRoom = (networkId: string) => `network:${networkId}`;
export const userRoom = (userId: string) => `user:${userId}`;
