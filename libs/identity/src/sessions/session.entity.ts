import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '@mreza/shared/database';

/** A signed-in device: one family of rotating refresh tokens. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;

  @CreatedAt()
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastUsedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedReason!: string | null;
}
