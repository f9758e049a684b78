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

  /** The announcement (a post) or the join request it is about. */
  @Column({ type: 'uuid' })
  subjectId!: string;

  /** Who caused it: the announcement's author, the requester, the deciding coordinator. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The start of an announcement, as plain text. */
  @Column({ type: 'text', nullable: true })
  excerpt!: string | null;

  /** A coordinator's reason for a decision. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
