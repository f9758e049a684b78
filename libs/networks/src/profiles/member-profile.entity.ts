import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAt } from '@mreza/shared/database';

/** Identity's profile fields the member directory filters on, replicated from its events. */
@Entity('member_profiles')
export class MemberProfileEntity {
  @PrimaryColumn('uuid')
  userId!: string;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'text', nullable: true })
  position!: string | null;

  /** `position` folded for script- and diacritic-insensitive filtering. */
  @Column({ type: 'text', select: false })
  positionSearch!: string;

  @UpdatedAt()
  updatedAt!: Date;
}
