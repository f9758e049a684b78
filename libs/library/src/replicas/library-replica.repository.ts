import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NetworkReplicaStore } from '@mreza/shared/replicas';

/** The library's replicas of networks, memberships and account states (schema `library`). */
@Injectable()
export class LibraryReplicaRepository extends NetworkReplicaStore {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource, 'library');
  }
}
