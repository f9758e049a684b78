import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PostStatus } from '../posts/post.entity';

@Entity('threads')
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  networkId!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', array: true })
  tags!: string[];

  @Column({ type: 'uuid', array: true })
  documentIds!: string[];

  /** Follows the opening post: a thread whose opening post is held or hidden is too. */
  @Column({ type: 'text' })
  status!: Exclude<PostStatus, PostStatus.DELETED>;

  @Column({ type: 'boolean' })
  locked!: boolean;

  @Column({ type: 'boolean' })
  pinned!: boolean;

  /** Published replies (the opening post not counted). */
  @Column({ type: 'integer' })
  replyCount!: number;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastActivityAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  /** Set when a coordinator merged this thread into another; its posts moved there. */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;
}
