import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '@mreza/shared/database';

export enum MembershipRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

@Entity('membership_requests')
export class MembershipRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  networkId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  status!: MembershipRequestStatus;

  /** The coordinator's reason, sent to the requester (required on rejection). */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;
}
