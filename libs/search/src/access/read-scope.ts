import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { isStaff } from '@mreza/shared/auth';
import type { ReadScope } from '../engine/search-engine';
import { ANONYMOUS_SCOPE } from '../engine/search-engine';
import { ReplicaRepository } from '../replicas/replica.repository';

/**
 * What a viewer may read, from this service's replicas: anonymous callers public documents
 * only; a suspended or deactivated account no more than that; members open networks' content,
 * their closed networks' content and their networks' documents; staff and administrators all.
 */
@Injectable()
export class ReadScopes {
  constructor(private readonly replicas: ReplicaRepository) {}

  async of(viewer: AuthUser | undefined): Promise<ReadScope> {
    if (!viewer) return ANONYMOUS_SCOPE;
    if ((await this.replicas.accountStatus(viewer.id)) !== 'ACTIVE') return ANONYMOUS_SCOPE;
    if (isStaff(viewer)) {
      return { signedIn: true, staff: true, readableNetworkIds: [], memberNetworkIds: [] };
    }
    const { open, member } = await this.replicas.networksOf(viewer.id);
    return {
      signedIn: true,
      staff: false,
      readableNetworkIds: [...new Set([...open, ...member])],
      memberNetworkIds: member,
    };
  }
}
