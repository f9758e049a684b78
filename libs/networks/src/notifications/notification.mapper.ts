import type { NotificationEntity } from './notification.entity';
import type { NotificationObject } from './notification.object';

export const toNotificationObject = (row: NotificationEntity): NotificationObject => ({
  id: row.id,
  kind: row.kind,
  networkId: row.networkId,
  subjectId: row.subjectId,
  actor: row.actorId ? { id: row.actorId } : null,
  excerpt: row.excerpt,
  reason: row.reason,
  threadId: row.threadId,
  threadTitle: row.threadTitle,
  createdAt: row.createdAt,
  readAt: row.readAt,
});
