import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@mreza/shared/auth';
import { CreatedAt, UpdatedAt } from '@mreza/shared/database';

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DEACTIVATED = 'DEACTIVATED',
}

export enum ContactVisibility {
  /** Every signed-in member sees e-mail and phone. */
  MEMBERS = 'MEMBERS',
  /** Only association staff and administrators. */
  STAFF = 'STAFF',
}

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; unique. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text' })
  status!: UserStatus;

  @Column({ type: 'text' })
  firstName!: string;

  @Column({ type: 'text' })
  lastName!: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'text', nullable: true })
  position!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text' })
  contactVisibility!: ContactVisibility;

  /** The organisation's liaison officer (focal point) may record colleagues' departures. */
  @Column({ type: 'boolean', default: false })
  isLiaisonOfficer!: boolean;

  @Column({ type: 'text', default: 'sr-Latn' })
  interfaceLanguage!: string;

  @Column({ type: 'timestamptz' })
  recordConfirmedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  successorId!: string | null;

  @Column({ type: 'int', default: 0 })
  failedLoginCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  loginBlockedUntil!: Date | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
