import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NetworkReplicaStore } from '@mreza/shared/replicas';

export type { AccountStatus, MemberReplica, NetworkReplica } from '@mreza/shared/replicas';

/**
 * Discussions' replicas of networks, memberships and account states (schema `discussions`),
 * kept by the shared replica code the library uses too.
 */
@Injectable()
export class ReplicaRepository extends NetworkReplicaStore {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource, 'discussions');
  }
}
