import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '@mreza/shared/database';

export enum NetworkVisibility {
  /** Any signed-in user joins at once. */
  OPEN = 'OPEN',
  /** Joining needs a coordinator's approval; members and content are hidden from non-members. */
  CLOSED = 'CLOSED',
}

@Entity('networks')
export class NetworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  nameLatin!: string;

  @Column({ type: 'text' })
  nameCyrillic!: string;

  @Column({ type: 'text' })
  nameEnglish!: string;

  @Column({ type: 'text' })
  descriptionLatin!: string;

  @Column({ type: 'text' })
  descriptionCyrillic!: string;

  @Column({ type: 'text' })
  descriptionEnglish!: string;

  @Column({ type: 'text' })
  visibility!: NetworkVisibility;

  /** Names folded for script- and diacritic-insensitive search (see `foldSerbian`). */
  @Column({ type: 'text', select: false })
  searchText!: string;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
