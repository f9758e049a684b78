import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum PostStatus {
  PUBLISHED = 'PUBLISHED',
  /** Waiting for a coordinator: seen only by its author and the network's moderators. */
  HELD = 'HELD',
  /** Hidden by a moderator; its author sees it with the reason. */
  HIDDEN = 'HIDDEN',
  /** Deleted by its author (or a moderator resolving a flag); kept for the record. */
  DELETED = 'DELETED',
}

export enum PostReaction {
  LIKE = 'LIKE',
  INSIGHTFUL = 'INSIGHTFUL',
  THANKS = 'THANKS',
  AGREE = 'AGREE',
}

@Entity('posts')
export class ThreadPostEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Order within the thread, and the replay cursor of a reconnecting client. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column({ type: 'uuid' })
  threadId!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  /** Markdown as written, checked by `postBodyProblem`; rendered sanitised by the client. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'uuid', nullable: true })
  quotePostId!: string | null;

  /** The thread's first post, written with it. */
  @Column({ type: 'boolean' })
  opening!: boolean;

  @Column({ type: 'text' })
  status!: PostStatus;

  /** Why a moderator hid it, or why it is held; shown to the author. */
  @Column({ type: 'text', nullable: true })
  moderationReason!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;
}
