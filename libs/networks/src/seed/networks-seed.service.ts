import { Injectable } from '@nestjs/common';
import type { Tx } from '@mreza/shared/database';
import { TransactionRunner } from '@mreza/shared/database';
import { DEMO_PEOPLE } from '@mreza/shared/demo';
import type { DemoPersonKey } from '@mreza/shared/demo';
import type { DomainEvent } from '@mreza/shared/events';
import { EventOutbox } from '@mreza/shared/events';
import { postCreatedEvent } from '../feeds/feed.events';
import { PostRepository } from '../feeds/post.repository';
import { MemberRepository } from '../membership/member.repository';
import { memberJoined } from '../membership/membership.events';
import { NetworkRole } from '../membership/network-member.entity';
import { networkEvent } from '../networks/network.events';
import { NetworkRepository } from '../networks/network.repository';
import { SEED_NETWORKS } from '../networks/seed/sctm-networks';
import { DEMO_ANNOUNCEMENT, DEMO_MEMBERSHIPS, DEMO_POSTS } from './demo-content';

export interface NetworksSeedReport {
  networksAdded: number;
  /** Present when the demo memberships and posts were added now. */
  demo?: { memberships: number; posts: number };
}

export interface NetworksSeedOptions {
  /**
   * Identity's demo members (SEED_DEMO_DATA) get memberships, a coordinator and posts; once
   * only: when the demo announcement is already there (even deleted), nothing is added again,
   * so what demo visitors changed (a member who left) stays changed.
   */
  demoData: boolean;
}

/**
 * Adds the SCTM and NALAS networks that are missing (by slug), with their `created` events so
 * search learns of them, and optionally the demo content; safe to run at every start.
 */
@Injectable()
export class NetworksSeedService {
  constructor(
    private readonly networks: NetworkRepository,
    private readonly members: MemberRepository,
    private readonly posts: PostRepository,
    private readonly outbox: EventOutbox,
    private readonly transaction: TransactionRunner,
  ) {}

  run(options: NetworksSeedOptions = { demoData: false }): Promise<NetworksSeedReport> {
    return this.transaction.run(async (tx) => {
      const added = await this.networks.insertMissing(SEED_NETWORKS, tx);
      await this.outbox.record(
        tx,
        ...added.map((network) => networkEvent('networks.network.created', network)),
      );
      const report: NetworksSeedReport = { networksAdded: added.length };
      if (options.demoData) report.demo = await this.seedDemo(tx);
      return report;
    });
  }

  /** Memberships, then posts (announcements notify the members, through the event). */
  private async seedDemo(tx: Tx): Promise<NetworksSeedReport['demo']> {
    const networkIds = await this.networkIdsBySlug(tx);
    const now = Date.now();
    const postOf = (post: (typeof DEMO_POSTS)[number]) => ({
      id: post.id,
      networkId: networkIds(post.slug),
      authorId: DEMO_PEOPLE[post.author].id,
      kind: post.kind,
      body: post.body,
      pinned: post.pinned,
      createdAt: new Date(now - post.hoursAgo * 3_600_000),
    });
    // The announcement first: if it is there, the demo content was seeded before.
    const announcement = await this.posts.insertWithId(postOf(DEMO_ANNOUNCEMENT), tx);
    if (!announcement) return undefined;

    const events: DomainEvent[] = [];
    for (const [person, places] of Object.entries(DEMO_MEMBERSHIPS)) {
      for (const { slug, role = NetworkRole.MEMBER } of places) {
        const userId = DEMO_PEOPLE[person as DemoPersonKey].id;
        const member = await this.members.insert({ networkId: networkIds(slug), userId, role }, tx);
        if (member) events.push(memberJoined(member, 'ADDED', null));
      }
    }
    const posts = [announcement];
    for (const post of DEMO_POSTS.filter((candidate) => candidate !== DEMO_ANNOUNCEMENT)) {
      const inserted = await this.posts.insertWithId(postOf(post), tx);
      if (inserted) posts.push(inserted);
    }
    events.push(...posts.map((post) => postCreatedEvent(post, post.authorId)));
    await this.outbox.record(tx, ...events);
    return { memberships: events.length - posts.length, posts: posts.length };
  }

  private async networkIdsBySlug(tx: Tx): Promise<(slug: string) => string> {
    const slugs = new Set([
      ...DEMO_POSTS.map((post) => post.slug),
      ...Object.values(DEMO_MEMBERSHIPS).flatMap((places) => places.map((place) => place.slug)),
    ]);
    const ids = new Map<string, string>();
    for (const slug of slugs) {
      const network = await this.networks.findBySlug(slug, tx);
      if (network) ids.set(slug, network.id);
    }
    return (slug) => {
      const id = ids.get(slug);
      if (!id) throw new Error(`the demo content names a network that is not seeded: ${slug}`);
      return id;
    };
  }
}
