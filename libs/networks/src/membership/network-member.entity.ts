import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum NetworkRole {
  MEMBER = 'MEMBER',
  COORDINATOR = 'COORDINATOR',
}

@Entity('network_members')
export class NetworkMemberEntity {
  @PrimaryColumn('uuid')
  networkId!: string;

  @PrimaryColumn('uuid')
  userId!: string;

  @Column({ type: 'text' })
  role!: NetworkRole;

  @Column({ type: 'timestamptz' })
  joinedAt!: Date;
}
