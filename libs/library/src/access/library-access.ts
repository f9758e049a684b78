import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { isStaff } from '@mreza/shared/auth';
import type { Tx } from '@mreza/shared/database';
import { LibraryReplicaRepository } from '../replicas/library-replica.repository';
import {
  AccountSuspendedError,
  NetworkArchivedError,
  NetworkNotFoundError,
  NotACuratorError,
  NotAMemberError,
  NotAnEditorError,
} from './access.errors';

/** What access rules need of a document. */
export interface GuardedDocument {
  visibility: 'ALL_MEMBERS' | 'NETWORK' | 'PUBLIC';
  networkIds: string[];
  createdBy: string;
  deletedAt: Date | null;
}

/** Which documents a list may show the viewer, as SQL filters need it. */
export interface ReaderScope {
  signedIn: boolean;
  staff: boolean;
  networkIds: string[];
}

const NO_ROLES: ReadonlyMap<string, string> = new Map();

const scopeWithoutNetworks = (viewer: AuthUser | undefined): ReaderScope => ({
  signedIn: viewer !== undefined,
  staff: viewer !== undefined && isStaff(viewer),
  networkIds: [],
});

/** The reading rule, for one document or many (see {@link LibraryAccess}). */
const readable = (scope: ReaderScope, document: GuardedDocument): boolean =>
  !document.deletedAt &&
  (document.visibility === 'PUBLIC' ||
    (scope.signedIn &&
      (scope.staff ||
        document.visibility === 'ALL_MEMBERS' ||
        document.networkIds.some((id) => scope.networkIds.includes(id)))));

/** The editing rule, given the viewer's roles by network. */
const editable = (
  viewer: AuthUser,
  roles: ReadonlyMap<string, string>,
  document: GuardedDocument,
): boolean =>
  !document.deletedAt &&
  (isStaff(viewer) ||
    document.createdBy === viewer.id ||
    document.networkIds.some((id) => roles.get(id) === 'COORDINATOR'));

/**
 * Who may read, write, edit and curate in the library, answered from the replicas of networks,
 * memberships and account states:
 * - PUBLIC documents are for everyone, signed in or not; ALL_MEMBERS for anyone signed in;
 *   NETWORK for members of one of the document's networks, staff and administrators.
 * - Members add documents to networks they belong to (every network named); staff and
 *   administrators anywhere, and documents of no network.
 * - The author, coordinators of one of the document's networks, staff and administrators edit,
 *   add versions and delete.
 * - Coordinators curate their network's collections; staff and administrators all collections.
 * Suspended accounts read but change nothing.
 */
@Injectable()
export class LibraryAccess {
  constructor(private readonly replicas: LibraryReplicaRepository) {}

  async scopeOf(viewer: AuthUser | undefined, tx?: Tx): Promise<ReaderScope> {
    if (!viewer || isStaff(viewer)) return scopeWithoutNetworks(viewer);
    return {
      signedIn: true,
      staff: false,
      networkIds: [...(await this.replicas.rolesOf(viewer.id, tx)).keys()],
    };
  }

  async canRead(
    viewer: AuthUser | undefined,
    document: GuardedDocument,
    tx?: Tx,
  ): Promise<boolean> {
    // Only a NETWORK document needs the viewer's memberships.
    const scope =
      document.visibility === 'NETWORK'
        ? await this.scopeOf(viewer, tx)
        : scopeWithoutNetworks(viewer);
    return readable(scope, document);
  }

  async canEdit(
    viewer: AuthUser | undefined,
    document: GuardedDocument,
    tx?: Tx,
  ): Promise<boolean> {
    if (!viewer) return false;
    // Staff and the author need no look-up of roles.
    const roles =
      isStaff(viewer) || document.createdBy === viewer.id
        ? NO_ROLES
        : await this.replicas.rolesOf(viewer.id, tx);
    return editable(viewer, roles, document);
  }

  /**
   * Tests of "may read" and "may edit" for many documents, with one look-up of the viewer's
   * roles for both.
   */
  async documentTests(viewer: AuthUser | undefined): Promise<{
    canRead: (document: GuardedDocument) => boolean;
    canEdit: (document: GuardedDocument) => boolean;
  }> {
    if (!viewer) {
      const scope = scopeWithoutNetworks(viewer);
      return { canRead: (document) => readable(scope, document), canEdit: () => false };
    }
    const roles = isStaff(viewer) ? NO_ROLES : await this.replicas.rolesOf(viewer.id);
    const scope = { ...scopeWithoutNetworks(viewer), networkIds: [...roles.keys()] };
    return {
      canRead: (document) => readable(scope, document),
      canEdit: (document) => editable(viewer, roles, document),
    };
  }

  async requireActive(viewer: AuthUser, tx?: Tx): Promise<void> {
    if ((await this.replicas.accountStatus(viewer.id, tx)) !== 'ACTIVE') {
      throw new AccountSuspendedError();
    }
  }

  /** May add a document to these networks (or, for staff, to none). */
  async requireWriter(viewer: AuthUser, networkIds: string[], tx?: Tx): Promise<void> {
    await this.requireActive(viewer, tx);
    await this.requireLiveNetworks(networkIds, tx);
    if (isStaff(viewer)) return;
    if (networkIds.length === 0) throw new NotAMemberError();
    const roles = await this.replicas.rolesOf(viewer.id, tx);
    if (!networkIds.every((id) => roles.has(id))) throw new NotAMemberError();
  }

  async requireEditor(viewer: AuthUser, document: GuardedDocument, tx?: Tx): Promise<void> {
    if (!(await this.canEdit(viewer, document, tx))) throw new NotAnEditorError();
    await this.requireActive(viewer, tx);
  }

  /**
   * An editor moving a document into networks: staff anywhere; others only into networks
   * they belong to, keeping those they could not add it to.
   */
  async requireNetworkChange(
    viewer: AuthUser,
    from: string[],
    to: string[],
    tx?: Tx,
  ): Promise<void> {
    const added = to.filter((id) => !from.includes(id));
    await this.requireLiveNetworks(added, tx);
    if (isStaff(viewer)) return;
    if (to.length === 0) throw new NotAMemberError();
    const roles = await this.replicas.rolesOf(viewer.id, tx);
    if (!added.every((id) => roles.has(id))) throw new NotAMemberError();
  }

  async canCurate(viewer: AuthUser, networkId: string | null, tx?: Tx): Promise<boolean> {
    if (isStaff(viewer)) return true;
    if (!networkId) return false;
    return (await this.replicas.findMembership(networkId, viewer.id, tx))?.role === 'COORDINATOR';
  }

  async requireCurator(viewer: AuthUser, networkId: string | null, tx?: Tx): Promise<void> {
    if (networkId && !(await this.replicas.findNetwork(networkId, tx))) {
      throw new NetworkNotFoundError();
    }
    if (!(await this.canCurate(viewer, networkId, tx))) throw new NotACuratorError();
    await this.requireActive(viewer, tx);
  }

  private async requireLiveNetworks(networkIds: string[], tx?: Tx): Promise<void> {
    for (const id of networkIds) {
      const network = await this.replicas.findNetwork(id, tx);
      if (!network) throw new NetworkNotFoundError();
      if (network.archived) throw new NetworkArchivedError();
    }
  }
}
