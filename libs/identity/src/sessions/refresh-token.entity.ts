import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '@mreza/shared/database';

/** One refresh token of a session; only its SHA-256 hash is stored. Spent once used. */
@Entity('refresh_tokens')
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'text' })
  tokenHash!: string;

  @CreatedAt()
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
