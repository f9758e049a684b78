import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { isStaff } from '@mreza/shared/auth';
import type { Page, Tx } from '@mreza/shared/database';
import { TransactionRunner } from '@mreza/shared/database';
import { EventOutbox } from '@mreza/shared/events';
import { cursorFrom, rejectNulls } from '@mreza/shared/graphql';
import { MemberRepository } from '../membership/member.repository';
import { MembershipRequestRepository } from '../membership/membership-request.repository';
import type { NetworkRole } from '../membership/network-member.entity';
import type { CreateNetworkInput, UpdateNetworkInput } from './dto/network.inputs';
import type { NetworkEntity } from './network.entity';
import { NetworkVisibility } from './network.entity';
import { NetworkArchivedError, NetworkNotFoundError, SlugTakenError } from './network.errors';
import { networkEvent } from './network.events';
import type { NetworkFields, NetworkSearch } from './network.repository';
import { NetworkRepository } from './network.repository';

/** A network as one viewer sees it. */
export interface NetworkView {
  network: NetworkEntity;
  viewerRole: NetworkRole | null;
  viewerRequestPending: boolean;
  /** Null when the viewer may not know it (a closed network they are not in). */
  memberCount: number | null;
}

@Injectable()
export class NetworkService {
  constructor(
    private readonly networks: NetworkRepository,
    private readonly members: MemberRepository,
    private readonly requests: MembershipRequestRepository,
    private readonly outbox: EventOutbox,
    private readonly transaction: TransactionRunner,
  ) {}

  async list(
    viewer: AuthUser,
    search: NetworkSearch,
    first: number,
    after?: string,
  ): Promise<Page<NetworkView>> {
    const page = await this.networks.findPage(search, cursorFrom(after), first);
    return { ...page, items: await this.viewsOf(viewer, page.items) };
  }

  async getBySlug(viewer: AuthUser, slug: string): Promise<NetworkView> {
    const network = await this.networks.findBySlug(slug);
    if (!network) throw new NetworkNotFoundError();
    return (await this.viewsOf(viewer, [network]))[0];
  }

  async viewOf(viewer: AuthUser, network: NetworkEntity): Promise<NetworkView> {
    return (await this.viewsOf(viewer, [network]))[0];
  }

  async findView(viewer: AuthUser, id: string): Promise<NetworkView | null> {
    const network = await this.networks.findById(id);
    return network ? this.viewOf(viewer, network) : null;
  }

  /** The networks with these ids as the viewer sees them (unknown ids left out), batched. */
  async findViews(viewer: AuthUser, ids: readonly string[]): Promise<NetworkView[]> {
    return this.viewsOf(viewer, await this.networks.findByIds(ids));
  }

  async require(id: string, tx?: Tx): Promise<NetworkEntity> {
    const network = await this.networks.findById(id, tx);
    if (!network) throw new NetworkNotFoundError();
    return network;
  }

  /** Locks the network for the transaction and refuses changes to an archived one. */
  async requireWritable(id: string, tx: Tx): Promise<NetworkEntity> {
    const network = await this.networks.findForUpdate(id, tx);
    if (!network) throw new NetworkNotFoundError();
    if (network.archivedAt) throw new NetworkArchivedError();
    return network;
  }

  create(input: CreateNetworkInput): Promise<NetworkEntity> {
    return this.transaction.run(async (tx) => {
      if (await this.networks.slugTaken(input.slug, undefined, tx)) {
        throw new SlugTakenError(input.slug);
      }
      const network = await this.networks.insert(
        trimmed({
          ...input,
          descriptionLatin: input.descriptionLatin ?? '',
          descriptionCyrillic: input.descriptionCyrillic ?? '',
          descriptionEnglish: input.descriptionEnglish ?? '',
        }),
        tx,
      );
      await this.outbox.record(tx, networkEvent('networks.network.created', network));
      return network;
    });
  }

  update({ id, ...patch }: UpdateNetworkInput): Promise<NetworkEntity> {
    rejectNulls(patch, [
      'slug',
      'nameLatin',
      'nameCyrillic',
      'nameEnglish',
      'descriptionLatin',
      'descriptionCyrillic',
      'descriptionEnglish',
      'visibility',
    ]);
    return this.transaction.run(async (tx) => {
      const current = await this.requireWritable(id, tx);
      const fields = trimmed({ ...fieldsOf(current), ...definedOnly(patch) });
      if (await this.networks.slugTaken(fields.slug, id, tx)) throw new SlugTakenError(fields.slug);
      const network = await this.networks.update(id, { ...fields, archivedAt: null }, tx);
      await this.outbox.record(tx, networkEvent('networks.network.updated', network));
      return network;
    });
  }

  /** An archived network is read-only: no joins, no membership or detail changes. */
  setArchived(id: string, archived: boolean): Promise<NetworkEntity> {
    return this.transaction.run(async (tx) => {
      const current = await this.networks.findForUpdate(id, tx);
      if (!current) throw new NetworkNotFoundError();
      if ((current.archivedAt !== null) === archived) return current;
      const network = await this.networks.update(
        id,
        { ...fieldsOf(current), archivedAt: archived ? new Date() : null },
        tx,
      );
      const type = archived ? 'networks.network.archived' : 'networks.network.restored';
      await this.outbox.record(tx, networkEvent(type, network));
      return network;
    });
  }

  private async viewsOf(viewer: AuthUser, networks: NetworkEntity[]): Promise<NetworkView[]> {
    const ids = networks.map((network) => network.id);
    const [roles, pending, counts] = await Promise.all([
      this.members.rolesOf(viewer.id, ids),
      this.requests.pendingNetworksOf(viewer.id, ids),
      this.members.countByNetwork(ids),
    ]);
    return networks.map((network) => {
      const viewerRole = roles.get(network.id) ?? null;
      const countVisible =
        network.visibility === NetworkVisibility.OPEN || viewerRole !== null || isStaff(viewer);
      return {
        network,
        viewerRole,
        viewerRequestPending: pending.has(network.id),
        memberCount: countVisible ? (counts.get(network.id) ?? 0) : null,
      };
    });
  }
}

const fieldsOf = (network: NetworkEntity): NetworkFields => ({
  slug: network.slug,
  nameLatin: network.nameLatin,
  nameCyrillic: network.nameCyrillic,
  nameEnglish: network.nameEnglish,
  descriptionLatin: network.descriptionLatin,
  descriptionCyrillic: network.descriptionCyrillic,
  descriptionEnglish: network.descriptionEnglish,
  visibility: network.visibility,
});

const trimmed = (fields: NetworkFields): NetworkFields => ({
  ...fields,
  nameLatin: fields.nameLatin.trim(),
  nameCyrillic: fields.nameCyrillic.trim(),
  nameEnglish: fields.nameEnglish.trim(),
  descriptionLatin: fields.descriptionLatin.trim(),
  descriptionCyrillic: fields.descriptionCyrillic.trim(),
  descriptionEnglish: fields.descriptionEnglish.trim(),
});

const definedOnly = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
