import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@mreza/shared/auth';
import { CreatedAt } from '@mreza/shared/database';

/** An invitation to join; the invitee sets a password with the one-time token it carries. */
@Entity('invitations')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  firstName!: string;

  @Column({ type: 'text' })
  lastName!: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'text', nullable: true })
  position!: string | null;

  @Column({ type: 'text' })
  role!: Role;

  /** Set when the invitee succeeds a member who left: memberships move on acceptance. */
  @Column({ type: 'uuid', nullable: true })
  predecessorId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  invitedById!: string | null;

  @Column({ type: 'text' })
  tokenHash!: string;

  @CreatedAt()
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
