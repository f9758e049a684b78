import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum PostKind {
  /** Anything a member writes to the network. */
  POST = 'POST',
  /** Written by coordinators, staff or administrators; may be pinned to the top of the feed. */
  ANNOUNCEMENT = 'ANNOUNCEMENT',
}

/** The fixed set of reactions a post can get. */
export enum PostReaction {
  LIKE = 'LIKE',
  INSIGHTFUL = 'INSIGHTFUL',
  THANKS = 'THANKS',
  AGREE = 'AGREE',
}

@Entity('network_posts')
export class NetworkPostEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  networkId!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  kind!: PostKind;

  /** Markdown as written; checked by `checkPostBody`, rendered (sanitised) by the client. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'boolean' })
  pinned!: boolean;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
