import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum NotificationKind {
  /** A coordinator published an announcement in one of the member's networks. */
  ANNOUNCEMENT = 'ANNOUNCEMENT',
  /** Someone asked to join a closed network the member coordinates. */
  JOIN_REQUESTED = 'JOIN_REQUESTED',
  /** The member's join request was approved. */
  JOIN_APPROVED = 'JOIN_APPROVED',
  /** The member's join request was rejected, with the coordinator's reason. */
  JOIN_REJECTED = 'JOIN_REJECTED',
  /** Someone mentioned the member in a discussion post. */
  MENTION = 'MENTION',
  /** Someone else replied in a thread the member started (unless the reply mentions them). */
  THREAD_REPLY = 'THREAD_REPLY',
  /** A coordinator warned the member about one of their discussion posts, with a reason. */
  MODERATION_WARNING = 'MODERATION_WARNING',
}

@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Who is notified. */
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ type: 'uuid' })
  networkId!: string;

  /** The announcement, the discussion post or the join request it is about. */
  @Column({ type: 'uuid' })
  subjectId!: string;

  /**
   * Who caused it: the announcement's or discussion post's author, the requester, the deciding
   * or warning coordinator.
   */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The start of an announcement or a discussion post, as plain text. */
  @Column({ type: 'text', nullable: true })
  excerpt!: string | null;

  /** A coordinator's reason for a decision or a warning. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The discussion thread of a mention or a reply. */
  @Column({ type: 'uuid', nullable: true })
  threadId!: string | null;

  /** The thread's title when the post was published. */
  @Column({ type: 'text', nullable: true })
  threadTitle!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
