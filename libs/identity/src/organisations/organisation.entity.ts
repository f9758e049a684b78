import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '@mreza/shared/database';

export enum OrganisationKind {
  CITY = 'CITY',
  MUNICIPALITY = 'MUNICIPALITY',
  ASSOCIATION = 'ASSOCIATION',
  MINISTRY = 'MINISTRY',
  PARTNER = 'PARTNER',
  OTHER = 'OTHER',
}

@Entity('organisations')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  nameLatin!: string;

  @Column({ type: 'text' })
  nameCyrillic!: string;

  @Column({ type: 'text', nullable: true })
  acronym!: string | null;

  @Column({ type: 'text' })
  kind!: OrganisationKind;

  @Column({ type: 'text', nullable: true })
  district!: string | null;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /** Names and acronym folded (`foldSerbian`): what a search in any script matches. */
  @Column({ type: 'text' })
  searchText!: string;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
