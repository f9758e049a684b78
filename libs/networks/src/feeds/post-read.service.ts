import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AuthUser } from '@mreza/shared/auth';
import { isStaff } from '@mreza/shared/auth';
import { MemberRepository } from '../membership/member.repository';
import type { NetworkRole } from '../membership/network-member.entity';
import { MAX_READ_IDS, TooManyPostIdsError } from './feed.errors';
import { PostKind } from './post.entity';
import type { ReaderScope } from './post-read.repository';
import { PostReadRepository } from './post-read.repository';

/** What the read fields need to know of a post. */
export interface ReadablePost {
  id: string;
  networkId: string;
  kind: PostKind;
  authorId: string;
}

export const readerScopeOf = (viewer: AuthUser): ReaderScope => ({
  userId: viewer.id,
  readsEveryNetwork: isStaff(viewer),
});

/**
 * Reads of announcements: members mark them read (also by marking the announcement's
 * notification read, see NotificationService), and whoever belongs to the network sees how many
 * have read each one. One per request: its DataLoaders batch the read fields of a whole feed page
 * into one query each, however many posts it has.
 */
@Injectable({ scope: Scope.REQUEST })
export class PostReadService {
  private readonly readerCounts = new DataLoader<string, number>(async (postIds) => {
    const counts = await this.reads.countReaders(postIds);
    return postIds.map((id) => counts.get(id) ?? 0);
  });
  private readonly readsOf = perViewer(
    (userId) =>
      new DataLoader<string, boolean>(async (postIds) => {
        const read = await this.reads.readBy(userId, postIds);
        return postIds.map((id) => read.has(id));
      }),
  );
  private readonly rolesOf = perViewer(
    (userId) =>
      new DataLoader<string, NetworkRole | null>(async (networkIds) => {
        const roles = await this.members.rolesOf(userId, networkIds);
        return networkIds.map((id) => roles.get(id) ?? null);
      }),
  );

  constructor(
    private readonly reads: PostReadRepository,
    private readonly members: MemberRepository,
  ) {}

  /**
   * Records the viewer's first read of each of the announcements they may read; other ids are
   * ignored, so marking again changes nothing. Returns how many reads were new.
   */
  async markAnnouncementsRead(viewer: AuthUser, postIds: readonly string[]): Promise<number> {
    if (postIds.length > MAX_READ_IDS) throw new TooManyPostIdsError();
    const unique = [...new Set(postIds)];
    return (await this.reads.record(readerScopeOf(viewer), unique)).length;
  }

  /**
   * How many have read an announcement: for members of its network, staff and administrators;
   * null for an ordinary post or another viewer (an open network's passer-by).
   */
  async readerCount(viewer: AuthUser, post: ReadablePost): Promise<number | null> {
    if (post.kind !== PostKind.ANNOUNCEMENT) return null;
    if (!isStaff(viewer) && (await this.rolesOf(viewer.id).load(post.networkId)) === null) {
      return null;
    }
    return this.readerCounts.load(post.id);
  }

  /** Whether the viewer has read an announcement (its author has); null for an ordinary post. */
  async viewerHasRead(viewer: AuthUser, post: ReadablePost): Promise<boolean | null> {
    if (post.kind !== PostKind.ANNOUNCEMENT) return null;
    if (post.authorId === viewer.id) return true;
    return this.readsOf(viewer.id).load(post.id);
  }
}

/** One loader per viewer id (a request has one viewer; the map keeps that an accident-proof). */
function perViewer<T>(create: (userId: string) => T): (userId: string) => T {
  const loaders = new Map<string, T>();
  return (userId) => {
    let loader = loaders.get(userId);
    if (!loader) {
      loader = create(userId);
      loaders.set(userId, loader);
    }
    return loader;
  };
}
