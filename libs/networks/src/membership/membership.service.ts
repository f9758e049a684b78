import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { isStaff } from '@mreza/shared/auth';
import type { Tx } from '@mreza/shared/database';
import { TransactionRunner } from '@mreza/shared/database';
import { EventOutbox } from '@mreza/shared/events';
import { BadInputError } from '@mreza/shared/graphql';
import { NetworkVisibility } from '../networks/network.entity';
import { NetworkRepository } from '../networks/network.repository';
import { NetworkService } from '../networks/network.service';
import { MemberRepository } from './member.repository';
import type { MembershipRequestEntity } from './membership-request.entity';
import { MembershipRequestStatus } from './membership-request.entity';
import { MembershipRequestRepository } from './membership-request.repository';
import {
  AlreadyMemberError,
  LastCoordinatorError,
  NotAMemberError,
  RequestAlreadyDecidedError,
  RequestNotFoundError,
  RequestPendingError,
} from './membership.errors';
import {
  memberJoined,
  memberLeft,
  memberRoleChanged,
  membershipDecided,
  membershipRequested,
} from './membership.events';
import type { NetworkMemberEntity } from './network-member.entity';
import { NetworkRole } from './network-member.entity';
import { NetworkAccess } from './network-access';

export interface JoinResult {
  membership: NetworkMemberEntity | null;
  request: MembershipRequestEntity | null;
}

/**
 * Membership changes. Each runs in one transaction that first locks the network row, so rules
 * such as "a network keeps at least one coordinator" hold under concurrent requests, and each
 * records its events in that transaction.
 */
@Injectable()
export class MembershipService {
  constructor(
    private readonly networkService: NetworkService,
    private readonly networks: NetworkRepository,
    private readonly members: MemberRepository,
    private readonly requests: MembershipRequestRepository,
    private readonly access: NetworkAccess,
    private readonly outbox: EventOutbox,
    private readonly transaction: TransactionRunner,
  ) {}

  /** Open network (or staff): a member at once. Closed network: a request for coordinators. */
  join(viewer: AuthUser, networkId: string): Promise<JoinResult> {
    return this.transaction.run(async (tx) => {
      const network = await this.networkService.requireWritable(networkId, tx);
      if (await this.members.find(networkId, viewer.id, tx)) throw new AlreadyMemberError();
      if (network.visibility === NetworkVisibility.OPEN || isStaff(viewer)) {
        const member = { networkId, userId: viewer.id, role: NetworkRole.MEMBER };
        const membership = await this.members.insert(member, tx);
        if (!membership) throw new AlreadyMemberError();
        await this.outbox.record(tx, memberJoined(membership, 'JOINED', viewer.id));
        return { membership, request: null };
      }
      const request = await this.requests.insertPending(networkId, viewer.id, tx);
      if (!request) throw new RequestPendingError();
      await this.outbox.record(tx, membershipRequested(request));
      return { membership: null, request };
    });
  }

  leave(viewer: AuthUser, networkId: string): Promise<void> {
    return this.transaction.run(async (tx) => {
      await this.networkService.requireWritable(networkId, tx);
      const member = await this.members.find(networkId, viewer.id, tx);
      if (!member) throw new NotAMemberError();
      await this.refuseLosingLastCoordinator(member, tx);
      await this.members.delete(networkId, viewer.id, tx);
      await this.outbox.record(tx, memberLeft(networkId, viewer.id, 'LEFT', viewer.id));
    });
  }

  /** Coordinators of the network, staff or admins; a rejection needs a reason for the requester. */
  async decide(
    viewer: AuthUser,
    requestId: string,
    approve: boolean,
    reason?: string | null,
  ): Promise<MembershipRequestEntity> {
    const why = reason?.trim() || null;
    if (!approve && !why) throw new BadInputError('Give a reason when rejecting a request');
    return this.transaction.run(async (tx) => {
      const found = await this.requests.findById(requestId, tx);
      if (!found) throw new RequestNotFoundError();
      await this.access.requireManager(viewer, found.networkId, tx);
      await this.networkService.requireWritable(found.networkId, tx);
      const request = await this.requests.findForUpdate(requestId, tx);
      if (request?.status !== MembershipRequestStatus.PENDING) {
        throw new RequestAlreadyDecidedError();
      }
      const status = approve ? MembershipRequestStatus.APPROVED : MembershipRequestStatus.REJECTED;
      const decided = await this.requests.decide(
        requestId,
        { status, reason: why, decidedBy: viewer.id },
        tx,
      );
      await this.outbox.record(tx, membershipDecided(decided, viewer.id));
      if (approve) {
        const member = { networkId: decided.networkId, userId: decided.userId };
        const membership = await this.members.insert({ ...member, role: NetworkRole.MEMBER }, tx);
        if (membership)
          await this.outbox.record(tx, memberJoined(membership, 'APPROVED', viewer.id));
      }
      return decided;
    });
  }

  /** A coordinator invites an existing user; a pending request of theirs counts as approved. */
  addMember(viewer: AuthUser, networkId: string, userId: string): Promise<NetworkMemberEntity> {
    return this.transaction.run(async (tx) => {
      await this.networkService.requireWritable(networkId, tx);
      await this.access.requireManager(viewer, networkId, tx);
      const membership = await this.members.insert(
        { networkId, userId, role: NetworkRole.MEMBER },
        tx,
      );
      if (!membership) throw new AlreadyMemberError();
      const pending = await this.requests.findPending(networkId, userId, tx);
      if (pending) {
        const decided = await this.requests.decide(
          pending.id,
          { status: MembershipRequestStatus.APPROVED, reason: null, decidedBy: viewer.id },
          tx,
        );
        await this.outbox.record(tx, membershipDecided(decided, viewer.id));
      }
      await this.outbox.record(tx, memberJoined(membership, 'ADDED', viewer.id));
      return membership;
    });
  }

  removeMember(viewer: AuthUser, networkId: string, userId: string, reason: string): Promise<void> {
    return this.transaction.run(async (tx) => {
      await this.networkService.requireWritable(networkId, tx);
      await this.access.requireManager(viewer, networkId, tx);
      const member = await this.members.find(networkId, userId, tx);
      if (!member) throw new NotAMemberError();
      await this.refuseLosingLastCoordinator(member, tx);
      await this.members.delete(networkId, userId, tx);
      await this.outbox.record(
        tx,
        memberLeft(networkId, userId, 'REMOVED', viewer.id, reason.trim()),
      );
    });
  }

  /** Appoints or steps down a coordinator. */
  setRole(
    viewer: AuthUser,
    networkId: string,
    userId: string,
    role: NetworkRole,
  ): Promise<NetworkMemberEntity> {
    return this.transaction.run(async (tx) => {
      await this.networkService.requireWritable(networkId, tx);
      await this.access.requireManager(viewer, networkId, tx);
      const member = await this.members.find(networkId, userId, tx);
      if (!member) throw new NotAMemberError();
      if (member.role === role) return member;
      await this.refuseLosingLastCoordinator(member, tx);
      await this.members.setRole(networkId, userId, role, tx);
      const changed = { ...member, role };
      await this.outbox.record(tx, memberRoleChanged(changed, viewer.id));
      return changed;
    });
  }

  /**
   * Identity recorded that `successorId` took over from `predecessorId`: the successor takes the
   * predecessor's place and role in each network. Where the successor is already a member they
   * keep their place (promoted if the predecessor coordinated). Archived networks included: this
   * keeps records, it is nobody's action in the network. Idempotent.
   */
  async handOverMemberships(predecessorId: string, successorId: string, tx?: Tx): Promise<number> {
    if (predecessorId === successorId) return 0;
    if (!tx) {
      return this.transaction.run((own) =>
        this.handOverMemberships(predecessorId, successorId, own),
      );
    }
    const memberships = await this.members.findAllOf(predecessorId, tx);
    memberships.sort((a, b) => a.networkId.localeCompare(b.networkId));
    for (const predecessor of memberships) {
      const { networkId } = predecessor;
      await this.networks.findForUpdate(networkId, tx);
      const successor = await this.members.find(networkId, successorId, tx);
      if (!successor) {
        await this.members.transfer(networkId, predecessorId, successorId, tx);
        await this.outbox.record(
          tx,
          memberLeft(networkId, predecessorId, 'HANDOVER', null),
          memberJoined({ ...predecessor, userId: successorId }, 'HANDOVER', null),
        );
        continue;
      }
      await this.members.delete(networkId, predecessorId, tx);
      await this.outbox.record(tx, memberLeft(networkId, predecessorId, 'HANDOVER', null));
      if (predecessor.role === NetworkRole.COORDINATOR && successor.role !== predecessor.role) {
        await this.members.setRole(networkId, successorId, NetworkRole.COORDINATOR, tx);
        await this.outbox.record(
          tx,
          memberRoleChanged({ ...successor, role: NetworkRole.COORDINATOR }, null),
        );
      }
    }
    return memberships.length;
  }

  private async refuseLosingLastCoordinator(member: NetworkMemberEntity, tx: Tx): Promise<void> {
    if (member.role !== NetworkRole.COORDINATOR) return;
    if ((await this.members.countCoordinators(member.networkId, tx)) <= 1) {
      throw new LastCoordinatorError();
    }
  }
}
